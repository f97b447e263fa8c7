package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A finding as other modules see it: the failed item of a submitted visit and the inspector's note. */
public record FindingSummary(long id, long visitId, long unitId, long itemId, String clause, BigDecimal pointsLost,
		@Nullable String note, Instant recordedAt) {
}
