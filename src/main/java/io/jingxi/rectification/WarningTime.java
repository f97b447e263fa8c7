package io.jingxi.rectification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.ToLongBiFunction;

import org.jspecify.annotations.Nullable;

/**
 * When to warn the owner of a notice: the first minute from which at most the policy's warning hours
 * of working time are left before the deadline. The calendar only counts forward, so the instant is
 * found by bisection over the minutes between the opening and the deadline (about a dozen look-ups
 * for a deadline days away); a deadline nearer than the warning time warns at once.
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
		// first minute t in (from, deadline] with workingMinutes(t, deadline) <= lead; it holds at the deadline
		long low = from.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
		long high = deadline.truncatedTo(ChronoUnit.MINUTES).getEpochSecond() / 60;
		if (workingMinutes.applyAsLong(Instant.ofEpochSecond(high * 60), deadline) > lead) {
			return deadline;
		}
		while (high - low > 1) {
			long middle = low + (high - low) / 2;
			if (workingMinutes.applyAsLong(Instant.ofEpochSecond(middle * 60), deadline) <= lead) {
				high = middle;
			}
			else {
				low = middle;
			}
		}
		return Instant.ofEpochSecond(high * 60);
	}
}
