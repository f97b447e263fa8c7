package io.jingxi.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A built-in template as the template list shows it, in both languages, with its size and rule. */
record TemplateView(String key, String industry, String code, String name, String nameEn, String description,
		String descriptionEn, String source, int sectionCount, int itemCount, BigDecimal totalPoints,
		CriticalEffect criticalEffect, @Nullable BigDecimal criticalCap) {

	static TemplateView of(StandardTemplate template) {
		DraftContent content = template.content();
		return new TemplateView(template.key(), template.industry(), template.code(), template.name(),
				template.nameEn(), template.description(), template.descriptionEn(), template.source(),
				content.sections().size(), content.itemCount(), content.totalPoints(), content.criticalEffect(),
				content.criticalCap());
	}
}
