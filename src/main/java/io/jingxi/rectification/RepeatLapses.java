package io.jingxi.rectification;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Counts a lapse among the earlier lapses of the same clause by the same subject (a unit, or a
 * person): the lapses recorded within the policy's window before it (after {@code windowStart},
 * up to and including its own instant, an earlier finding id first when two share an instant),
 * and the step of the ladder its occurrence reaches.
 */
final class RepeatLapses {

	private RepeatLapses() {
	}

	/** A lapse of a clause: the finding and when it was recorded. */
	record Lapse(long findingId, Instant recordedAt) {
	}

	/** How often the clause has lapsed within the window, this lapse included, and what that means. */
	record Assessment(int occurrence, LadderStep step, List<Long> findingIds) {

		Assessment {
			findingIds = List.copyOf(findingIds);
		}

		boolean repeated() {
			return occurrence > 1;
		}
	}

	static Assessment assess(RectificationPolicy policy, Lapse current, List<Lapse> others) {
		Instant from = policy.windowStart(current.recordedAt());
		List<Long> counted = others.stream()
			.filter(lapse -> lapse.findingId() != current.findingId())
			.filter(lapse -> lapse.recordedAt().isAfter(from))
			.filter(lapse -> earlier(lapse, current))
			.sorted(Comparator.comparing(Lapse::recordedAt).thenComparingLong(Lapse::findingId))
			.map(Lapse::findingId)
			.collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
		counted.add(current.findingId());
		int occurrence = counted.size();
		return new Assessment(occurrence, policy.stepFor(occurrence), counted);
	}

	private static boolean earlier(Lapse lapse, Lapse current) {
		int byTime = lapse.recordedAt().compareTo(current.recordedAt());
		return byTime < 0 || (byTime == 0 && lapse.findingId() < current.findingId());
	}
}
