package io.jingxi.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import io.jingxi.shared.DomainException;

/**
 * The arithmetic of working time in one calendar: an immutable snapshot of its zone, working weekdays,
 * business hours and special days, with no Spring and no database, so that it can be cached and tested
 * on its own.
 * <p>
 * Working time is the set of business-hour intervals of working days, each taken in the calendar's
 * zone as the half-open span [start, end). A date is a working day when it is a make-up working day,
 * or a working weekday that is not a holiday; a 24×7 calendar works every day from 00:00 to 24:00 and
 * ignores special days.
 * <ul>
 * <li>Working days: the deadline is the end of the last interval of the n-th working day after the
 * day of {@code from}, which never counts itself. An instant that is exactly the end of a working day
 * running until 24:00 (midnight) belongs to that day, so that adding a then b days equals adding a+b.</li>
 * <li>Working hours: the deadline is the earliest instant by which n hours of working time have
 * passed since {@code from}; it therefore lies inside an interval or at its end, never in a gap.</li>
 * <li>Calendar hours: plain clock time.</li>
 * </ul>
 * A zero amount yields {@code from} unchanged. Searches past the last special day follow the weekly
 * pattern alone and are bounded: the calendar always has a working weekday and an interval.
 */
final class WorkingTime {

	/** Instants accepted as inputs: from 1900-01-01 (inclusive) to 3000-01-01 (exclusive), UTC. */
	static final Instant EARLIEST = LocalDate.of(1900, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

	static final Instant LATEST = LocalDate.of(3000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

	/** The longest date range a day list may cover. */
	static final int MAX_DAYS_LISTED = 366;

	/** The longest span working time is summed over, in years. */
	static final int MAX_ELAPSED_YEARS = 100;

	private final ZoneId zone;

	private final Set<DayOfWeek> weekdays;

	private final List<BusinessHours> hours;

	private final boolean allDay;

	private final NavigableMap<LocalDate, SpecialDay> specials;

	private final int minutesPerDay;

	WorkingTime(ZoneId zone, Set<DayOfWeek> weekdays, List<BusinessHours> hours, boolean allDay,
			Map<LocalDate, SpecialDay> specials) {
		this.zone = zone;
		this.allDay = allDay;
		if (allDay) {
			this.weekdays = Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));
			this.hours = List.of(BusinessHours.WHOLE_DAY);
			this.specials = Collections.emptyNavigableMap();
		}
		else {
			if (weekdays.isEmpty() || hours.isEmpty()) {
				throw new IllegalArgumentException("A calendar needs a working weekday and business hours");
			}
			List<BusinessHours> sorted = new ArrayList<>(hours);
			sorted.sort((a, b) -> Integer.compare(a.startMinute(), b.startMinute()));
			for (int i = 1; i < sorted.size(); i++) {
				if (sorted.get(i - 1).overlaps(sorted.get(i))) {
					throw new IllegalArgumentException("Business hours overlap: " + sorted);
				}
			}
			this.weekdays = Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
			this.hours = List.copyOf(sorted);
			this.specials = Collections.unmodifiableNavigableMap(new TreeMap<>(specials));
		}
		this.minutesPerDay = this.hours.stream().mapToInt(BusinessHours::length).sum();
	}

	ZoneId zone() {
		return zone;
	}

	boolean allDay() {
		return allDay;
	}

	// ---------------------------------------------------------------- days

	boolean isWorkingDay(LocalDate date) {
		SpecialDay special = specials.get(date);
		if (special != null) {
			return special.kind() == DayKind.MAKEUP_WORKDAY;
		}
		return weekdays.contains(date.getDayOfWeek());
	}

	DayInfo day(LocalDate date) {
		SpecialDay special = specials.get(date);
		if (special != null) {
			return special.kind() == DayKind.HOLIDAY ? new DayInfo(date, false, DayReason.HOLIDAY, special.name())
					: new DayInfo(date, true, DayReason.MAKEUP_WORKDAY, special.name());
		}
		return weekdays.contains(date.getDayOfWeek()) ? new DayInfo(date, true, DayReason.WORKDAY, null)
				: new DayInfo(date, false, DayReason.WEEKEND, null);
	}

