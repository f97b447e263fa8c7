package io.jingxi.inspection;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One period of a plan, both dates included, named by a key that is stable for the plan (2026-10,
 * 2026-Q4, 2026, ONCE): the key is part of every generated visit's unique slot.
 */
record Period(String key, LocalDate start, LocalDate end) {

	Period {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Period " + key + " ends before it starts");
		}
	}

	/** The part of the period between {@code from} and {@code to} (open-ended when null); empty when none. */
	Optional<Period> clip(LocalDate from, @Nullable LocalDate to) {
		LocalDate first = start.isBefore(from) ? from : start;
		LocalDate last = to != null && to.isBefore(end) ? to : end;
		return last.isBefore(first) ? Optional.empty() : Optional.of(new Period(key, first, last));
	}

	boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(end);
	}
}
