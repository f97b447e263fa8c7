package io.jingxi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jingxi.inspection.InspectionKind;
import io.jingxi.inspection.KindWeights;
import io.jingxi.reporting.RankingPolicy.Place;
import io.jingxi.reporting.Standings.Standing;

/** The ranking rules on small, hand-made organisations. */
class RankingMathTests {

	static final RankingPolicy POLICY = RankingPolicy.DEFAULT;

	static final long ORG = 1;

	static KindWeights weights(Object... kindAndWeight) {
		Map<InspectionKind, BigDecimal> map = new EnumMap<>(InspectionKind.class);
		for (InspectionKind kind : InspectionKind.values()) {
			map.put(kind, BigDecimal.ONE);
		}
		for (int i = 0; i < kindAndWeight.length; i += 2) {
			map.put((InspectionKind) kindAndWeight[i], new BigDecimal((String) kindAndWeight[i + 1]));
		}
		return new KindWeights(7, map);
	}

	static KindStats stats(InspectionKind kind, int visits, String sum) {
		return new KindStats(kind, visits, new BigDecimal(sum));
	}

	/** One visit of a supervisor per unit with the given totals: unit ids 11, 12, … */
	static Map<Long, List<KindStats>> month(String... totals) {
		Map<Long, List<KindStats>> rows = new HashMap<>();
		for (int i = 0; i < totals.length; i++) {
			if (totals[i] != null) {
				rows.put(11L + i, List.of(stats(InspectionKind.SUPERVISOR, 1, totals[i])));
			}
		}
		return rows;
	}

	/** Units 11… under parents 101 (the first half) and 102, all in one organisation. */
	static Map<Long, UnitPlace> tree(int units) {
		Map<Long, UnitPlace> tree = new HashMap<>();
		for (int i = 0; i < units; i++) {
			tree.put(11L + i, new UnitPlace(11L + i, i < (units + 1) / 2 ? 101L : 102L, ORG));
		}
		return tree;
	}

	/** Combines every period's kinds by the weights, then ranks. */
	@SafeVarargs
	static Standings standings(KindWeights weights, Map<Long, UnitPlace> tree, Map<Long, List<KindStats>> current,
			Map<Long, List<KindStats>> previous, Map<Long, List<KindStats>>... months) {
		return Standings.compute(POLICY, tree, Standings.combine(current, weights), Standings.combine(previous, weights),
				java.util.Arrays.stream(months).map(month -> Standings.combine(month, weights)).toList());
	}

	@Test
	void kindsCombineByTheirWeightsAndKindsWithoutVisitsLeaveTheDenominator() {
		KindWeights weights = weights(InspectionKind.SELF, "0.5", InspectionKind.THIRD_PARTY, "0.2");
		// supervisor: two visits averaging 80; self: one of 100; no third-party visit
		UnitScore score = UnitScore.combine(List.of(stats(InspectionKind.SUPERVISOR, 2, "160"),
				stats(InspectionKind.SELF, 1, "100"), stats(InspectionKind.THIRD_PARTY, 0, "0")), weights).orElseThrow();
		// (1 × 80 + 0.5 × 100) / 1.5 = 86.666…
		assertThat(score.score()).isEqualByComparingTo("86.67");
		assertThat(score.visits()).isEqualTo(3);
		assertThat(score.kinds()).extracting(KindScore::kind)
			.containsExactly(InspectionKind.SUPERVISOR, InspectionKind.SELF);
		assertThat(score.kinds().get(0).average()).isEqualByComparingTo("80");
		assertThat(score.kinds().get(1).weight()).isEqualByComparingTo("0.5");
	}

	@Test
	void aKindOfWeightZeroIsShownButDoesNotCountAndAloneGivesNoScore() {
		KindWeights weights = weights(InspectionKind.THIRD_PARTY, "0");
		UnitScore score = UnitScore.combine(
				List.of(stats(InspectionKind.COMPANY, 1, "70"), stats(InspectionKind.THIRD_PARTY, 3, "300")), weights)
			.orElseThrow();
		assertThat(score.score()).isEqualByComparingTo("70");
		assertThat(score.visits()).isEqualTo(1);
		assertThat(score.kinds()).extracting(KindScore::kind).contains(InspectionKind.THIRD_PARTY);
		assertThat(UnitScore.combine(List.of(stats(InspectionKind.THIRD_PARTY, 3, "300")), weights)).isEmpty();
	}

	@Test
	void tiesShareARankAndTheNextRankSkips() {
		Map<Long, BigDecimal> scores = Map.of(1L, new BigDecimal("90"), 2L, new BigDecimal("85.5"), 3L,
				new BigDecimal("85.50"), 4L, new BigDecimal("70"), 5L, new BigDecimal("70"), 6L, new BigDecimal("60"));
		Map<Long, Place> places = POLICY.rank(scores, unit -> ORG);
		assertThat(places.get(1L)).isEqualTo(new Place(1, 6));
		assertThat(places.get(2L).rank()).isEqualTo(2);
		assertThat(places.get(3L).rank()).isEqualTo(2);
		assertThat(places.get(4L).rank()).isEqualTo(4);
		assertThat(places.get(5L).rank()).isEqualTo(4);
		assertThat(places.get(6L).rank()).isEqualTo(6);
	}

