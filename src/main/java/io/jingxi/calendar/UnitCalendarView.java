package io.jingxi.calendar;

import org.jspecify.annotations.Nullable;

/**
 * The calendar a unit uses and where it comes from: the unit's own choice (UNIT), an ancestor's
 * (INHERITED, with that ancestor's id) or the organisation's default (DEFAULT).
 */
record UnitCalendarView(long unitId, long calendarId, @Nullable Long inheritedFromUnitId, Source source) {

	/** Where a unit's calendar comes from. */
	enum Source {

		/** The unit set its own calendar. */
		UNIT,

		/** Inherited from the nearest ancestor that set one. */
		INHERITED,

		/** No unit up the tree set one: the default calendar. */
		DEFAULT
	}
}
