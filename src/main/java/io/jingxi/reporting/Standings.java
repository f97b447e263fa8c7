package io.jingxi.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.jingxi.inspection.KindWeights;
import io.jingxi.reporting.RankingPolicy.Place;

/**
 * The ranking of one period, computed over every unit with a score (never narrowed by a reader's
 * scope: a rank means the same to everyone), from the units' scores in the period, the previous
 * period (movement) and the months that decide a crisis. Units are grouped by where they
 * stand in the tree now, since units move.
 */
final class Standings {

	/** One unit's standing: its score, its places in the organisation and the parent, and the flags. */
	record Standing(long unitId, UnitPlace place, UnitScore score, Place organisation, Place parent,
			@Nullable Integer previousOrganisationRank, boolean bottomThree, boolean crisis) {

		/** Places gained in the organisation since the previous period (negative: lost); null when unranked then. */
		@Nullable Integer movement() {
			return previousOrganisationRank == null ? null : previousOrganisationRank - organisation.rank();
		}
	}

	private final Map<Long, Standing> byUnit;

	private final List<Standing> ordered;

	private Standings(Map<Long, Standing> byUnit) {
		this.byUnit = byUnit;
		List<Standing> list = new ArrayList<>(byUnit.values());
		list.sort(Comparator.comparingLong((Standing s) -> s.place().organisationId())
			.thenComparingInt(s -> s.organisation().rank())
			.thenComparingLong(Standing::unitId));
		this.ordered = List.copyOf(list);
	}

	/**
	 * @param tree where each unit stands now; units it does not know are left out
	 * @param current the period's scores per unit
	 * @param previous the previous period's scores per unit
	 * @param crisisMonths the scores of each month that decides a crisis ({@code policy.crisisMonths()} of them)
	 */
	static Standings compute(RankingPolicy policy, Map<Long, UnitPlace> tree, Map<Long, UnitScore> current,
			Map<Long, UnitScore> previous, List<Map<Long, UnitScore>> crisisMonths) {
		Map<Long, UnitScore> scores = known(current, tree);
		Map<Long, BigDecimal> values = values(scores);
		Map<Long, Place> organisation = policy.rank(values, unit -> tree.get(unit).organisationId());
		Map<Long, Place> parent = policy.rank(values, unit -> tree.get(unit).parentId());
		Set<Long> bottom = policy.bottom(values, unit -> tree.get(unit).organisationId());
		Map<Long, Place> before = policy.rank(values(known(previous, tree)), unit -> tree.get(unit).organisationId());
		Set<Long> crisis = crisis(policy, tree, crisisMonths);
		Map<Long, Standing> standings = new HashMap<>();
		for (var entry : scores.entrySet()) {
			long unit = entry.getKey();
			Place was = before.get(unit);
			standings.put(unit, new Standing(unit, tree.get(unit), entry.getValue(), organisation.get(unit),
					parent.get(unit), was == null ? null : was.rank(), bottom.contains(unit), crisis.contains(unit)));
		}
		return new Standings(standings);
	}

	/** Every standing, by organisation, then rank, then unit id. */
	List<Standing> all() {
		return ordered;
	}

	Optional<Standing> of(long unitId) {
		return Optional.ofNullable(byUnit.get(unitId));
	}

	/** The units in the organisation's bottom places in every one of the crisis months. */
	private static Set<Long> crisis(RankingPolicy policy, Map<Long, UnitPlace> tree,
			List<Map<Long, UnitScore>> months) {
		if (months.size() < policy.crisisMonths()) {
			return Set.of();
		}
		Set<Long> always = null;
		for (Map<Long, UnitScore> month : months) {
			Set<Long> bottom = policy.bottom(values(known(month, tree)), unit -> tree.get(unit).organisationId());
			if (always == null) {
				always = new HashSet<>(bottom);
			}
			else {
				always.retainAll(bottom);
			}
		}
		return always == null ? Set.of() : always;
	}

	/** Every unit's score from its kinds, combined by the weights (units whose kinds all weigh 0 have none). */
	static Map<Long, UnitScore> combine(Map<Long, List<KindStats>> rows, KindWeights weights) {
		Map<Long, UnitScore> scores = new HashMap<>();
		rows.forEach((unit, stats) -> UnitScore.combine(stats, weights).ifPresent(score -> scores.put(unit, score)));
		return scores;
	}

	/** The scores of the units the tree knows. */
	private static Map<Long, UnitScore> known(Map<Long, UnitScore> scores, Map<Long, UnitPlace> tree) {
		Map<Long, UnitScore> known = new HashMap<>();
		scores.forEach((unit, score) -> {
			if (tree.containsKey(unit)) {
				known.put(unit, score);
			}
		});
		return known;
	}

	private static Map<Long, BigDecimal> values(Map<Long, UnitScore> scores) {
		Map<Long, BigDecimal> values = new HashMap<>();
		scores.forEach((unit, score) -> values.put(unit, score.score()));
		return values;
	}
}
