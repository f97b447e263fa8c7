package io.jingxi.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.jingxi.rectification.RepeatLapses.Assessment;
import io.jingxi.rectification.RepeatLapses.Lapse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of the repeat-lapse ladder and of the selection, for any valid policy. */
class RectificationPolicyProperties {

	static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

	@Provide
	Arbitrary<RectificationPolicy> policies() {
		Arbitrary<Integer> window = Arbitraries.integers().between(1, 400);
		Arbitrary<Integer> violation = Arbitraries.integers().between(2, 10);
		Arbitrary<Integer> gap = Arbitraries.integers().between(0, 10);
		Arbitrary<FindingSelection> selection = Arbitraries.of(FindingSelection.class);
		Arbitrary<BigDecimal> points = Arbitraries.integers().between(1, 2000).map(i -> BigDecimal.valueOf(i, 1));
		return Combinators.combine(window, violation, gap, selection, points)
			.as((w, v, g, s, p) -> new RectificationPolicy("规则", 1, s, p, 3, 1, 4, 2, w, v, v + g));
	}

	@Property
	void theStepNeverGoesDownAsLapsesAccumulate(@ForAll("policies") RectificationPolicy policy,
			@ForAll @IntRange(min = 1, max = 200) int occurrence) {
		assertThat(policy.stepFor(occurrence + 1)).isGreaterThanOrEqualTo(policy.stepFor(occurrence));
		assertThat(policy.stepFor(1)).isEqualTo(LadderStep.CORRECTED_ON_SPOT);
		assertThat(policy.stepFor(policy.violationNoticeFrom())).isNotEqualTo(LadderStep.CORRECTED_ON_SPOT);
		assertThat(policy.stepFor(policy.penaltyFrom())).isEqualTo(LadderStep.PENALTY);
	}

	/** Lapses of one clause at generated offsets (minutes before now, some beyond any window). */
	@Provide
	Arbitrary<List<Integer>> offsets() {
		return Arbitraries.integers().between(0, 500 * 24 * 60).list().ofMaxSize(30);
	}

	static List<Lapse> lapses(List<Integer> minutesBefore) {
		List<Lapse> lapses = new ArrayList<>();
		for (int i = 0; i < minutesBefore.size(); i++) {
			lapses.add(new Lapse(1000 + i, NOW.minus(Duration.ofMinutes(minutesBefore.get(i)))));
		}
		return lapses;
	}

	@Property
	void eachFurtherLapseWithinTheWindowClimbsOneOccurrenceAndNeverLowersTheStep(
			@ForAll("policies") RectificationPolicy policy, @ForAll("offsets") List<Integer> earlier,
			@ForAll @IntRange(min = 0, max = 399 * 24 * 60) int extraMinutes) {
		Lapse current = new Lapse(1, NOW);
		Assessment before = RepeatLapses.assess(policy, current, lapses(earlier));
		List<Integer> more = new ArrayList<>(earlier);
		int inside = Math.max(1, Math.min(extraMinutes, policy.ladderWindowDays() * 24 * 60 - 1));
		more.add(inside);
		Assessment after = RepeatLapses.assess(policy, current, lapses(more));
		assertThat(after.occurrence()).isEqualTo(before.occurrence() + 1);
		assertThat(after.step()).isGreaterThanOrEqualTo(before.step());
		assertThat(after.findingIds()).endsWith(1L);
	}

	@Property
	void lapsesOutsideTheWindowOrLaterOnesDoNotCount(@ForAll("policies") RectificationPolicy policy,
			@ForAll("offsets") List<Integer> earlier, @ForAll @IntRange(min = 0, max = 1000 * 24 * 60) int beyond) {
		Lapse current = new Lapse(1, NOW);
		Assessment before = RepeatLapses.assess(policy, current, lapses(earlier));
		List<Lapse> more = new ArrayList<>(lapses(earlier));
		// at the window's start or before it, and after the lapse itself
		more.add(new Lapse(5000, policy.windowStart(NOW).minus(Duration.ofMinutes(beyond))));
		more.add(new Lapse(5001, NOW.plus(Duration.ofMinutes(beyond + 1))));
		// at the same instant: only a finding recorded before it (a lower id) counts
		more.add(new Lapse(0, NOW));
		more.add(new Lapse(2, NOW));
		Assessment after = RepeatLapses.assess(policy, current, more);
		assertThat(after.occurrence()).isEqualTo(before.occurrence() + 1);
		assertThat(after.findingIds()).contains(0L).doesNotContain(5000L, 5001L, 2L);
		// a lapse at the very same instant with a higher finding id was recorded after it
		long inWindow = earlier.stream().filter(m -> m > 0 && m < policy.ladderWindowDays() * 24 * 60).count();
		assertThat(before.occurrence()).isEqualTo(inWindow + 1);
		assertThat(before.step()).isEqualTo(policy.stepFor(before.occurrence()));
	}

	@Property
	void theSelectionOpensNoticesForExactlyTheFindingsItNames(@ForAll("policies") RectificationPolicy policy,
			@ForAll boolean critical, @ForAll @IntRange(min = 0, max = 2000) int tenths) {
		BigDecimal lost = BigDecimal.valueOf(tenths, 1);
		boolean expected = switch (policy.selection()) {
			case ALL_FAILED -> true;
			case CRITICAL_ONLY -> critical;
			case POINTS_AT_LEAST -> lost.compareTo(policy.minPointsLost()) >= 0;
		};
		assertThat(policy.selects(critical, lost)).isEqualTo(expected);
		assertThat(policy.deadlineDays(critical)).isEqualTo(critical ? 1 : 3);
	}
}
