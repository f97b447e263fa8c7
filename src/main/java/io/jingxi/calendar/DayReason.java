package io.jingxi.calendar;

/** Why a date is or is not a working day. */
enum DayReason {

	/** A working weekday of the calendar (every day of a 24×7 calendar). */
	WORKDAY,

	/** A weekday the calendar does not work (normally Saturday and Sunday). */
	WEEKEND,

	/** A holiday: not worked, whatever the weekday. */
	HOLIDAY,

	/** A make-up working day (调休): worked although the weekday is normally off. */
	MAKEUP_WORKDAY
}
