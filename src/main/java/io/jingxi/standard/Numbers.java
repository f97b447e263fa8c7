package io.jingxi.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** How the module writes and checks decimals: plain (5, 2.5), never in exponent form. */
final class Numbers {

	private Numbers() {
	}

	static BigDecimal plain(BigDecimal value) {
		return ScoringPolicy.plain(value);
	}

	static @Nullable BigDecimal plainOrNull(@Nullable BigDecimal value) {
		return value == null ? null : plain(value);
	}

	static String text(@Nullable BigDecimal value) {
		return value == null ? "" : plain(value).toPlainString();
	}

	static boolean atMostDecimals(BigDecimal value, int decimals) {
		return value.stripTrailingZeros().scale() <= decimals;
	}
}
