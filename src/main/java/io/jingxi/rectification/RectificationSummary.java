package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notice as other modules see it (reporting's drill-down, incentive rules). It never names who did
 * the visit: for a mystery-shopper finding that would be the shopper.
 */
public record RectificationSummary(long id, String number, long findingId, long visitId, long unitId,
		String clause, RectificationStatus status, @Nullable Long responsiblePersonId, Instant deadline,
		boolean overdue, int rejections, LadderStep step, int policyVersion, Instant openedAt,
		@Nullable Instant closedAt) {
}
