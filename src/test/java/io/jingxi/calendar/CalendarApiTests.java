package io.jingxi.calendar;

import static io.jingxi.calendar.CalendarFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import io.jingxi.shared.DomainException;
import jakarta.persistence.EntityManagerFactory;

/** Other modules' view: deadlines for units through the façade, with inheritance and fresh data. */
class CalendarApiTests extends CalendarSpringTest {

	final CalendarApi api;

	final CalendarService service;

	final WorkCalendars calendars;

	final Statistics statistics;

	final ThreadPoolTaskExecutor listeners;

	CalendarApiTests(CalendarApi api, CalendarService service, WorkCalendars calendars,
			EntityManagerFactory entityManagerFactory, ThreadPoolTaskExecutor applicationTaskExecutor) {
		this.listeners = applicationTaskExecutor;
		this.api = api;
		this.service = service;
		this.calendars = calendars;
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	CalendarId standard() {
		return CalendarId.of(calendars.findByCode(CalendarSeeder.STANDARD).orElseThrow().id());
	}

	CalendarId allDay() {
		return CalendarId.of(calendars.findByCode(CalendarSeeder.ALL_DAY).orElseThrow().id());
	}

	@Test
	void aComplaintOnTheLastDayBeforeNationalDayIsDueAtTheEndOfTheSecondWorkingDayAfterIt() {
		assertThat(api.deadline(hall, at("2025-09-30T10:00:00+08:00"), WorkingDuration.workingDays(2)))
			.isEqualTo(at("2025-10-10T17:30:00+08:00"));
		assertThat(api.deadline(standard(), at("2025-09-30T10:00:00+08:00"), WorkingDuration.workingDays(2)))
			.isEqualTo(at("2025-10-10T17:30:00+08:00"));
	}

	@Test
	void aUnitUsesTheCalendarItInheritsAndItsOwnOnceItChoosesOne() {
		assertThat(api.effectiveCalendarId(hall)).isEqualTo(standard());
		service.assign(company, allDay().value());
		assertThat(api.effectiveCalendarId(hall)).isEqualTo(allDay());
		assertThat(api.isWorkingTime(hall, at("2025-10-01T03:00:00+08:00"))).isTrue();
		assertThat(api.deadline(hall, at("2025-10-01T10:00:00+08:00"), WorkingDuration.workingHours(30)))
			.isEqualTo(at("2025-10-02T16:00:00+08:00"));
		service.assign(hall, standard().value());
		assertThat(api.effectiveCalendarId(hall)).isEqualTo(standard());
		assertThat(api.effectiveCalendarId(branch)).isEqualTo(allDay());
		assertThat(api.isWorkingTime(hall, at("2025-10-01T03:00:00+08:00"))).isFalse();
		assertThat(api.workingMinutesBetween(hall, at("2025-09-30T16:30:00+08:00"), at("2025-10-09T09:30:00+08:00")))
			.isEqualTo(120);
		assertThat(api.workingMinutesBetween(branch, at("2025-09-30T16:30:00+08:00"), at("2025-09-30T17:30:00+08:00")))
			.isEqualTo(60);
	}

	@Test
	void aChangedCalendarIsSeenByTheNextDeadline() {
		var settings = new CalendarSettings("临时", CalendarFixtures.SHANGHAI, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				List.of(CalendarFixtures.hours("09:00", "17:00")), false);
		CalendarId id = CalendarId.of(service.create(randomCode(), settings, false).id());
		service.assign(branch, id.value());
		assertThat(api.deadline(hall, at("2025-06-05T10:00:00+08:00"), WorkingDuration.workingDays(1)))
			.isEqualTo(at("2025-06-06T17:00:00+08:00"));
		service.setDay(id.value(), LocalDate.of(2025, 6, 6), DayKind.HOLIDAY, "停业");
		assertThat(api.deadline(hall, at("2025-06-05T10:00:00+08:00"), WorkingDuration.workingDays(1)))
			.isEqualTo(at("2025-06-09T17:00:00+08:00"));
	}

	/**
	 * Statistics are global to this context: wait until its asynchronous listeners of earlier changes
	 * (the audit log) have run, so that only this thread's statements are counted. (Not the database's
	 * publications: other contexts of the test run share the database, not these statistics.)
	 */
	void awaitEventListeners() {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> listeners.getActiveCount() == 0
				&& listeners.getThreadPoolExecutor().getQueue().isEmpty());
	}

	@Test
	void aCachedCalendarCostsOneQueryPerDeadlineAndIsReloadedAfterAChange() {
		var settings = new CalendarSettings("缓存", CalendarFixtures.SHANGHAI, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				List.of(CalendarFixtures.hours("09:00", "17:00")), false);
		CalendarId id = CalendarId.of(service.create(randomCode(), settings, false).id());
		var from = at("2025-06-05T10:00:00+08:00");
		api.deadline(id, from, WorkingDuration.workingDays(1));
		boolean wasEnabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			awaitEventListeners();
			statistics.clear();
			assertThat(api.deadline(id, from, WorkingDuration.workingDays(1))).isEqualTo(at("2025-06-06T17:00:00+08:00"));
			assertThat(statistics.getPrepareStatementCount()).as("statements for a cached calendar").isEqualTo(1);
			assertThat(statistics.getEntityLoadCount()).isZero();

			service.setDay(id.value(), LocalDate.of(2025, 6, 6), DayKind.HOLIDAY, "停业");
			awaitEventListeners();
			statistics.clear();
			assertThat(api.deadline(id, from, WorkingDuration.workingDays(1))).isEqualTo(at("2025-06-09T17:00:00+08:00"));
			assertThat(statistics.getEntityLoadCount()).as("the changed calendar is loaded again").isEqualTo(1);
			statistics.clear();
			api.deadline(id, from, WorkingDuration.workingDays(1));
			assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		}
		finally {
			statistics.setStatisticsEnabled(wasEnabled);
		}
	}

	@Test
	void refusesUnknownCalendarsAndBadDurations() {
		assertThatThrownBy(() -> api.deadline(CalendarId.of(987_654_321), at("2025-06-05T10:00:00+08:00"),
				WorkingDuration.workingDays(1)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.status().value()).isEqualTo(404));
		assertThatThrownBy(() -> WorkingDuration.workingHours(87_601))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems().get(0).field())
				.isEqualTo("workingHours"));
	}

	@Test
	void theWorkingDaysAroundNationalDaySkipTheHolidaysKeepTheMakeUpSaturdayAndEndWhereADeadlineWould() {
		List<WorkingDay> days = api.workingDays(hall, LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 11));
		assertThat(days).extracting(WorkingDay::date).containsExactly(LocalDate.of(2026, 9, 28),
				LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8),
				LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10));
		assertThat(days.get(5).end()).isEqualTo(at("2026-10-10T17:30:00+08:00"));
		// the n-th working day's end is the deadline of n working days counted from the day before the range
		for (int n = 1; n <= days.size(); n++) {
			assertThat(api.deadline(hall, at("2026-09-27T12:00:00+08:00"), WorkingDuration.workingDays(n)))
				.isEqualTo(days.get(n - 1).end());
		}
		assertThatThrownBy(() -> api.workingDays(hall, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 5)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.status().value()).isEqualTo(400));
	}
}
