package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The whole content of a draft as the editor sends it: the critical-item rule (ZERO, or CAP with
 * {@code criticalCap}), an optional rule name and note, and the sections with their items in order.
 */
record DraftInput(@Schema(allowableValues = { "ZERO", "CAP" }) @Nullable String criticalEffect,
		@Nullable BigDecimal criticalCap, @Nullable String ruleName, @Nullable String note,
		@Nullable List<SectionInput> sections) {
}
