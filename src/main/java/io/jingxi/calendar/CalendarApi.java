package io.jingxi.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The calendar module's façade: the one clock for working time. Every deadline in the product
 * (complaint time limits, rectification deadlines, appraisal periods) is computed here, for a unit
 * (through the calendar it uses or inherits) or for a given calendar.
 * <p>
 * Working-day limits end at the end of the last business-hour interval of the n-th working day after
 * the day of {@code from}; the day of {@code from} never counts. Working-hour limits consume
 * business-hour intervals (a start outside working time begins at the next interval). A zero amount
 * gives {@code from} itself. Amounts out of range and instants outside the years 1900 to 2999 are
 * refused with a 400 {@link io.jingxi.shared.DomainException}.
 */
public interface CalendarApi {

	/** The deadline for a unit's time limit, in the calendar the unit uses. */
	Instant deadline(long unitId, Instant from, WorkingDuration duration);

	/** Working minutes between two instants for a unit; 0 when {@code to} is not after {@code from}. */
	long workingMinutesBetween(long unitId, Instant from, Instant to);

	/** Whether the instant falls inside the business hours of a working day of the unit's calendar. */
	boolean isWorkingTime(long unitId, Instant at);

	/**
	 * The working days of the unit's calendar from {@code from} to {@code to}, both included (at most
	 * 366 days; 400 otherwise), each with the end of its business hours: schedules that fall due on
	 * the n-th working day of a period read them at once instead of asking for n deadlines.
	 */
	List<WorkingDay> workingDays(long unitId, LocalDate from, LocalDate to);

	/**
	 * The calendar a unit uses: its own, else the nearest ancestor's, else the organisation's default.
	 */
	CalendarId effectiveCalendarId(long unitId);

	/** The deadline in the given calendar; 404 when it does not exist. */
	Instant deadline(CalendarId calendarId, Instant from, WorkingDuration duration);

	/** Working minutes between two instants in the given calendar; 0 when {@code to} is not after {@code from}. */
	long workingMinutesBetween(CalendarId calendarId, Instant from, Instant to);

	/** Whether the instant is working time in the given calendar. */
	boolean isWorkingTime(CalendarId calendarId, Instant at);
}
