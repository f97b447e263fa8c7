package io.jingxi.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.jingxi.calendar.WorkingDay;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Laws of a plan's schedule, over the official mainland-China arrangements shipped for 2024–2026
 * (Spring Festival, National Day and their make-up Saturdays and Sundays) and over random calendars
 * with random holidays and make-up days: every due date is a working day inside its period, a
 * period has exactly its visits in order, and the rules land where the calendar says.
 */
class ScheduleProperties {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** A calendar as the schedule sees it: which dates are worked. */
	record Calendar(String name, Predicate<LocalDate> works) {

		List<WorkingDay> workingDays(Period period) {
			List<WorkingDay> days = new ArrayList<>();
			for (LocalDate date = period.start(); !date.isAfter(period.end()); date = date.plusDays(1)) {
				if (works.test(date)) {
					days.add(new WorkingDay(date, date.atTime(17, 30).atZone(SHANGHAI).toInstant()));
				}
			}
			return days;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static final Calendar OFFICIAL = official();

	/** Monday to Friday with the holidays and make-up days of calendar/cn-2024..2026.json. */
	static Calendar official() {
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> makeUps = new HashSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (int year = 2024; year <= 2026; year++) {
			try (InputStream in = ScheduleProperties.class.getResourceAsStream("/calendar/cn-" + year + ".json")) {
				JsonNode arrangement = json.readTree(in);
				arrangement.path("holidays").forEach(day -> holidays.add(LocalDate.parse(day.path("date").asString())));
				arrangement.path("makeupWorkdays")
					.forEach(day -> makeUps.add(LocalDate.parse(day.path("date").asString())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Calendar("CN 2024-2026", date -> makeUps.contains(date)
				|| (!holidays.contains(date) && date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()));
	}

	@Provide
	Arbitrary<Calendar> calendars() {
		Arbitrary<Calendar> random = Combinators
			.combine(Arbitraries.integers().between(0, 120).set().ofMaxSize(40),
					Arbitraries.integers().between(0, 120).set().ofMaxSize(10), Arbitraries.integers().between(0, 2))
			.as((holidayOffsets, makeUpOffsets, weekend) -> {
				LocalDate base = LocalDate.of(2026, 1, 1);
				Set<LocalDate> holidays = new HashSet<>();
				holidayOffsets.forEach(offset -> holidays.add(base.plusDays(offset * 3L)));
				Set<LocalDate> makeUps = new HashSet<>();
				makeUpOffsets.forEach(offset -> makeUps.add(base.plusDays(offset * 3L + 1)));
				int lastWorkday = 5 + weekend;
				return new Calendar("random " + holidays.size() + " holidays, " + makeUps.size() + " make-up days",
						date -> makeUps.contains(date) || (!holidays.contains(date)
								&& date.getDayOfWeek().getValue() <= lastWorkday));
			});
		return Arbitraries.oneOf(Arbitraries.just(OFFICIAL), random);
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 3 * 365 - 1).map(offset -> LocalDate.of(2024, 1, 1).plusDays(offset));
	}

	@Provide
	Arbitrary<Recurrence> recurrences() {
		return Arbitraries.of(Recurrence.MONTHLY, Recurrence.QUARTERLY, Recurrence.YEARLY);
	}

	@Property(tries = 500)
	void everyDueDateIsAWorkingDayInsideItsPeriodAndThePeriodHasItsVisitsInOrder(@ForAll("calendars") Calendar calendar,
			@ForAll("recurrences") Recurrence recurrence, @ForAll("dates") LocalDate date,
			@ForAll @IntRange(min = 1, max = 6) int visits, @ForAll DueRule rule, @ForAll @IntRange(min = 1, max = 40) int n) {
		Period period = recurrence.periodOf(date);
		List<WorkingDay> workingDays = calendar.workingDays(period);
		List<Schedule.Slot> slots = Schedule.slots(period, workingDays, visits, rule, n);
		if (workingDays.isEmpty()) {
			assertThat(slots).isEmpty();
			return;
		}
		assertThat(slots).extracting(Schedule.Slot::sequence)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, visits).boxed().toList());
		LocalDate previous = period.start();
		for (Schedule.Slot slot : slots) {
			LocalDate due = slot.due().date();
			assertThat(calendar.works().test(due)).as("%s is a working day", due).isTrue();
			assertThat(period.contains(due)).as("%s lies in %s", due, period).isTrue();
			assertThat(due).isAfterOrEqualTo(previous);
			previous = due;
		}
	}

	@Property(tries = 300)
	void aSingleVisitFallsOnTheNthWorkingDayOrTheLastOneWhenThePeriodIsShorter(
			@ForAll("calendars") Calendar calendar, @ForAll("recurrences") Recurrence recurrence,
			@ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 40) int n) {
		Period period = recurrence.periodOf(date);
		List<WorkingDay> days = calendar.workingDays(period);
		if (days.isEmpty()) {
			return;
		}
		WorkingDay nth = Schedule.slots(period, days, 1, DueRule.NTH_WORKING_DAY, n).get(0).due();
		assertThat(nth).isEqualTo(days.get(Math.min(n, days.size()) - 1));
		WorkingDay last = Schedule.slots(period, days, 1, DueRule.LAST_WORKING_DAY, n).get(0).due();
		assertThat(last).isEqualTo(days.get(days.size() - 1));
		// n working days after the start: the first day never counts, like every working-day limit
		WorkingDay after = Schedule.slots(period, days, 1, DueRule.WORKING_DAYS_AFTER_START, n).get(0).due();
		int index = days.get(0).date().equals(period.start()) ? n : n - 1;
		assertThat(after).isEqualTo(days.get(Math.min(index, days.size() - 1)));
	}

	@Property(tries = 200)
	void periodsFollowEachOtherWithoutGapAndContainTheirDate(@ForAll("recurrences") Recurrence recurrence,
			@ForAll("dates") LocalDate date) {
		Period period = recurrence.periodOf(date);
		assertThat(period.contains(date)).isTrue();
		Period next = recurrence.periodOf(period.end().plusDays(1));
		assertThat(next.start()).isEqualTo(period.end().plusDays(1));
		assertThat(next.key()).isNotEqualTo(period.key());
		assertThat(recurrence.periodOf(period.start())).isEqualTo(period);
		assertThat(recurrence.periodOf(period.end())).isEqualTo(period);
	}

	@Test
	void springFestivalAndNationalDayMoveTheDueDatesOntoTheOfficialWorkingDays() {
		Period february = Recurrence.MONTHLY.periodOf(LocalDate.of(2026, 2, 10));
		List<WorkingDay> feb = OFFICIAL.workingDays(february);
		// the last working day of February 2026 is Saturday 28th, a make-up day after the Spring Festival
		assertThat(due(february, feb, DueRule.LAST_WORKING_DAY, 0)).isEqualTo(LocalDate.of(2026, 2, 28));
		// the 10th working day: Feb 2–6, 9–13 — and Saturday 14th is a make-up day before the holiday
		assertThat(due(february, feb, DueRule.NTH_WORKING_DAY, 10)).isEqualTo(LocalDate.of(2026, 2, 13));
		assertThat(due(february, feb, DueRule.NTH_WORKING_DAY, 11)).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(due(february, feb, DueRule.NTH_WORKING_DAY, 12)).isEqualTo(LocalDate.of(2026, 2, 24));

		Period october = Recurrence.MONTHLY.periodOf(LocalDate.of(2026, 10, 1));
		List<WorkingDay> oct = OFFICIAL.workingDays(october);
		assertThat(due(october, oct, DueRule.NTH_WORKING_DAY, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
		// 1 October is a holiday, so "1 working day after the start" is the first working day, too
		assertThat(due(october, oct, DueRule.WORKING_DAYS_AFTER_START, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(due(october, oct, DueRule.NTH_WORKING_DAY, 3)).isEqualTo(LocalDate.of(2026, 10, 10));

		// two visits in the fourth quarter: one in each half of its working days
		Period q4 = Recurrence.QUARTERLY.periodOf(LocalDate.of(2026, 11, 1));
		List<Schedule.Slot> twice = Schedule.slots(q4, OFFICIAL.workingDays(q4), 2, DueRule.LAST_WORKING_DAY, 0);
		assertThat(twice.get(0).due().date()).isBefore(LocalDate.of(2026, 11, 20));
		assertThat(twice.get(1).due().date()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	private static LocalDate due(Period period, List<WorkingDay> days, DueRule rule, int n) {
		return Schedule.slots(period, days, 1, rule, n).get(0).due().date();
	}
}
