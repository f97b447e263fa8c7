package io.jingxi.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One checklist item as a user writes it (in the editor or one row of an Excel file), not yet
 * checked. {@code answerType} is YES_NO, POINTS or MEASURED; missing flags mean false.
 */
record ItemInput(@Nullable String clause, @Nullable String text,
		@Schema(allowableValues = { "YES_NO", "POINTS", "MEASURED" }) @Nullable String answerType,
		@Nullable Boolean naAllowed, @Nullable BigDecimal points, @Nullable BigDecimal deduction, @Nullable String unit,
		@Nullable BigDecimal lowerLimit, @Nullable BigDecimal upperLimit, @Nullable Boolean critical,
		@Nullable Boolean photoRequired) {
}
