package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A finding as other modules see it: the failed item of a submitted visit, the inspector's note, the
 * person of the unit named as responsible (if any), and whether it was overturned (an upheld appeal or
 * an amendment) and why.
 */
public record FindingSummary(long id, long visitId, long unitId, long itemId, String clause, BigDecimal pointsLost,
		@Nullable String note, Instant recordedAt, @Nullable Long personId, boolean overturned,
		FindingOverturned.@Nullable Cause overturnCause, @Nullable Instant overturnedAt) {
}
