package io.jingxi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws every calendar obeys, over calendars with holidays and make-up days (CN-STANDARD 2024–2026),
 * 24×7, a single interval, and a night shift in a zone with daylight saving. Start instants run from
 * late 2023 to early 2027, past the last configured year.
 */
class WorkingTimeProperties {

	record Named(String name, WorkingTime time) {

		@Override
		public String toString() {
			return name;
		}
	}

	private static final Named CN = new Named("CN-STANDARD", CalendarFixtures.cnStandard());

	private static final Named ALL_DAY = new Named("24X7", CalendarFixtures.allDay());

	private static final Named SHOP = new Named("one interval", CalendarFixtures.oneInterval());

	private static final Named NIGHT = new Named("night shift Berlin", CalendarFixtures.nightShiftBerlin());

	@Provide
	Arbitrary<Named> calendars() {
		return Arbitraries.of(CN, ALL_DAY, SHOP, NIGHT);
	}

	@Provide
	Arbitrary<Instant> instants() {
		long from = CalendarFixtures.at("2023-12-01T00:00:00Z").getEpochSecond();
		long to = CalendarFixtures.at("2027-03-01T00:00:00Z").getEpochSecond();
		Arbitrary<Instant> anySecond = Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
		// whole minutes make starts that fall exactly on interval edges likely
		Arbitrary<Instant> wholeMinutes = Arbitraries.longs().between(from / 60, to / 60).map(m -> Instant.ofEpochSecond(m * 60));
		// whole quarter hours hit 08:30, 12:00, 17:30, 24:00 and daylight-saving switches often
		Arbitrary<Instant> quarters = Arbitraries.longs().between(from / 900, to / 900).map(q -> Instant.ofEpochSecond(q * 900));
		return Arbitraries.oneOf(anySecond, wholeMinutes, quarters);
	}

	@Property
	void moreWorkingHoursNeverGiveAnEarlierDeadline(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant from, @ForAll @IntRange(max = 400) int a, @ForAll @IntRange(max = 400) int b) {
		WorkingTime time = calendar.time();
		Instant shorter = time.plusWorkingMinutes(from, Math.min(a, b) * 60L);
		Instant longer = time.plusWorkingMinutes(from, Math.max(a, b) * 60L);
		assertThat(longer).isAfterOrEqualTo(shorter).isAfterOrEqualTo(from);
	}

	@Property
	void moreWorkingDaysNeverGiveAnEarlierDeadline(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant from, @ForAll @IntRange(max = 300) int a, @ForAll @IntRange(max = 300) int b) {
		WorkingTime time = calendar.time();
		Instant shorter = time.plusWorkingDays(from, Math.min(a, b));
		Instant longer = time.plusWorkingDays(from, Math.max(a, b));
		assertThat(longer).isAfterOrEqualTo(shorter).isAfterOrEqualTo(from);
	}

	@Property
	void addingWorkingHoursAThenBEqualsAddingAPlusB(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant from, @ForAll @IntRange(max = 300) int a, @ForAll @IntRange(max = 300) int b) {
		WorkingTime time = calendar.time();
		Instant stepwise = time.deadline(time.deadline(from, WorkingDuration.workingHours(a)),
				WorkingDuration.workingHours(b));
		assertThat(stepwise).isEqualTo(time.deadline(from, WorkingDuration.workingHours(a + b)));
	}

	@Property
	void addingWorkingDaysAThenBEqualsAddingAPlusB(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant from, @ForAll @IntRange(max = 200) int a, @ForAll @IntRange(max = 200) int b) {
		WorkingTime time = calendar.time();
		Instant stepwise = time.deadline(time.deadline(from, WorkingDuration.workingDays(a)),
				WorkingDuration.workingDays(b));
		assertThat(stepwise).isEqualTo(time.deadline(from, WorkingDuration.workingDays(a + b)));
	}

	@Property
	void workingHourDeadlinesLieInsideAnIntervalOrAtItsEnd(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant from, @ForAll @IntRange(min = 1, max = 500) int hours) {
		WorkingTime time = calendar.time();
		Instant deadline = time.deadline(from, WorkingDuration.workingHours(hours));
		assertThat(time.isWorkingTime(deadline.minusNanos(1)))
			.as("the moment before %s is working time", deadline)
			.isTrue();
	}

	@Property
	void workingDayDeadlinesAreTheEndOfAWorkingDay(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant from, @ForAll @IntRange(min = 1, max = 300) int days) {
		WorkingTime time = calendar.time();
		Instant deadline = time.deadline(from, WorkingDuration.workingDays(days));
		LocalDate day = LocalDate.ofInstant(deadline.minusNanos(1), time.zone());
		assertThat(time.isWorkingDay(day)).isTrue();
		assertThat(deadline).isEqualTo(time.endOfDay(day));
		assertThat(time.isWorkingTime(deadline.minusNanos(1))).isTrue();
	}

	@Property
	void workingDayDeadlinesSkipExactlyTheNonWorkingDays(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant from, @ForAll @IntRange(min = 1, max = 60) int days) {
		WorkingTime time = calendar.time();
		LocalDate start = time.dayOf(from);
		LocalDate end = LocalDate.ofInstant(time.deadline(from, WorkingDuration.workingDays(days)).minusNanos(1),
				time.zone());
		long workingDaysAfterStart = time.days(start.plusDays(1), end).stream().filter(DayInfo::working).count();
		assertThat(workingDaysAfterStart).isEqualTo(days);
	}

	@Property
	void elapsedUpToAWorkingHourDeadlineIsExactlyThoseHours(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant from, @ForAll @IntRange(max = 500) int hours) {
		WorkingTime time = calendar.time();
		Instant deadline = time.deadline(from, WorkingDuration.workingHours(hours));
		assertThat(time.workingTimeBetween(from, deadline)).isEqualTo(Duration.ofHours(hours));
		if (time.isWorkingTime(from)) {
			assertThat(time.workingMinutesBetween(from, deadline)).isEqualTo(hours * 60L);
		}
	}

	@Property
	void elapsedTimeAddsUpOverConsecutiveSpans(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
		WorkingTime time = calendar.time();
		Instant[] sorted = java.util.stream.Stream.of(a, b, c).sorted().toArray(Instant[]::new);
		assertThat(time.workingTimeBetween(sorted[0], sorted[1]).plus(time.workingTimeBetween(sorted[1], sorted[2])))
			.isEqualTo(time.workingTimeBetween(sorted[0], sorted[2]));
	}

	@Property
	void theNextWorkingInstantIsWorkingTimeWithNothingWorkedBefore(@ForAll("calendars") Named calendar,
			@ForAll("instants") Instant at) {
		WorkingTime time = calendar.time();
		Instant next = time.nextWorkingInstant(at);
		assertThat(next).isAfterOrEqualTo(at);
		assertThat(time.isWorkingTime(next)).isTrue();
		assertThat(time.workingTimeBetween(at, next)).isEqualTo(Duration.ZERO);
		assertThat(time.isWorkingTime(at)).isEqualTo(next.equals(at));
	}

	@Property
	void workingTimeIsCalendarTimeOnlyForTwentyFourSeven(@ForAll("instants") Instant from,
			@ForAll @IntRange(max = 2000) int hours) {
		WorkingTime time = ALL_DAY.time();
		assertThat(time.deadline(from, WorkingDuration.workingHours(hours)))
			.isEqualTo(time.deadline(from, WorkingDuration.calendarHours(hours)));
	}
}
