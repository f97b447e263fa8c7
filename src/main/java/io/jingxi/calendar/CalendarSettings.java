package io.jingxi.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;

/**
 * What a user sets on a calendar besides its code and special days: the name, the time zone, the
 * working weekdays and the business hours, or 24×7. Validates in its constructor: at least one working
 * weekday and one interval (unless 24×7), at most {@value #MAX_INTERVALS} intervals, and intervals that
 * do not overlap (they are kept ordered by start). A 24×7 calendar always works every day 00:00–24:00.
 */
record CalendarSettings(String name, ZoneId zone, Set<DayOfWeek> weekdays, List<BusinessHours> hours,
		boolean allDay) {

	static final String DEFAULT_ZONE = "Asia/Shanghai";

	static final int MAX_INTERVALS = 8;

	static final int MAX_NAME = 200;

	CalendarSettings {
		if (name.isBlank() || name.length() > MAX_NAME) {
			throw DomainException.invalidField("name", "calendar.name.invalid", String.valueOf(MAX_NAME));
		}
		if (allDay) {
			weekdays = Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));
			hours = List.of(BusinessHours.WHOLE_DAY);
		}
		else {
			if (weekdays.isEmpty()) {
				throw DomainException.invalidField("workingWeekdays", "calendar.weekdays.empty");
			}
			if (hours.isEmpty()) {
				throw DomainException.invalidField("hours", "calendar.hours.empty");
			}
			if (hours.size() > MAX_INTERVALS) {
				throw DomainException.invalidField("hours", "calendar.hours.tooMany", String.valueOf(MAX_INTERVALS));
			}
			List<BusinessHours> sorted = new ArrayList<>(hours);
			sorted.sort(Comparator.comparingInt(BusinessHours::startMinute));
			for (int i = 1; i < sorted.size(); i++) {
				BusinessHours before = sorted.get(i - 1);
				BusinessHours after = sorted.get(i);
				if (before.overlaps(after)) {
					throw DomainException.invalidField("hours", "calendar.hours.overlap", before.start(), before.end(),
							after.start(), after.end());
				}
			}
			weekdays = Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
			hours = List.copyOf(sorted);
		}
	}

	/**
	 * Builds settings from the texts of a request, listing every unreadable value (time zone, weekday
	 * names, HH:mm times) with its field before the invariants are checked.
	 */
	static CalendarSettings parse(String name, @Nullable String timeZone, @Nullable List<String> weekdays,
			@Nullable List<Interval> hours, boolean allDay) {
		List<FieldProblem> problems = new ArrayList<>();
		@Nullable ZoneId zone = null;
		String zoneText = timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : timeZone.strip();
		try {
			zone = ZoneId.of(zoneText);
		}
		catch (DateTimeException ex) {
			problems.add(new FieldProblem("timeZone", "calendar.timeZone.invalid", zoneText));
		}
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		List<String> dayTexts = weekdays == null ? List.of() : weekdays;
		for (int i = 0; i < dayTexts.size(); i++) {
			String text = dayTexts.get(i);
			DayOfWeek day = dayOfWeek(text);
			if (day == null) {
				problems.add(new FieldProblem("workingWeekdays[" + i + "]", "calendar.weekdays.invalid",
						String.valueOf(text)));
			}
			else if (!days.add(day)) {
				problems.add(new FieldProblem("workingWeekdays[" + i + "]", "calendar.weekdays.duplicate", text));
			}
		}
		List<BusinessHours> intervals = new ArrayList<>();
		List<Interval> hourTexts = hours == null ? List.of() : hours;
		for (int i = 0; i < hourTexts.size(); i++) {
			Interval interval = hourTexts.get(i);
			String field = "hours[" + i + "]";
			try {
				intervals.add(BusinessHours.parse(String.valueOf(interval.start()), String.valueOf(interval.end()), field));
			}
			catch (DomainException ex) {
				ex.fieldProblems().forEach(p -> problems.add(p.field().equals("hours") ? new FieldProblem(field, p.code(), p.args()) : p));
			}
		}
		if (!problems.isEmpty() || zone == null) {
			throw Problems.invalid("error.validation", problems);
		}
		return new CalendarSettings(name.strip(), zone, days, allDay ? List.of() : intervals, allDay);
	}

	/** An interval as texts (HH:mm), as it comes in a request. */
	record Interval(@Nullable String start, @Nullable String end) {
	}

	private static @Nullable DayOfWeek dayOfWeek(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return DayOfWeek.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	String summary() {
		return "name=" + name + ", timeZone=" + zone.getId() + ", weekdays=" + weekdays + ", hours=" + hours
				+ ", allDay=" + allDay;
	}
}
