package io.jingxi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** Calendars and instants the calendar tests share. */
final class CalendarFixtures {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private CalendarFixtures() {
	}

	static BusinessHours hours(String start, String end) {
		return BusinessHours.parse(start, end, "hours");
	}

	/** CN-STANDARD as the seeder builds it, with the shipped 2024–2026 arrangements. */
	static WorkCalendar cnStandardCalendar() {
		WorkCalendar calendar = new WorkCalendar("CN-TEST",
				new CalendarSettings("中国大陆标准工作日", SHANGHAI, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
						List.of(hours("08:30", "12:00"), hours("14:00", "17:30")), false),
				Instant.EPOCH);
		for (int year = 2024; year <= 2026; year++) {
			calendar.replaceYear(shippedYear(year), Instant.EPOCH);
		}
		return calendar;
	}

	static WorkingTime cnStandard() {
		return cnStandardCalendar().toWorkingTime();
	}

	static YearArrangement shippedYear(int year) {
		try (InputStream in = CalendarFixtures.class.getResourceAsStream("/calendar/cn-" + year + ".json")) {
			if (in == null) {
				throw new IllegalStateException("calendar/cn-" + year + ".json is not on the class path");
			}
			return YearArrangement.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), JSON);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** 24×7: every day 00:00–24:00, holidays do not apply. */
	static WorkingTime allDay() {
		return new CalendarSettingsBuilder().allDay().build();
	}

	/** Monday to Saturday 09:00–18:00 in one interval, no special days. */
	static WorkingTime oneInterval() {
		return new CalendarSettingsBuilder().weekdays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY))
			.hours(hours("09:00", "18:00"))
			.build();
	}

	/**
	 * A night shift in a zone with daylight saving: Sunday to Friday 00:00–06:00 and 22:00–24:00, so
	 * that working days end at midnight and the clocks jump inside working time (on Sunday nights).
	 */
	static WorkingTime nightShiftBerlin() {
		return new CalendarSettingsBuilder().zone(ZoneId.of("Europe/Berlin"))
			.weekdays(EnumSet.complementOf(EnumSet.of(DayOfWeek.SATURDAY)))
			.hours(hours("00:00", "06:00"), hours("22:00", "24:00"))
			.build();
	}

	static Instant at(String isoOffsetDateTime) {
		return OffsetDateTime.parse(isoOffsetDateTime).toInstant();
	}

	/** Small builder for calendars without special days. */
	static final class CalendarSettingsBuilder {

		private ZoneId zone = SHANGHAI;

		private EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

		private List<BusinessHours> hours = List.of(CalendarFixtures.hours("08:30", "12:00"),
				CalendarFixtures.hours("14:00", "17:30"));

		private boolean allDay;

		CalendarSettingsBuilder zone(ZoneId zone) {
			this.zone = zone;
			return this;
		}

		CalendarSettingsBuilder weekdays(EnumSet<DayOfWeek> weekdays) {
			this.weekdays = weekdays;
			return this;
		}

		CalendarSettingsBuilder hours(BusinessHours... hours) {
			this.hours = List.of(hours);
			return this;
		}

		CalendarSettingsBuilder allDay() {
			this.allDay = true;
			return this;
		}

		WorkingTime build() {
			CalendarSettings settings = new CalendarSettings("test", zone, weekdays, hours, allDay);
			return new WorkCalendar("TEST", settings, Instant.EPOCH).toWorkingTime();
		}
	}
}
