package io.jingxi.calendar;

import java.time.DayOfWeek;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A calendar as the API shows it. Hours are HH:mm texts; an interval may end at 24:00. */
record CalendarView(long id, String code, String name, String timeZone, List<DayOfWeek> workingWeekdays,
		List<Hours> hours, boolean allDay, @JsonProperty("default") boolean defaultCalendar) {

	/** One business-hour interval. */
	record Hours(String start, String end) {
	}

	static CalendarView of(WorkCalendar calendar) {
		return new CalendarView(calendar.id(), calendar.code(), calendar.name(), calendar.zone().getId(),
				calendar.workingWeekdays().stream().sorted().toList(),
				calendar.hours().stream().map(h -> new Hours(h.start(), h.end())).toList(), calendar.allDay(),
				calendar.isDefault());
	}
}
