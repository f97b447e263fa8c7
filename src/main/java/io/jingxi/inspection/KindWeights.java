package io.jingxi.inspection;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each kind of inspection counts when a unit's visits are combined into one score for a
 * period (检查类型权重): e.g. a third party's weight kept small. {@code version} names the policy
 * version that a ranking records.
 */
public record KindWeights(int version, Map<InspectionKind, BigDecimal> weights) {

	public KindWeights {
		var copy = new EnumMap<InspectionKind, BigDecimal>(InspectionKind.class);
		for (InspectionKind kind : InspectionKind.values()) {
			BigDecimal weight = weights.get(kind);
			if (weight == null || weight.signum() < 0) {
				throw new IllegalArgumentException("A weight of zero or more is needed for " + kind);
			}
			copy.put(kind, weight);
		}
		weights = Map.copyOf(copy);
	}

	public BigDecimal of(InspectionKind kind) {
		return weights.get(kind);
	}

	/** The organisation's weights until a quality manager sets its own: a third party and self-checks count less. */
	public static KindWeights defaults() {
		var weights = new EnumMap<InspectionKind, BigDecimal>(InspectionKind.class);
		for (InspectionKind kind : InspectionKind.values()) {
			weights.put(kind, BigDecimal.ONE);
		}
		weights.put(InspectionKind.SELF, new BigDecimal("0.5"));
		weights.put(InspectionKind.THIRD_PARTY, new BigDecimal("0.2"));
		return new KindWeights(0, weights);
	}
}
