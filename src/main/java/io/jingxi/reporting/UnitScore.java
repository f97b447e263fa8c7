package io.jingxi.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.jingxi.inspection.KindWeights;

/**
 * A unit's score in a period: the average total of each kind of visit, combined by the kinds' weights
 * (检查类型权重). Kinds without visits, and kinds of weight 0, are left out of the denominator; a unit
 * whose visits all have weight 0 has no score. The score is rounded to two decimals, and ranks
 * compare the rounded score, so two units shown with the same score share a rank.
 *
 * @param score the combined score on 100, two decimals
 * @param visits the visits that counted (weight above 0)
 * @param kinds every kind that had visits, with its average and weight
 */
record UnitScore(BigDecimal score, int visits, List<KindScore> kinds) {

	static final MathContext PRECISION = MathContext.DECIMAL64;

	UnitScore {
		kinds = List.copyOf(kinds);
	}

	static Optional<UnitScore> combine(List<KindStats> stats, KindWeights weights) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weightSum = BigDecimal.ZERO;
		int visits = 0;
		List<KindScore> kinds = new ArrayList<>();
		for (KindStats kind : stats) {
			if (kind.visits() <= 0) {
				continue;
			}
			BigDecimal average = kind.totalSum().divide(BigDecimal.valueOf(kind.visits()), PRECISION);
			BigDecimal weight = weights.of(kind.kind());
			kinds.add(new KindScore(kind.kind(), kind.visits(), average.setScale(2, RoundingMode.HALF_UP), weight));
			if (weight.signum() > 0) {
				weighted = weighted.add(weight.multiply(average, PRECISION), PRECISION);
				weightSum = weightSum.add(weight);
				visits += kind.visits();
			}
		}
		if (weightSum.signum() == 0) {
			return Optional.empty();
		}
		kinds.sort(Comparator.comparing(KindScore::kind));
		return Optional.of(new UnitScore(weighted.divide(weightSum, PRECISION).setScale(2, RoundingMode.HALF_UP), visits,
				kinds));
	}
}
