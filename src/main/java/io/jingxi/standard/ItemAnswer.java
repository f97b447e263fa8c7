package io.jingxi.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A visit's answer to one item: {@code compliant} for a YES_NO item, {@code value} for POINTS (the
 * points awarded) and MEASURED (the measured value), or {@code notApplicable} (不适用) where the
 * item allows it, with neither of the others.
 */
public record ItemAnswer(long itemId, @Nullable Boolean compliant, @Nullable BigDecimal value, boolean notApplicable) {

	public static ItemAnswer yes(long itemId) {
		return new ItemAnswer(itemId, true, null, false);
	}

	public static ItemAnswer no(long itemId) {
		return new ItemAnswer(itemId, false, null, false);
	}

	public static ItemAnswer value(long itemId, BigDecimal value) {
		return new ItemAnswer(itemId, null, value, false);
	}

	public static ItemAnswer notApplicable(long itemId) {
		return new ItemAnswer(itemId, null, null, true);
	}
}
