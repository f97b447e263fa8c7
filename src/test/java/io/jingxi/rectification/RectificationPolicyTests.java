package io.jingxi.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jingxi.rectification.RepeatLapses.Lapse;
import io.jingxi.shared.DomainException;

/** The policy refuses values out of range naming the field; the bus station's ladder and the warning time. */
class RectificationPolicyTests {

	static RectificationPolicy busStation() {
		return new RectificationPolicy("车站规范化服务", 1, FindingSelection.ALL_FAILED, null, 3, 1, 4, 2, 90, 2, 3);
	}

	static void refused(String field, Runnable make) {
		assertThatThrownBy(make::run).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly(field));
	}

	@Test
	void valuesOutOfRangeAreRefusedNamingTheField() {
		refused("name", () -> new RectificationPolicy(" ", 1, FindingSelection.ALL_FAILED, null, 3, 1, 4, 2, 90, 2, 3));
		refused("deadlineDays", () -> new RectificationPolicy("r", 1, FindingSelection.ALL_FAILED, null, 0, 1, 4, 2, 90, 2, 3));
		refused("criticalDeadlineDays",
				() -> new RectificationPolicy("r", 1, FindingSelection.ALL_FAILED, null, 3, 61, 4, 2, 90, 2, 3));
		refused("warningHours", () -> new RectificationPolicy("r", 1, FindingSelection.ALL_FAILED, null, 3, 1, -1, 2, 90, 2, 3));
		refused("escalationDays", () -> new RectificationPolicy("r", 1, FindingSelection.ALL_FAILED, null, 3, 1, 4, 0, 90, 2, 3));
		refused("ladderWindowDays", () -> new RectificationPolicy("r", 1, FindingSelection.ALL_FAILED, null, 3, 1, 4, 2, 0, 2, 3));
		refused("violationNoticeFrom",
				() -> new RectificationPolicy("r", 1, FindingSelection.ALL_FAILED, null, 3, 1, 4, 2, 90, 1, 3));
		refused("penaltyFrom", () -> new RectificationPolicy("r", 1, FindingSelection.ALL_FAILED, null, 3, 1, 4, 2, 90, 3, 2));
		refused("minPointsLost",
				() -> new RectificationPolicy("r", 1, FindingSelection.POINTS_AT_LEAST, null, 3, 1, 4, 2, 90, 2, 3));
		refused("minPointsLost", () -> new RectificationPolicy("r", 1, FindingSelection.POINTS_AT_LEAST, BigDecimal.ZERO, 3,
				1, 4, 2, 90, 2, 3));
		refused("selection", () -> new RectificationPolicy("r", 1, null, null, 3, 1, 4, 2, 90, 2, 3));
		// a minimum given with another selection is not kept
		assertThat(new RectificationPolicy("r", 1, FindingSelection.CRITICAL_ONLY, BigDecimal.TEN, 3, 1, 4, 2, 90, 2, 3)
			.minPointsLost()).isNull();
	}

	@Test
	void theBusStationLadderCorrectsTheFirstLapseIssuesAViolationNoticeForTheSecondAndPenalisesTheThird() {
		RectificationPolicy policy = busStation();
		Instant first = Instant.parse("2026-03-02T02:00:00Z");
		Instant second = first.plus(Duration.ofDays(20));
		Instant third = second.plus(Duration.ofDays(20));
		Instant fourth = third.plus(Duration.ofDays(95));
		assertThat(RepeatLapses.assess(policy, new Lapse(1, first), List.of()).step())
			.isEqualTo(LadderStep.CORRECTED_ON_SPOT);
		var atSecond = RepeatLapses.assess(policy, new Lapse(2, second), List.of(new Lapse(1, first)));
		assertThat(atSecond.step()).isEqualTo(LadderStep.VIOLATION_NOTICE);
		var atThird = RepeatLapses.assess(policy, new Lapse(3, third), List.of(new Lapse(1, first), new Lapse(2, second)));
		assertThat(atThird.step()).isEqualTo(LadderStep.PENALTY);
		assertThat(atThird.findingIds()).containsExactly(1L, 2L, 3L);
		// 95 days later the earlier three have left the 90-day window: corrected on the spot again
		var atFourth = RepeatLapses.assess(policy, new Lapse(4, fourth),
				List.of(new Lapse(1, first), new Lapse(2, second), new Lapse(3, third)));
		assertThat(atFourth.occurrence()).isEqualTo(1);
		assertThat(atFourth.step()).isEqualTo(LadderStep.CORRECTED_ON_SPOT);
	}

	@Test
	void theWarningComesWhenOnlyTheWarningHoursOfWorkingTimeAreLeft() {
		// working time 09:00-12:00 and 13:00-17:00 on every day, in UTC for the test
		Instant from = Instant.parse("2026-10-08T10:00:00Z");
		Instant deadline = Instant.parse("2026-10-09T17:00:00Z");
		java.util.function.ToLongBiFunction<Instant, Instant> minutes = (a, b) -> {
			long total = 0;
			for (Instant t = a; t.isBefore(b); t = t.plusSeconds(60)) {
				int minute = t.atZone(java.time.ZoneOffset.UTC).getHour() * 60 + t.atZone(java.time.ZoneOffset.UTC).getMinute();
				if ((minute >= 540 && minute < 720) || (minute >= 780 && minute < 1020)) {
					total++;
				}
			}
			return total;
		};
		// 4 hours before 17:00 is the afternoon from 13:00; 5 hours take one more from the morning: 11:00
		assertThat(WarningTime.warnAt(minutes, from, deadline, 4)).isEqualTo(Instant.parse("2026-10-09T13:00:00Z"));
		assertThat(WarningTime.warnAt(minutes, from, deadline, 5)).isEqualTo(Instant.parse("2026-10-09T11:00:00Z"));
		// more than is left: warned at once; none: never
		assertThat(WarningTime.warnAt(minutes, from, deadline, 20)).isEqualTo(from);
		assertThat(WarningTime.warnAt(minutes, from, deadline, 0)).isNull();
	}
}
