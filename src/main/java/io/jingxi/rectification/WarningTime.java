package io.jingxi.rectification;

import java.time.Instant;
import java.util.function.ToLongBiFunction;

import org.jspecify.annotations.Nullable;

/**
 * When to warn the owner of a notice: the moment from which the policy's warning hours of working
 * time are all that is left before the deadline (with 4 hours and a deadline at 17:30 after a lunch
 * break from 12:00 to 14:00, at 11:30). The calendar only counts forward, so the minute is found by
 * bisection between the opening and the deadline (about a dozen look-ups for a deadline days away);
 * when less than that is left from the start, the owner is warned at once.
 */
final class WarningTime {

	private WarningTime() {
	}

	/**
	 * @param workingMinutes working minutes between two instants in the unit's calendar
	 * @return null when the policy warns no one (0 hours)
	 */
	static @Nullable Instant warnAt(ToLongBiFunction<Instant, Instant> workingMinutes, Instant from, Instant deadline,
			int warningHours) {
		if (warningHours <= 0) {
			return null;
		}
		long lead = warningHours * 60L;
		if (!deadline.isAfter(from) || workingMinutes.applyAsLong(from, deadline) <= lead) {
			return from;
		}
		// the last minute t with at least the lead left before the deadline: it holds at the start, not at the end
		long low = from.getEpochSecond() / 60;
		long high = (deadline.getEpochSecond() + 59) / 60;
		while (high - low > 1) {
			long middle = low + (high - low) / 2;
			if (workingMinutes.applyAsLong(Instant.ofEpochSecond(middle * 60), deadline) >= lead) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		Instant found = Instant.ofEpochSecond(low * 60);
		return found.isBefore(from) ? from : found;
	}
}
