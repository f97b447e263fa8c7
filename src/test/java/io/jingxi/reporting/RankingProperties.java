package io.jingxi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.jingxi.inspection.InspectionKind;
import io.jingxi.inspection.KindWeights;
import io.jingxi.reporting.RankingPolicy.Place;
import io.jingxi.reporting.Standings.Standing;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the ranking over generated organisations. */
class RankingProperties {

	static final RankingPolicy POLICY = RankingPolicy.DEFAULT;

	@Provide
	Arbitrary<List<BigDecimal>> scores() {
		// few distinct values, so that ties are common
		return Arbitraries.integers().between(0, 40).map(n -> BigDecimal.valueOf(60 + n, 0))
			.list().ofMinSize(1).ofMaxSize(60);
	}

	@Property
	void aRankIsOnePlusTheNumberOfUnitsScoringHigher(@ForAll("scores") List<BigDecimal> values) {
		Map<Long, BigDecimal> scores = indexed(values);
		Map<Long, Place> places = POLICY.rank(scores, unit -> 0);
		scores.forEach((unit, score) -> {
			long higher = scores.values().stream().filter(other -> other.compareTo(score) > 0).count();
			assertThat(places.get(unit)).isEqualTo(new Place((int) higher + 1, scores.size()));
		});
	}

	@Property
	void ranksFollowScoresAndDoNotDependOnTheOrderUnitsComeIn(@ForAll("scores") List<BigDecimal> values,
			@ForAll long seed) {
		Map<Long, BigDecimal> scores = indexed(values);
		List<Long> shuffled = new ArrayList<>(scores.keySet());
		Collections.shuffle(shuffled, new Random(seed));
		Map<Long, BigDecimal> reordered = new LinkedHashMap<>();
		shuffled.forEach(unit -> reordered.put(unit, scores.get(unit)));
		Map<Long, Place> places = POLICY.rank(scores, unit -> 0);
		assertThat(POLICY.rank(reordered, unit -> 0)).isEqualTo(places);
		assertThat(POLICY.bottom(reordered, unit -> 0)).isEqualTo(POLICY.bottom(scores, unit -> 0));
		for (long a : scores.keySet()) {
			for (long b : scores.keySet()) {
				int byScore = scores.get(a).compareTo(scores.get(b));
				int byRank = Integer.compare(places.get(b).rank(), places.get(a).rank());
				assertThat(Integer.signum(byRank)).isEqualTo(Integer.signum(byScore));
			}
		}
	}

	@Property
	void theBottomThreeHoldAtLeastThreeUnitsWhereMoreThanThreeAreRankedAndNoneBetterThanAnOutsider(
			@ForAll("scores") List<BigDecimal> values) {
		Map<Long, BigDecimal> scores = indexed(values);
		var bottom = POLICY.bottom(scores, unit -> 0);
		if (scores.size() <= 3) {
			assertThat(bottom).isEmpty();
			return;
		}
		assertThat(bottom.size()).isGreaterThanOrEqualTo(3);
		scores.forEach((unit, score) -> {
			if (!bottom.contains(unit)) {
				bottom.forEach(low -> assertThat(scores.get(low)).isLessThan(score));
			}
		});
	}

	/** A unit's visits per kind: kind index → (visits, sum of totals). */
	@Provide
	Arbitrary<Map<Long, List<KindStats>>> organisations() {
		Arbitrary<KindStats> stats = Combinators.combine(Arbitraries.of(InspectionKind.SUPERVISOR,
				InspectionKind.SELF, InspectionKind.COMPANY, InspectionKind.MYSTERY_SHOPPER), Arbitraries.integers()
			.between(1, 4), Arbitraries.integers().between(0, 100))
			.as((kind, visits, average) -> new KindStats(kind, visits, BigDecimal.valueOf((long) visits * average)));
		return stats.list().ofMinSize(1).ofMaxSize(3)
			.map(list -> {
				Map<InspectionKind, KindStats> byKind = new HashMap<>();
				list.forEach(s -> byKind.putIfAbsent(s.kind(), s));
				return List.copyOf(byKind.values());
			})
			.list().ofMinSize(1).ofMaxSize(30)
			.map(units -> {
				Map<Long, List<KindStats>> rows = new HashMap<>();
				for (int i = 0; i < units.size(); i++) {
					rows.put(100L + i, units.get(i));
				}
				return rows;
			});
	}

	@Property
	void addingVisitsOfAKindOfWeightZeroChangesNoScoreRankOrFlag(
			@ForAll("organisations") Map<Long, List<KindStats>> rows, @ForAll("organisations") Map<Long, List<KindStats>> extra) {
		KindWeights weights = RankingMathTests.weights(InspectionKind.SELF, "0.5", InspectionKind.THIRD_PARTY, "0");
		Map<Long, UnitPlace> tree = new HashMap<>();
		rows.keySet().forEach(unit -> tree.put(unit, new UnitPlace(unit, unit % 3, 1)));
		Map<Long, List<KindStats>> more = new HashMap<>();
		rows.forEach((unit, stats) -> {
			List<KindStats> list = new ArrayList<>(stats);
			// third-party visits (weight 0) for some units, even units that had none of any other kind
			if (extra.containsKey(unit)) {
				list.add(new KindStats(InspectionKind.THIRD_PARTY, extra.get(unit).get(0).visits(),
						extra.get(unit).get(0).totalSum()));
			}
			more.put(unit, list);
		});
		Standings before = RankingMathTests.standings(weights, tree, rows, rows, rows, rows, rows);
		Standings after = RankingMathTests.standings(weights, tree, more, more, more, more, more);
		assertThat(after.all()).hasSameSizeAs(before.all());
		for (Standing was : before.all()) {
			Standing now = after.of(was.unitId()).orElseThrow();
			assertThat(now.score().score()).isEqualByComparingTo(was.score().score());
			assertThat(now.organisation()).isEqualTo(was.organisation());
			assertThat(now.parent()).isEqualTo(was.parent());
			assertThat(now.bottomThree()).isEqualTo(was.bottomThree());
			assertThat(now.crisis()).isEqualTo(was.crisis());
		}
	}

	private static Map<Long, BigDecimal> indexed(List<BigDecimal> values) {
		Map<Long, BigDecimal> scores = new HashMap<>();
		for (int i = 0; i < values.size(); i++) {
			scores.put((long) i, values.get(i));
		}
		return scores;
	}
}
