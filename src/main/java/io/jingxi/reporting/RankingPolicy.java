package io.jingxi.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How units are ranked (排名), a named and versioned rule that every ranking records:
 * <ul>
 * <li>standard competition ranking by score, highest first: tied units share a rank and the next rank
 * skips (1, 2, 2, 4); only units with a score in the period are ranked;</li>
 * <li>the bottom three (末三位) of a group are the units fewer than {@code bottomPlaces} others score
 * below (tied units share their fate), flagged only where more than {@code bottomPlaces} units are
 * ranked, or every unit of a small group would be;</li>
 * <li>a crisis (危机, seed 000): in the organisation's bottom three in each of {@code crisisMonths}
 * consecutive months, the last being the period's last month.</li>
 * </ul>
 */
record RankingPolicy(String id, int version, int bottomPlaces, int crisisMonths) {

	static final RankingPolicy DEFAULT = new RankingPolicy("reporting.unit-ranking", 1, 3, 3);

	RankingPolicy {
		if (bottomPlaces < 1 || crisisMonths < 1) {
			throw new IllegalArgumentException("Bottom places and crisis months must be at least 1");
		}
	}

	/** A unit's place in its group: its rank and how many units the group ranks. */
	record Place(int rank, int count) {
	}

	/** Competition ranks within each group (e.g. the organisation, the parent unit). */
	<G> Map<Long, Place> rank(Map<Long, BigDecimal> scores, Function<Long, G> group) {
		Map<Long, Place> places = new HashMap<>();
		for (List<Long> members : groups(scores, group).values()) {
			members.sort((a, b) -> {
				int byScore = scores.get(b).compareTo(scores.get(a));
				return byScore != 0 ? byScore : Long.compare(a, b);
			});
			int rank = 0;
			BigDecimal last = null;
			for (int i = 0; i < members.size(); i++) {
				BigDecimal score = scores.get(members.get(i));
				if (last == null || score.compareTo(last) != 0) {
					rank = i + 1;
					last = score;
				}
				places.put(members.get(i), new Place(rank, members.size()));
			}
		}
		return places;
	}

	/** The units in the bottom places of their group (none in groups of {@code bottomPlaces} or fewer). */
	<G> Set<Long> bottom(Map<Long, BigDecimal> scores, Function<Long, G> group) {
		Set<Long> bottom = new HashSet<>();
		for (List<Long> members : groups(scores, group).values()) {
			if (members.size() <= bottomPlaces) {
				continue;
			}
			members.sort((a, b) -> scores.get(a).compareTo(scores.get(b)));
			int lower = 0;
			for (int i = 0; i < members.size(); i++) {
				if (i > 0 && scores.get(members.get(i)).compareTo(scores.get(members.get(i - 1))) != 0) {
					lower = i;
				}
				if (lower >= bottomPlaces) {
					break;
				}
				bottom.add(members.get(i));
			}
		}
		return bottom;
	}

	private static <G> Map<G, List<Long>> groups(Map<Long, BigDecimal> scores, Function<Long, G> group) {
		Map<G, List<Long>> groups = new HashMap<>();
		for (Long unit : scores.keySet()) {
			groups.computeIfAbsent(group.apply(unit), key -> new ArrayList<>()).add(unit);
		}
		return groups;
	}
}
