package io.jingxi.reporting;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A unit's standing in a period for other modules: its score, its competition rank in the
 * organisation and under its parent, the bottom-three and crisis flags, and the versions of the
 * ranking policy and the kinds' weights that produced them.
 */
public record UnitStanding(long unitId, String period, BigDecimal score, int visits, long orgId, int orgRank,
		int orgCount, @Nullable Long parentId, int parentRank, int parentCount, @Nullable Integer movement,
		boolean bottomThree, boolean crisis, String policy, int policyVersion, int weightsVersion) {
}
