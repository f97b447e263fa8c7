package io.jingxi.calendar;

import static io.jingxi.calendar.CalendarFixtures.at;
import static io.jingxi.calendar.WorkingDuration.calendarHours;
import static io.jingxi.calendar.WorkingDuration.workingDays;
import static io.jingxi.calendar.WorkingDuration.workingHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jingxi.shared.DomainException;

class WorkingTimeTests {

	static final WorkingTime CN = CalendarFixtures.cnStandard();

	static String inZone(WorkingTime time, Instant instant) {
		return instant.atZone(time.zone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	static String deadline(WorkingTime time, String from, WorkingDuration duration) {
		return inZone(time, time.deadline(at(from), duration));
	}

	@Nested
	class WorkingDays {

		@Test
		void twoWorkingDaysFromTheLastDayBeforeNationalDay2025EndOnTheSecondDayAfterIt() {
			// 10/1–10/8 off; 10/9 is day 1, 10/10 day 2
			assertThat(deadline(CN, "2025-09-30T10:00:00+08:00", workingDays(2))).isEqualTo("2025-10-10T17:30:00+08:00");
		}

		@ParameterizedTest(name = "{0} + {1} working days = {2}")
		@CsvSource({
				// National Day 2024: 10/1–10/7 off, 9/29 (Sun) and 10/12 (Sat) worked
				"2024-09-30T10:00:00+08:00, 2, 2024-10-09T17:30:00+08:00",
				"2024-09-27T10:00:00+08:00, 1, 2024-09-29T17:30:00+08:00",
				"2024-09-27T10:00:00+08:00, 2, 2024-09-30T17:30:00+08:00",
				"2024-10-10T10:00:00+08:00, 2, 2024-10-12T17:30:00+08:00",
				// National Day and Mid-Autumn 2025: 10/1–10/8 off, 9/28 (Sun) and 10/11 (Sat) worked
				"2025-09-26T10:00:00+08:00, 1, 2025-09-28T17:30:00+08:00",
				"2025-09-26T10:00:00+08:00, 2, 2025-09-29T17:30:00+08:00",
				"2025-09-30T10:00:00+08:00, 3, 2025-10-11T17:30:00+08:00",
				"2025-09-30T10:00:00+08:00, 4, 2025-10-13T17:30:00+08:00",
				// National Day 2026: 10/1–10/7 off, 9/20 (Sun) and 10/10 (Sat) worked; Mid-Autumn 9/25–9/27
				"2026-09-30T10:00:00+08:00, 2, 2026-10-09T17:30:00+08:00",
				"2026-09-30T10:00:00+08:00, 3, 2026-10-10T17:30:00+08:00",
				"2026-09-18T10:00:00+08:00, 1, 2026-09-20T17:30:00+08:00",
				"2026-09-24T10:00:00+08:00, 1, 2026-09-28T17:30:00+08:00",
				"2026-09-25T10:00:00+08:00, 1, 2026-09-28T17:30:00+08:00",
				// Spring Festival 2024: 2/10–2/17 off, 2/4 (Sun) and 2/18 (Sun) worked
				"2024-02-02T10:00:00+08:00, 1, 2024-02-04T17:30:00+08:00",
				"2024-02-09T10:00:00+08:00, 1, 2024-02-18T17:30:00+08:00",
				"2024-02-09T10:00:00+08:00, 2, 2024-02-19T17:30:00+08:00",
				// Spring Festival 2025: 1/28–2/4 off, 1/26 (Sun) and 2/8 (Sat) worked
				"2025-01-24T10:00:00+08:00, 1, 2025-01-26T17:30:00+08:00",
				"2025-01-27T10:00:00+08:00, 1, 2025-02-05T17:30:00+08:00",
				"2025-01-27T10:00:00+08:00, 4, 2025-02-08T17:30:00+08:00",
				// Spring Festival 2026: 2/15–2/23 off, 2/14 (Sat) and 2/28 (Sat) worked
				"2026-02-13T10:00:00+08:00, 1, 2026-02-14T17:30:00+08:00",
				"2026-02-13T10:00:00+08:00, 2, 2026-02-24T17:30:00+08:00",
				"2026-02-27T10:00:00+08:00, 1, 2026-02-28T17:30:00+08:00",
				// New Year 2026: 1/1–1/3 off, 1/4 (Sun) worked
				"2025-12-31T10:00:00+08:00, 1, 2026-01-04T17:30:00+08:00" })
		void countWorkingDaysAcrossHolidaysAndMakeUpDays(String from, int days, String expected) {
			assertThat(deadline(CN, from, workingDays(days))).isEqualTo(expected);
		}

		@Test
		void theDayOfFromNeverCountsEvenWhenReceivedBeforeOpening() {
			assertThat(deadline(CN, "2025-03-03T07:00:00+08:00", workingDays(1))).isEqualTo("2025-03-04T17:30:00+08:00");
		}

		@Test
		void theDayOfFromIsTakenInTheCalendarsZone() {
			// 2025-03-02T20:00Z is Monday 04:00 in Shanghai: Monday does not count, Tuesday does
			assertThat(deadline(CN, "2025-03-02T20:00:00Z", workingDays(1))).isEqualTo("2025-03-04T17:30:00+08:00");
		}

		@Test
		void zeroWorkingDaysIsTheStartItself() {
			assertThat(deadline(CN, "2025-10-03T10:00:00+08:00", workingDays(0))).isEqualTo("2025-10-03T10:00:00+08:00");
		}

		@Test
		void pastTheLastConfiguredYearOnlyWeekdaysCount() {
			// no 2027 arrangement: 2027-01-01 is an ordinary Friday
			assertThat(deadline(CN, "2026-12-31T10:00:00+08:00", workingDays(1))).isEqualTo("2027-01-01T17:30:00+08:00");
			assertThat(deadline(CN, "2026-12-31T10:00:00+08:00", workingDays(2))).isEqualTo("2027-01-04T17:30:00+08:00");
		}

		@Test
		void theLongestLimitsFinish() {
			Instant from = at("2025-01-01T00:00:00+08:00");
			assertThat(CN.deadline(from, workingDays(3650))).isAfter(at("2038-01-01T00:00:00+08:00"));
			assertThat(CN.deadline(from, workingHours(87_600))).isAfter(at("2073-01-01T00:00:00+08:00"));
		}
	}

	@Nested
	class WorkingHours {

		@ParameterizedTest(name = "{0} + {1} working hours = {2}")
		@CsvSource({
				// before opening: starts at 08:30
				"2025-03-03T07:00:00+08:00, 2, 2025-03-03T10:30:00+08:00",
				// in the lunch break: starts at 14:00
				"2025-03-03T12:30:00+08:00, 1, 2025-03-03T15:00:00+08:00",
				// across the lunch break
				"2025-03-03T11:00:00+08:00, 2, 2025-03-03T15:00:00+08:00",
				// after closing: next working morning
				"2025-03-03T18:00:00+08:00, 1, 2025-03-04T09:30:00+08:00",
				// a whole day of business hours ends at closing, not the next morning
				"2025-03-03T08:30:00+08:00, 7, 2025-03-03T17:30:00+08:00",
				// on a holiday: the first working morning after National Day
				"2025-10-03T10:00:00+08:00, 1, 2025-10-09T09:30:00+08:00",
				// on a make-up Saturday
				"2025-10-11T09:00:00+08:00, 1, 2025-10-11T10:00:00+08:00",
				"2025-10-11T17:00:00+08:00, 1, 2025-10-13T09:00:00+08:00",
				// Friday afternoon before a make-up Sunday (Spring Festival 2025)
				"2025-01-24T17:00:00+08:00, 1, 2025-01-26T09:00:00+08:00" })
		void consumeBusinessHoursOfWorkingDays(String from, int hours, String expected) {
			assertThat(deadline(CN, from, workingHours(hours))).isEqualTo(expected);
		}

		@Test
		void zeroWorkingHoursIsTheStartItself() {
			assertThat(deadline(CN, "2025-10-03T10:00:00+08:00", workingHours(0))).isEqualTo("2025-10-03T10:00:00+08:00");
		}

		@Test
		void calendarHoursIgnoreTheCalendar() {
			assertThat(deadline(CN, "2025-09-30T10:00:00+08:00", calendarHours(24))).isEqualTo("2025-10-01T10:00:00+08:00");
		}
	}

	@Nested
	class Elapsed {

		@Test
		void countsOnlyBusinessHoursOfWorkingDays() {
			assertThat(CN.workingMinutesBetween(at("2025-03-03T08:00:00+08:00"), at("2025-03-03T18:00:00+08:00")))
				.isEqualTo(420);
			assertThat(CN.workingMinutesBetween(at("2025-09-30T16:30:00+08:00"), at("2025-10-09T09:30:00+08:00")))
				.isEqualTo(120);
			assertThat(CN.workingMinutesBetween(at("2025-10-10T17:00:00+08:00"), at("2025-10-13T09:00:00+08:00")))
				.as("Friday 30 min, make-up Saturday 7 h, Monday 30 min")
				.isEqualTo(30 + 420 + 30);
		}

		@Test
		void isZeroWhenToIsNotAfterFrom() {
			Instant t = at("2025-03-03T10:00:00+08:00");
			assertThat(CN.workingMinutesBetween(t, t)).isZero();
			assertThat(CN.workingMinutesBetween(t, t.minusSeconds(3600))).isZero();
		}

		@Test
		void dropsSecondsLeftOver() {
			assertThat(CN.workingMinutesBetween(at("2025-03-03T10:00:00+08:00"), at("2025-03-03T10:01:59+08:00")))
				.isEqualTo(1);
		}

		@Test
		void refusesSpansLongerThanAHundredYears() {
			assertThatThrownBy(
					() -> CN.workingMinutesBetween(at("1901-01-01T00:00:00+08:00"), at("2025-01-01T00:00:00+08:00")))
				.isInstanceOfSatisfying(DomainException.class,
						ex -> assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("to"));
		}
	}

	@Nested
	class Instants {

		@ParameterizedTest(name = "{0} is working time: {1}")
		@CsvSource({ "2025-03-03T08:29:59+08:00, false", "2025-03-03T08:30:00+08:00, true",
				"2025-03-03T11:59:59+08:00, true", "2025-03-03T12:00:00+08:00, false", "2025-03-03T13:00:00+08:00, false",
				"2025-03-03T17:29:00+08:00, true", "2025-03-03T17:30:00+08:00, false",
				"2025-10-03T10:00:00+08:00, false", "2025-10-11T10:00:00+08:00, true", "2025-10-12T10:00:00+08:00, false" })
		void workingTimeIsBusinessHoursOfWorkingDays(String instant, boolean working) {
			assertThat(CN.isWorkingTime(at(instant))).isEqualTo(working);
		}

		@Test
		void nextWorkingInstantSkipsHolidaysAndBreaks() {
			assertThat(inZone(CN, CN.nextWorkingInstant(at("2025-09-30T18:00:00+08:00"))))
				.isEqualTo("2025-10-09T08:30:00+08:00");
			assertThat(inZone(CN, CN.nextWorkingInstant(at("2025-03-03T12:15:00+08:00"))))
				.isEqualTo("2025-03-03T14:00:00+08:00");
			assertThat(inZone(CN, CN.nextWorkingInstant(at("2025-03-03T09:15:00+08:00"))))
				.isEqualTo("2025-03-03T09:15:00+08:00");
		}

		@Test
		void refusesInstantsOutsideTheSupportedYears() {
			assertThatThrownBy(() -> CN.deadline(at("1899-12-31T00:00:00Z"), workingDays(1)))
				.isInstanceOf(DomainException.class);
			assertThatThrownBy(() -> CN.deadline(Instant.MAX, workingHours(1))).isInstanceOf(DomainException.class);
		}
	}

	@Nested
	class Days {

		@Test
		void listsEachDateWithItsReason() {
			var days = CN.days(LocalDate.of(2025, 9, 27), LocalDate.of(2025, 10, 12));
			assertThat(days).hasSize(16);
			assertThat(days.get(0)).isEqualTo(new DayInfo(LocalDate.of(2025, 9, 27), false, DayReason.WEEKEND, null));
			assertThat(days.get(1))
				.isEqualTo(new DayInfo(LocalDate.of(2025, 9, 28), true, DayReason.MAKEUP_WORKDAY, "国庆节、中秋节调休"));
			assertThat(days.get(2)).isEqualTo(new DayInfo(LocalDate.of(2025, 9, 29), true, DayReason.WORKDAY, null));
			assertThat(days.get(4)).isEqualTo(new DayInfo(LocalDate.of(2025, 10, 1), false, DayReason.HOLIDAY, "国庆节、中秋节"));
			assertThat(days.get(11)).isEqualTo(new DayInfo(LocalDate.of(2025, 10, 8), false, DayReason.HOLIDAY, "国庆节、中秋节"));
			assertThat(days.get(14))
				.isEqualTo(new DayInfo(LocalDate.of(2025, 10, 11), true, DayReason.MAKEUP_WORKDAY, "国庆节、中秋节调休"));
			assertThat(days.get(15)).isEqualTo(new DayInfo(LocalDate.of(2025, 10, 12), false, DayReason.WEEKEND, null));
		}

		@Test
		void weekendDaysInsideAHolidayPeriodAreHolidays() {
			assertThat(CN.day(LocalDate.of(2026, 2, 15)))
				.isEqualTo(new DayInfo(LocalDate.of(2026, 2, 15), false, DayReason.HOLIDAY, "春节"));
		}

		@Test
		void refusesRangesBackwardsOrLongerThan366Days() {
			assertThatThrownBy(() -> CN.days(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
				.isInstanceOf(DomainException.class);
			assertThat(CN.days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).hasSize(366);
			assertThatThrownBy(() -> CN.days(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2)))
				.isInstanceOf(DomainException.class);
		}

		@Test
		void shippedYearsHoldTheOfficialNumberOfDays() {
			// holidays and make-up days per the State Council General Office notices
			assertThat(CalendarFixtures.shippedYear(2024).holidays()).hasSize(28);
			assertThat(CalendarFixtures.shippedYear(2024).makeupWorkdays()).hasSize(8);
			assertThat(CalendarFixtures.shippedYear(2025).holidays()).hasSize(28);
			assertThat(CalendarFixtures.shippedYear(2025).makeupWorkdays()).hasSize(5);
			assertThat(CalendarFixtures.shippedYear(2026).holidays()).hasSize(33);
			assertThat(CalendarFixtures.shippedYear(2026).makeupWorkdays()).hasSize(6);
		}
	}

	@Nested
	class AllDay {

		static final WorkingTime ALL_DAY = CalendarFixtures.allDay();

		@Test
		void aWorkingDayEndsAtMidnightAndHolidaysDoNotApply() {
			assertThat(deadline(ALL_DAY, "2025-10-01T10:00:00+08:00", workingDays(2))).isEqualTo("2025-10-04T00:00:00+08:00");
			assertThat(deadline(ALL_DAY, "2025-10-01T10:00:00+08:00", workingHours(30))).isEqualTo("2025-10-02T16:00:00+08:00");
			assertThat(ALL_DAY.isWorkingTime(at("2025-10-01T03:00:00+08:00"))).isTrue();
		}

		@Test
		void theEndOfADayBelongsToThatDay() {
			Instant endOfFirst = ALL_DAY.deadline(at("2025-10-01T10:00:00+08:00"), workingDays(1));
			assertThat(inZone(ALL_DAY, endOfFirst)).isEqualTo("2025-10-03T00:00:00+08:00");
			assertThat(inZone(ALL_DAY, ALL_DAY.deadline(endOfFirst, workingDays(1)))).isEqualTo("2025-10-04T00:00:00+08:00");
		}

		@Test
		void elapsedIsClockTime() {
			assertThat(ALL_DAY.workingMinutesBetween(at("2025-10-01T00:00:00+08:00"), at("2025-10-08T00:00:00+08:00")))
				.isEqualTo(7 * 24 * 60);
		}
	}

	@Nested
	class OneInterval {

		static final WorkingTime SHOP = CalendarFixtures.oneInterval();

		@Test
		void saturdayWorksAndSundayDoesNot() {
			assertThat(deadline(SHOP, "2025-03-07T10:00:00+08:00", workingDays(1))).isEqualTo("2025-03-08T18:00:00+08:00");
			assertThat(deadline(SHOP, "2025-03-08T10:00:00+08:00", workingDays(1))).isEqualTo("2025-03-10T18:00:00+08:00");
			assertThat(deadline(SHOP, "2025-03-08T17:00:00+08:00", workingHours(2))).isEqualTo("2025-03-10T10:00:00+08:00");
		}

		@Test
		void hasNoHolidays() {
			assertThat(SHOP.isWorkingTime(at("2025-10-01T10:00:00+08:00"))).isTrue();
		}
	}
}
