package io.jingxi.calendar;

import java.util.Objects;

import io.jingxi.shared.DomainException;

/**
 * A time limit such as 2 working days, 24 working hours or 24 calendar hours. Amounts run from 0 to
 * 3650 days or 87600 hours; anything else is refused with a 400 naming the parameter (workingDays,
 * workingHours or calendarHours).
 *
 * @param amount how many units
 * @param unit which kind of time is counted
 */
public record WorkingDuration(int amount, Unit unit) {

	/** The kinds of time a limit can be counted in. */
	public enum Unit {

		/** Whole working days: the deadline is the end of the n-th working day after the start day. */
		WORKING_DAYS("workingDays", 3_650),

		/** Hours inside business hours of working days. */
		WORKING_HOURS("workingHours", 87_600),

		/** Plain clock hours, whatever the calendar says. */
		CALENDAR_HOURS("calendarHours", 87_600);

		private final String parameter;

		private final int max;

		Unit(String parameter, int max) {
			this.parameter = parameter;
			this.max = max;
		}

		/** The name of the request parameter that carries this unit. */
		public String parameter() {
			return parameter;
		}

		/** The largest accepted amount. */
		public int max() {
			return max;
		}
	}

	public WorkingDuration {
		Objects.requireNonNull(unit, "unit");
		if (amount < 0 || amount > unit.max) {
			throw DomainException.invalidField(unit.parameter, "calendar.duration.outOfRange", unit.parameter,
					String.valueOf(amount), String.valueOf(unit.max));
		}
	}

	public static WorkingDuration workingDays(int days) {
		return new WorkingDuration(days, Unit.WORKING_DAYS);
	}

	public static WorkingDuration workingHours(int hours) {
		return new WorkingDuration(hours, Unit.WORKING_HOURS);
	}

	public static WorkingDuration calendarHours(int hours) {
		return new WorkingDuration(hours, Unit.CALENDAR_HOURS);
	}
}
