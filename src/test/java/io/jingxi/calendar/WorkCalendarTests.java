package io.jingxi.calendar;

import static io.jingxi.calendar.CalendarFixtures.JSON;
import static io.jingxi.calendar.CalendarFixtures.SHANGHAI;
import static io.jingxi.calendar.CalendarFixtures.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;

class WorkCalendarTests {

	static final EnumSet<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	static CalendarSettings standard() {
		return new CalendarSettings("标准", SHANGHAI, MON_FRI, List.of(hours("08:30", "12:00"), hours("14:00", "17:30")),
				false);
	}

	static List<String> problemFields(ThrowingCallable call) {
		var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class, call);
		assertThat(thrown).as("a DomainException").isNotNull();
		return thrown.fieldProblems().stream().map(FieldProblem::field).toList();
	}

	static List<String> problemCodes(ThrowingCallable call) {
		var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class, call);
		assertThat(thrown).as("a DomainException").isNotNull();
		return thrown.fieldProblems().stream().map(FieldProblem::code).toList();
	}

	@Nested
	class Settings {

		@Test
		void intervalsAreKeptInOrderOfStart() {
			var settings = new CalendarSettings("x", SHANGHAI, MON_FRI, List.of(hours("14:00", "17:30"), hours("08:30", "12:00")),
					false);
			assertThat(settings.hours()).containsExactly(hours("08:30", "12:00"), hours("14:00", "17:30"));
		}

		@Test
		void overlappingIntervalsAreRefused() {
			assertThat(problemCodes(() -> new CalendarSettings("x", SHANGHAI, MON_FRI,
					List.of(hours("08:30", "12:00"), hours("11:00", "17:30")), false)))
				.containsExactly("calendar.hours.overlap");
		}

		@Test
		void touchingIntervalsAreAccepted() {
			assertThat(new CalendarSettings("x", SHANGHAI, MON_FRI, List.of(hours("08:00", "12:00"), hours("12:00", "13:00")),
					false).hours()).hasSize(2);
		}

		@Test
		void anIntervalMustStartBeforeItEnds() {
			assertThatThrownBy(() -> hours("12:00", "12:00")).isInstanceOf(DomainException.class);
			assertThatThrownBy(() -> hours("17:30", "08:30")).isInstanceOf(DomainException.class);
			assertThat(hours("22:00", "24:00").endMinute()).isEqualTo(1440);
		}

		@Test
		void aCalendarNeedsAWorkingWeekdayAndAnInterval() {
			assertThat(problemFields(() -> new CalendarSettings("x", SHANGHAI, EnumSet.noneOf(DayOfWeek.class),
					List.of(hours("08:00", "12:00")), false)))
				.containsExactly("workingWeekdays");
			assertThat(problemFields(() -> new CalendarSettings("x", SHANGHAI, MON_FRI, List.of(), false)))
				.containsExactly("hours");
		}

		@Test
		void twentyFourSevenWorksEveryDayAllDay() {
			var settings = new CalendarSettings("x", SHANGHAI, EnumSet.noneOf(DayOfWeek.class), List.of(), true);
			assertThat(settings.weekdays()).containsExactlyInAnyOrder(DayOfWeek.values());
			assertThat(settings.hours()).containsExactly(BusinessHours.WHOLE_DAY);
		}

		@Test
		void parsingListsEveryUnreadableValueWithItsField() {
			assertThat(problemFields(() -> CalendarSettings.parse("x", "Mars/Olympus", List.of("MONDAY", "FUNDAY", "MONDAY"),
					List.of(new CalendarSettings.Interval("08:30", "12:00"), new CalendarSettings.Interval("25:00", "12:00"),
							new CalendarSettings.Interval("15:00", "14:00")),
					false)))
				.containsExactlyInAnyOrder("timeZone", "workingWeekdays[1]", "workingWeekdays[2]", "hours[1].start",
						"hours[2]");
		}

		@Test
		void theTimeZoneDefaultsToShanghai() {
			assertThat(CalendarSettings.parse("x", null, List.of("monday"), List.of(new CalendarSettings.Interval("09:00", "17:00")),
					false).zone())
				.isEqualTo(SHANGHAI);
		}
	}

	@Nested
	class SpecialDays {

		WorkCalendar calendar = new WorkCalendar("T", standard(), Instant.EPOCH);

		@Test
		void aMakeUpDayMustFallOnADayThatIsNormallyOff() {
			assertThat(problemCodes(() -> calendar.setDay(LocalDate.of(2025, 10, 13), DayKind.MAKEUP_WORKDAY, "调休",
					Instant.EPOCH)))
				.containsExactly("calendar.day.makeupOnWorkingWeekday");
			calendar.setDay(LocalDate.of(2025, 10, 11), DayKind.MAKEUP_WORKDAY, "调休", Instant.EPOCH);
			assertThat(calendar.toWorkingTime().isWorkingDay(LocalDate.of(2025, 10, 11))).isTrue();
		}

		@Test
		void aDateIsEitherAHolidayOrAMakeUpDayNeverBoth() {
			LocalDate saturday = LocalDate.of(2025, 10, 11);
			calendar.setDay(saturday, DayKind.MAKEUP_WORKDAY, "调休", Instant.EPOCH);
			calendar.setDay(saturday, DayKind.HOLIDAY, "假日", Instant.EPOCH);
			assertThat(calendar.toWorkingTime().day(saturday).reason()).isEqualTo(DayReason.HOLIDAY);
			assertThat(calendar.specialDayCount()).isEqualTo(1);
		}

		@Test
		void aNormalDayRemovesTheSpecialDay() {
			LocalDate day = LocalDate.of(2025, 5, 6);
			calendar.setDay(day, DayKind.HOLIDAY, "假日", Instant.EPOCH);
			calendar.setDay(day, null, null, Instant.EPOCH);
			assertThat(calendar.toWorkingTime().day(day).reason()).isEqualTo(DayReason.WORKDAY);
		}

		@Test
		void specialDaysNeedAName() {
			assertThat(problemFields(() -> calendar.setDay(LocalDate.of(2025, 5, 6), DayKind.HOLIDAY, " ", Instant.EPOCH)))
				.containsExactly("name");
		}

		@Test
		void twentyFourSevenCalendarsHaveNoSpecialDays() {
			var allDay = new WorkCalendar("A", new CalendarSettings("x", SHANGHAI, MON_FRI, List.of(), true), Instant.EPOCH);
			assertThatThrownBy(() -> allDay.setDay(LocalDate.of(2025, 10, 1), DayKind.HOLIDAY, "国庆节", Instant.EPOCH))
				.isInstanceOfSatisfying(DomainException.class,
						ex -> assertThat(ex.code()).isEqualTo("calendar.allDay.noSpecialDays"));
			assertThatThrownBy(() -> allDay.replaceYear(CalendarFixtures.shippedYear(2025), Instant.EPOCH))
				.isInstanceOf(DomainException.class);
		}

		@Test
		void theCodeNeverChanges() {
			assertThatThrownBy(() -> calendar.requireCode("OTHER")).isInstanceOf(DomainException.class);
			calendar.requireCode("T");
		}
	}

	@Nested
	class Years {

		WorkCalendar calendar = CalendarFixtures.cnStandardCalendar();

		static YearArrangement year(String json) {
			return YearArrangement.parse(json, JSON);
		}

		@Test
		void replacingAYearLeavesTheOtherYearsAlone() {
			int before = calendar.specialDayCount();
			calendar.replaceYear(year("""
					{"year":2025,"holidays":[{"date":"2025-01-01","name":"元旦"}],"makeupWorkdays":[]}
					"""), Instant.EPOCH);
			assertThat(calendar.specialDayCount()).isEqualTo(before - 33 + 1);
			assertThat(calendar.toWorkingTime().day(LocalDate.of(2025, 10, 1)).reason()).isEqualTo(DayReason.WORKDAY);
			assertThat(calendar.toWorkingTime().day(LocalDate.of(2024, 10, 1)).reason()).isEqualTo(DayReason.HOLIDAY);
		}

		@Test
		void aDayEditedByHandIsReplacedWithItsYear() {
			calendar.setDay(LocalDate.of(2025, 12, 24), DayKind.HOLIDAY, "公司假日", Instant.EPOCH);
			calendar.replaceYear(CalendarFixtures.shippedYear(2025), Instant.EPOCH);
			assertThat(calendar.toWorkingTime().day(LocalDate.of(2025, 12, 24)).reason()).isEqualTo(DayReason.WORKDAY);
		}

		@Test
		void everyConflictIsListedAndNothingChanges() {
			int before = calendar.specialDayCount();
			var arrangement = year("""
					{"year":2027,"holidays":[{"date":"2026-12-31","name":"x"},{"date":"2027-01-01","name":"元旦"}],
					 "makeupWorkdays":[{"date":"2027-01-04","name":"调休"},{"date":"2026-12-27","name":"调休"}]}
					""");
			calendar.setDay(LocalDate.of(2026, 12, 31), DayKind.HOLIDAY, "公司假日", Instant.EPOCH);
			int withEdit = calendar.specialDayCount();
			assertThat(problemFields(() -> calendar.replaceYear(arrangement, Instant.EPOCH)))
				.containsExactlyInAnyOrder("holidays[0].date", "makeupWorkdays[0].date");
			assertThat(calendar.specialDayCount()).isEqualTo(withEdit).isEqualTo(before + 1);
		}

		@Test
		void anArrangementMayReachIntoTheNeighbouringDecemberAndJanuary() {
			var newYear2023 = year("""
					{"year":2023,"holidays":[{"date":"2022-12-31","name":"元旦"},{"date":"2023-01-01","name":"元旦"},
					 {"date":"2023-01-02","name":"元旦"}]}
					""");
			calendar.replaceYear(newYear2023, Instant.EPOCH);
			assertThat(calendar.toWorkingTime().day(LocalDate.of(2022, 12, 31)).reason()).isEqualTo(DayReason.HOLIDAY);
			assertThat(calendar.hasArrangement(2023)).isTrue();
		}
	}
}
