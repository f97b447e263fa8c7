package io.jingxi.rectification;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;

/** The bodies of the rectification endpoints; texts are checked by the notice (required, length). */
final class RectificationRequests {

	private RectificationRequests() {
	}

	/** What the owner did to fix the lapse. */
	record SubmitFixRequest(@Nullable String description) {
	}

	/** The verifier's acceptance, with an optional remark. */
	record AcceptFixRequest(@Nullable String note) {
	}

	/** The verifier's rejection; the reason is required. */
	record RejectFixRequest(@Nullable String reason) {
	}

	/** A new version of the policy. */
	record RectificationPolicyRequest(@NotNull String name, @NotNull FindingSelection selection, @Nullable BigDecimal minPointsLost,
			@NotNull Integer deadlineDays, @NotNull Integer criticalDeadlineDays, @NotNull Integer warningHours,
			@NotNull Integer escalationDays, @NotNull Integer ladderWindowDays, @NotNull Integer violationNoticeFrom,
			@NotNull Integer penaltyFrom) {
	}
}
