package io.jingxi.rectification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;

/**
 * 整改规则: the rules an organisation writes for rectification, named and versioned; every notice
 * records the version that opened it. Which findings open a notice ({@link FindingSelection}), the
 * deadline in working days (a shorter one for critical items), how many working hours before the
 * deadline the owner is warned (0: no warning), how many working days after the deadline (and after
 * each escalation) the notice goes one level up the unit tree, and the repeat-lapse ladder: within
 * {@code ladderWindowDays} calendar days the n-th lapse of a clause is corrected on the spot, from
 * {@code violationNoticeFrom} on it gets a violation notice, from {@code penaltyFrom} on the penalty
 * under the assessment rules. A value out of range is refused with a 400 naming the field.
 */
public record RectificationPolicy(String name, int version, FindingSelection selection,
		@Nullable BigDecimal minPointsLost, int deadlineDays, int criticalDeadlineDays, int warningHours,
		int escalationDays, int ladderWindowDays, int violationNoticeFrom, int penaltyFrom) {

	/** The policy's id, recorded with every notice next to its version. */
	public static final String CODE = "default";

	static final int MAX_DAYS = 60;

	static final int MAX_WARNING_HOURS = 240;

	static final int MAX_WINDOW_DAYS = 3650;

	static final int MAX_STEP = 99;

	static final BigDecimal MAX_POINTS = new BigDecimal("1000");

	public RectificationPolicy {
		if (name == null || name.isBlank()) {
			throw DomainException.invalidField("name", "rectification.policy.name.required");
		}
		name = name.strip();
		if (name.length() > 100) {
			throw DomainException.invalidField("name", "rectification.policy.name.tooLong", "100");
		}
		if (selection == null) {
			throw DomainException.invalidField("selection", "rectification.policy.selection.required");
		}
		if (selection == FindingSelection.POINTS_AT_LEAST) {
			if (minPointsLost == null || minPointsLost.signum() <= 0 || minPointsLost.compareTo(MAX_POINTS) > 0) {
				throw DomainException.invalidField("minPointsLost", "rectification.policy.minPoints",
						MAX_POINTS.toPlainString());
			}
		}
		else {
			minPointsLost = null;
		}
		range("deadlineDays", deadlineDays, 1, MAX_DAYS);
		range("criticalDeadlineDays", criticalDeadlineDays, 1, MAX_DAYS);
		range("warningHours", warningHours, 0, MAX_WARNING_HOURS);
		range("escalationDays", escalationDays, 1, MAX_DAYS);
		range("ladderWindowDays", ladderWindowDays, 1, MAX_WINDOW_DAYS);
		range("violationNoticeFrom", violationNoticeFrom, 2, MAX_STEP);
		range("penaltyFrom", penaltyFrom, violationNoticeFrom, MAX_STEP);
	}

	private static void range(String field, int value, int min, int max) {
		if (value < min || value > max) {
			throw DomainException.invalidField(field, "rectification.policy.range", String.valueOf(min),
					String.valueOf(max));
		}
	}

	/** Whether a failed item opens a notice. */
	public boolean selects(boolean critical, BigDecimal pointsLost) {
		return switch (selection) {
			case ALL_FAILED -> true;
			case CRITICAL_ONLY -> critical;
			case POINTS_AT_LEAST -> minPointsLost != null && pointsLost.compareTo(minPointsLost) >= 0;
		};
	}

	/** The time limit of a notice in working days. */
	public int deadlineDays(boolean critical) {
		return critical ? criticalDeadlineDays : deadlineDays;
	}

	/** The step the n-th lapse of a clause within the window reaches (n counts from 1). */
	public LadderStep stepFor(int occurrence) {
		if (occurrence >= penaltyFrom) {
			return LadderStep.PENALTY;
		}
		if (occurrence >= violationNoticeFrom) {
			return LadderStep.VIOLATION_NOTICE;
		}
		return LadderStep.CORRECTED_ON_SPOT;
	}

	/** Earlier lapses recorded after this instant (not at it) count towards one at {@code at}. */
	public Instant windowStart(Instant at) {
		return at.minus(Duration.ofDays(ladderWindowDays));
	}
}
