package io.jingxi.inspection;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How often a plan's visits recur: each period gets its visits (周期). */
public enum Recurrence {

	/** Every calendar month. */
	MONTHLY,
	/** Every calendar quarter. */
	QUARTERLY,
	/** Every calendar year. */
	YEARLY,
	/** Once, in the period from the plan's start date to its end date. */
	ONCE;

	/** The recurring period that contains the date; a one-off plan has none (its dates are its period). */
	Period periodOf(LocalDate date) {
		return switch (this) {
			case MONTHLY -> new Period("%04d-%02d".formatted(date.getYear(), date.getMonthValue()),
					date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()));
			case QUARTERLY -> {
				int quarter = date.get(IsoFields.QUARTER_OF_YEAR);
				LocalDate start = LocalDate.of(date.getYear(), (quarter - 1) * 3 + 1, 1);
				yield new Period("%04d-Q%d".formatted(date.getYear(), quarter), start,
						start.plusMonths(3).minusDays(1));
			}
			case YEARLY -> new Period("%04d".formatted(date.getYear()), date.withDayOfYear(1),
					date.withDayOfYear(date.lengthOfYear()));
			case ONCE -> throw new IllegalStateException("A one-off plan's period is its start and end date");
		};
	}
}
