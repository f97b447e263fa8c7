package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A recorded amendment of a visit: why, by which quality manager, when, and each item before and after. */
public record AmendmentView(long id, long visitId, String reason, String amendedByName, Instant amendedAt,
		BigDecimal previousTotal, BigDecimal newTotal, List<AmendedItem> lines) {

	public AmendmentView {
		lines = List.copyOf(lines);
	}

	/** One changed item before and after. */
	public record AmendedItem(long itemId, String clause, String beforeAnswer, String afterAnswer,
			@Nullable String beforeNote, @Nullable String afterNote, BigDecimal beforeEarned, BigDecimal afterEarned,
			boolean beforeFailed, boolean afterFailed) {
	}
}
