package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A built-in standard written from the seed documents, as a data file under
 * {@code templates/<industry>/<name>.json} with {@code "kind": "standard"}; its key is
 * {@code <industry>/<name>}. An organisation adopts it as a new standard whose draft version 1 is a
 * copy of its content.
 */
record StandardTemplate(String key, String industry, String code, String name, String nameEn, String description,
		String descriptionEn, String source, DraftContent content) {

	/** The file as written. */
	record File(@Nullable String kind, @Nullable String code, @Nullable String name, @Nullable String nameEn,
			@Nullable String description, @Nullable String descriptionEn, @Nullable String source,
			@Nullable String criticalEffect, @Nullable BigDecimal criticalCap, @Nullable String ruleName,
			@Nullable String note, @Nullable List<SectionInput> sections) {
	}
}