	/** Every date from {@code from} to {@code to}, both included, at most {@value #MAX_DAYS_LISTED}. */
	List<DayInfo> days(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw DomainException.invalidField("to", "calendar.range.toBeforeFrom", from, to);
		}
		long count = ChronoUnit.DAYS.between(from, to) + 1;
		if (count > MAX_DAYS_LISTED) {
			throw DomainException.invalidField("to", "calendar.range.tooLong", String.valueOf(MAX_DAYS_LISTED));
		}
		List<DayInfo> days = new ArrayList<>((int) count);
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			days.add(day(date));
		}
		return days;
	}

	// ---------------------------------------------------------------- instants

	boolean isWorkingTime(Instant at) {
		requireSupported(at, "at");
		LocalDate date = localDate(at);
		if (!isWorkingDay(date)) {
			return false;
		}
		for (BusinessHours h : hours) {
			if (!at.isBefore(start(date, h)) && at.isBefore(end(date, h))) {
				return true;
			}
		}
		return false;
	}

	/** {@code at} itself when it is working time, otherwise the start of the next interval. */
	Instant nextWorkingInstant(Instant at) {
		requireSupported(at, "at");
		LocalDate date = localDate(at);
		long limit = scanLimit(date, 1);
		for (long i = 0; i <= limit; i++, date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			for (BusinessHours h : hours) {
				if (end(date, h).isAfter(at)) {
					Instant start = start(date, h);
					return start.isAfter(at) ? start : at;
				}
			}
		}
		throw noWorkingTime();
	}

	Instant deadline(Instant from, WorkingDuration duration) {
		return switch (duration.unit()) {
			case WORKING_DAYS -> plusWorkingDays(from, duration.amount());
			case WORKING_HOURS -> plusWorkingMinutes(from, duration.amount() * 60L);
			case CALENDAR_HOURS -> plusCalendarHours(from, duration.amount());
		};
	}

	Instant plusWorkingDays(Instant from, int days) {
		requireSupported(from, "from");
		if (days == 0) {
			return from;
		}
		LocalDate date = dayOf(from);
		long limit = scanLimit(date, days);
		int counted = 0;
		for (long i = 0; i < limit; i++) {
			date = date.plusDays(1);
			if (isWorkingDay(date) && ++counted == days) {
				return endOfDay(date);
			}
		}
		throw noWorkingTime();
	}

	Instant plusWorkingMinutes(Instant from, long minutes) {
		requireSupported(from, "from");
		if (minutes == 0) {
			return from;
		}
		Duration remaining = Duration.ofMinutes(minutes);
		LocalDate date = localDate(from);
		long limit = scanLimit(date, minutes / minutesPerDay + 1);
		for (long i = 0; i <= limit; i++, date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			for (BusinessHours h : hours) {
				Instant end = end(date, h);
				if (!end.isAfter(from)) {
					continue;
				}
				Instant start = max(start(date, h), from);
				Duration available = Duration.between(start, end);
				if (available.compareTo(remaining) >= 0) {
					return start.plus(remaining);
				}
				remaining = remaining.minus(available);
			}
		}
		throw noWorkingTime();
	}

	Instant plusCalendarHours(Instant from, int hours) {
		requireSupported(from, "from");
		return from.plus(Duration.ofHours(hours));
	}

	/** Working time between two instants; zero when {@code to} is not after {@code from}. */
	Duration workingTimeBetween(Instant from, Instant to) {
		requireSupported(from, "from");
		requireSupported(to, "to");
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		LocalDate date = localDate(from);
		LocalDate last = localDate(to);
		if (date.plusYears(MAX_ELAPSED_YEARS).isBefore(last)) {
			throw DomainException.invalidField("to", "calendar.elapsed.tooLong", String.valueOf(MAX_ELAPSED_YEARS));
		}
		Duration total = Duration.ZERO;
		for (; !date.isAfter(last); date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			for (BusinessHours h : hours) {
				Instant start = max(start(date, h), from);
				Instant end = min(end(date, h), to);
				if (end.isAfter(start)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	/** Whole working minutes between two instants (seconds left over are dropped). */
	long workingMinutesBetween(Instant from, Instant to) {
		return workingTimeBetween(from, to).toMinutes();
	}

	/** The end of the last business interval of a date. */
	Instant endOfDay(LocalDate date) {
		return end(date, hours.get(hours.size() - 1));
	}

	/**
	 * The date a start instant counts from: its local date, except that the exact end of a working day
	 * that runs until midnight (24:00, which is the next date's 00:00) still belongs to that day.
	 */
	LocalDate dayOf(Instant from) {
		LocalDate date = localDate(from);
		LocalDate previous = date.minusDays(1);
		if (isWorkingDay(previous) && endOfDay(previous).equals(from)) {
			return previous;
		}
		return date;
	}

	// ---------------------------------------------------------------- helpers

	private LocalDate localDate(Instant at) {
		return LocalDate.ofInstant(at, zone);
	}

	private Instant start(LocalDate date, BusinessHours h) {
		return at(date, h.startMinute());
	}

	private Instant end(LocalDate date, BusinessHours h) {
		return at(date, h.endMinute());
	}

	private Instant at(LocalDate date, int minute) {
		if (minute == BusinessHours.DAY) {
			return date.plusDays(1).atStartOfDay(zone).toInstant();
		}
		return date.atTime(minute / 60, minute % 60).atZone(zone).toInstant();
	}

	/**
	 * How many dates a search starting at {@code start} may look at to find {@code workingDays} working
	 * days: every date up to the last special day, then at least one working weekday in each week.
	 */
	private long scanLimit(LocalDate start, long workingDays) {
		long untilLastSpecial = specials.isEmpty() ? 0
				: Math.max(0, ChronoUnit.DAYS.between(start, specials.lastKey()));
		return untilLastSpecial + 7 * (workingDays + 2);
	}

	private static IllegalStateException noWorkingTime() {
		return new IllegalStateException("The calendar has no working time in the searched range");
	}

	private static void requireSupported(Instant at, String parameter) {
		if (at.isBefore(EARLIEST) || !at.isBefore(LATEST)) {
			throw DomainException.invalidField(parameter, "calendar.instant.outOfRange", at.toString());
		}
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