	@Test
	void theBottomThreeAreThoseFewerThanThreeOthersScoreBelowAndTiesShareTheirFate() {
		Map<Long, BigDecimal> scores = new HashMap<>();
		String[] values = { "95", "90", "80", "80", "70", "60" };
		for (int i = 0; i < values.length; i++) {
			scores.put(1L + i, new BigDecimal(values[i]));
		}
		// 60, 70 and both 80s: the two 80s have only two units below them
		assertThat(POLICY.bottom(scores, unit -> ORG)).containsExactlyInAnyOrder(3L, 4L, 5L, 6L);
		scores.put(4L, new BigDecimal("85"));
		assertThat(POLICY.bottom(scores, unit -> ORG)).containsExactlyInAnyOrder(3L, 5L, 6L);
		// in an organisation of three units nobody is singled out
		assertThat(POLICY.bottom(Map.of(1L, BigDecimal.ONE, 2L, BigDecimal.TEN, 3L, BigDecimal.ZERO), unit -> ORG))
			.isEmpty();
	}

	@Test
	void unitsAreRankedInTheirOrganisationAndUnderTheirParentWithMovementSinceThePreviousPeriod() {
		Map<Long, UnitPlace> tree = tree(6);
		// now: 11 → 90, 12 → 80, 13 → 70 (parent 101); 14 → 95, 15 → 60, 16 → 85 (parent 102)
		var now = month("90", "80", "70", "95", "60", "85");
		// before: 13 was first, 14 not ranked
		var before = month("80", "70", "99", null, "50", "60");
		Standings standings = standings(weights(), tree, now, before);
		Standing top = standings.of(14).orElseThrow();
		assertThat(top.organisation()).isEqualTo(new Place(1, 6));
		assertThat(top.parent()).isEqualTo(new Place(1, 3));
		assertThat(top.movement()).isNull();
		Standing thirteen = standings.of(13).orElseThrow();
		assertThat(thirteen.organisation().rank()).isEqualTo(5);
		assertThat(thirteen.parent()).isEqualTo(new Place(3, 3));
		assertThat(thirteen.previousOrganisationRank()).isEqualTo(1);
		assertThat(thirteen.movement()).isEqualTo(-4);
		Standing sixteen = standings.of(16).orElseThrow();
		assertThat(sixteen.organisation().rank()).isEqualTo(3);
		assertThat(sixteen.movement()).isEqualTo(1);
		assertThat(standings.all()).extracting(Standing::unitId).containsExactly(14L, 11L, 16L, 12L, 13L, 15L);
		assertThat(standings.all()).filteredOn(Standing::bottomThree).extracting(Standing::unitId)
			.containsExactlyInAnyOrder(12L, 13L, 15L);
	}

	@Test
	void aCrisisIsTheBottomThreeInEachOfThreeConsecutiveMonths() {
		Map<Long, UnitPlace> tree = tree(6);
		var august = month("50", "60", "70", "80", "90", "95");
		var september = month("55", "65", "99", "60", "90", "95");
		var october = month("40", "70", "75", "72", "90", "95");
		Standings standings = standings(weights(), tree, october, september, august, september,
				october);
		// 11 and 12 were in the bottom three all three months; 13 left it in September, 14 joined late
		assertThat(standings.all()).filteredOn(Standing::crisis).extracting(Standing::unitId)
			.containsExactlyInAnyOrder(11L, 12L);
		assertThat(standings.of(14).orElseThrow().bottomThree()).isTrue();
		assertThat(standings.of(14).orElseThrow().crisis()).isFalse();

		// a month without a score breaks the run
		var noScore = month("40", null, "75", "72", "90", "95");
		Standings broken = standings(weights(), tree, october, september, august, noScore, october);
		assertThat(broken.all()).filteredOn(Standing::crisis).extracting(Standing::unitId).containsExactly(11L);
	}

	@Test
	void unitsInDifferentOrganisationsAreRankedApartAndUnitsTheTreeDoesNotKnowAreLeftOut() {
		Map<Long, UnitPlace> tree = new HashMap<>();
		tree.put(11L, new UnitPlace(11, 101L, 1));
		tree.put(12L, new UnitPlace(12, 201L, 2));
		Standings standings = standings(weights(), tree, month("70", "60", "99"), Map.of());
		assertThat(standings.of(11).orElseThrow().organisation()).isEqualTo(new Place(1, 1));
		assertThat(standings.of(12).orElseThrow().organisation()).isEqualTo(new Place(1, 1));
		assertThat(standings.of(13)).isEmpty();
	}
}
