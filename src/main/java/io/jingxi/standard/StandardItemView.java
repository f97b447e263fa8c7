package io.jingxi.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One checklist item of a version. Its id is stable for the life of a published version, so
 * inspections refer to it. {@code deduction} is what a failure costs a YES_NO or MEASURED item
 * (null for POINTS, which lose their shortfall); {@code unit} and the limits belong to MEASURED items.
 */
public record StandardItemView(long id, int position, String clause, String text, AnswerType answerType,
		boolean naAllowed, BigDecimal points, @Nullable BigDecimal deduction, @Nullable String unit,
		@Nullable BigDecimal lowerLimit, @Nullable BigDecimal upperLimit, boolean critical, boolean photoRequired) {
}
