package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An appeal as the unit and quality managers see it: the finding, the unit's reason, who of the unit
 * filed it and when, the deadline with the policy version that set it, and the decision. It never names
 * the visit's inspector.
 */
public record AppealView(long id, long findingId, long visitId, long unitId, String unitName, long itemId,
		String clause, BigDecimal pointsLost, String reason, AppealStatus status, String filedByName, Instant filedAt,
		Instant deadline, String policy, int policyVersion, int workingDays, @Nullable String decidedByName,
		@Nullable Instant decidedAt, @Nullable String decisionReason, @Nullable BigDecimal previousTotal,
		@Nullable BigDecimal newTotal) {
}
