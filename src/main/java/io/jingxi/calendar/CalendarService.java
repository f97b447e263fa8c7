package io.jingxi.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;

/**
 * Working calendars: their management (settings, special days, imported years, the default, unit
 * assignments) and the façade other modules compute deadlines with. Arithmetic is delegated to cached
 * {@link WorkingTime} snapshots; a deadline for a calendar costs one query (its version), for a unit
 * one more (the assignments up its ancestor chain together with the default calendar).
 */
@Service
class CalendarService implements CalendarApi {

	static final String CALENDAR = "Calendar";

	static final String CALENDAR_DAY = "CalendarDay";

	static final String CALENDAR_YEAR = "CalendarYear";

	static final String UNIT_CALENDAR = "UnitCalendar";

	private final WorkCalendars calendars;

	private final UnitCalendars assignments;

	private final WorkingTimes times;

	private final OrganizationApi organization;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarService(WorkCalendars calendars, UnitCalendars assignments, WorkingTimes times,
			OrganizationApi organization, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.calendars = calendars;
		this.assignments = assignments;
		this.times = times;
		this.organization = organization;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ façade

	@Override
	public Instant deadline(long unitId, Instant from, WorkingDuration duration) {
		return timeOfUnit(unitId).deadline(from, duration);
	}

	@Override
	public long workingMinutesBetween(long unitId, Instant from, Instant to) {
		return timeOfUnit(unitId).workingMinutesBetween(from, to);
	}

	@Override
	public boolean isWorkingTime(long unitId, Instant at) {
		return timeOfUnit(unitId).isWorkingTime(at);
	}

	@Override
	public List<WorkingDay> workingDays(long unitId, LocalDate from, LocalDate to) {
		WorkingTime time = timeOfUnit(unitId);
		return time.days(from, to).stream()
			.filter(DayInfo::working)
			.map(day -> new WorkingDay(day.date(), time.endOfDay(day.date())))
			.toList();
	}

	@Override
	public CalendarId effectiveCalendarId(long unitId) {
		return CalendarId.of(resolve(unitId).calendarId());
	}

	@Override
	public Instant deadline(CalendarId calendarId, Instant from, WorkingDuration duration) {
		return times.of(calendarId.value()).deadline(from, duration);
	}

	@Override
	public long workingMinutesBetween(CalendarId calendarId, Instant from, Instant to) {
		return times.of(calendarId.value()).workingMinutesBetween(from, to);
	}

	@Override
	public boolean isWorkingTime(CalendarId calendarId, Instant at) {
		return times.of(calendarId.value()).isWorkingTime(at);
	}

	/** The deadline shown in the calendar's own time zone. */
	ZonedDateTime deadlineInZone(long calendarId, Instant from, WorkingDuration duration) {
		WorkingTime time = times.of(calendarId);
		return time.deadline(from, duration).atZone(time.zone());
	}

	List<DayInfo> days(long calendarId, LocalDate from, LocalDate to) {
		return times.of(calendarId).days(from, to);
	}

	private WorkingTime timeOfUnit(long unitId) {
		Resolution resolution = resolve(unitId);
		return times.of(resolution.calendarId(), resolution.version());
	}

	/** Which calendar a unit uses, and the unit that chose it (null for the default). */
	private record Resolution(long calendarId, long version, @Nullable Long chosenByUnitId) {
	}

	private record Row(@Nullable Long unitId, long calendarId, long version, boolean isDefault) {
	}

	/**
	 * One query finds the assignments of the unit and its ancestors together with the default
	 * calendar (and their versions); the nearest assignment wins.
	 */
	private Resolution resolve(long unitId) {
		List<Long> chain = new ArrayList<>();
		chain.add(unitId);
		chain.addAll(organization.ancestorIds(unitId));
		List<Row> rows = jdbc.sql("""
				select a.unit_id, c.id, c.version, c.is_default
				from cal_calendar c
				left join cal_unit_calendar a on a.calendar_id = c.id and a.unit_id in (:units)
				where a.unit_id is not null or c.is_default = true
				""")
			.param("units", chain)
			.query((rs, n) -> new Row(rs.getObject(1, Long.class), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
			.list();
		Map<Long, Row> byUnit = new HashMap<>();
		@Nullable Row fallback = null;
		for (Row row : rows) {
			if (row.unitId() != null) {
				byUnit.put(row.unitId(), row);
			}
			if (row.isDefault()) {
				fallback = row;
			}
		}
		for (Long id : chain) {
			Row row = byUnit.get(id);
			if (row != null) {
				return new Resolution(row.calendarId(), row.version(), id);
			}
		}
		if (fallback == null) {
			throw DomainException.notFound("calendar.defaultMissing");
		}
		return new Resolution(fallback.calendarId(), fallback.version(), null);
	}

	// ------------------------------------------------------------------ calendars

	@Transactional(readOnly = true)
	List<CalendarView> list() {
		return calendars.findAllForList().stream().map(CalendarView::of).toList();
	}

	@Transactional
	CalendarView create(String code, CalendarSettings settings, boolean makeDefault) {
		if (calendars.existsByCode(code)) {
			throw DomainException.conflict("calendar.code.taken", code);
		}
		Instant now = clock.instant();
		WorkCalendar calendar = calendars.save(new WorkCalendar(code, settings, now));
		if (makeDefault) {
			becomeDefault(calendar, now);
		}
		calendars.flush();
		events.publishEvent(EntityChanged.of(CALENDAR, calendar.id(), "created", null, calendar.summary()));
		return CalendarView.of(calendar);
	}

	@Transactional
	CalendarView update(long calendarId, String code, CalendarSettings settings, @Nullable Boolean makeDefault) {
		WorkCalendar calendar = calendar(calendarId);
		calendar.requireCode(code);
		String before = calendar.summary();
		Instant now = clock.instant();
		calendar.change(settings, now);
		if (Boolean.TRUE.equals(makeDefault) && !calendar.isDefault()) {
			becomeDefault(calendar, now);
		}
		else if (Boolean.FALSE.equals(makeDefault) && calendar.isDefault()) {
			throw DomainException.invalidField("default", "calendar.default.required");
		}
		calendars.flush();
		times.evict(calendarId);
		events.publishEvent(EntityChanged.of(CALENDAR, calendarId, "updated", before, calendar.summary()));
		return CalendarView.of(calendar);
	}

	private void becomeDefault(WorkCalendar calendar, Instant now) {
		for (WorkCalendar other : calendars.findDefaults()) {
			if (other.id() != calendar.id()) {
				other.yieldDefault(now);
				events.publishEvent(EntityChanged.of(CALENDAR, other.id(), "updated", "default=true", "default=false"));
			}
		}
		calendar.makeDefault(now);
	}

	@Transactional
	DayInfo setDay(long calendarId, LocalDate date, @Nullable DayKind kind, @Nullable String name) {
		WorkCalendar calendar = calendar(calendarId);
		DayInfo before = calendar.toWorkingTime().day(date);
		calendar.setDay(date, kind, name, clock.instant());
		calendars.flush();
		times.evict(calendarId);
		DayInfo after = calendar.toWorkingTime().day(date);
		events.publishEvent(EntityChanged.of(CALENDAR_DAY, calendarId + "/" + date, "updated", describe(before),
				describe(after)));
		return after;
	}

	@Transactional
	YearImportResult importYear(long calendarId, YearArrangement arrangement) {
		WorkCalendar calendar = calendar(calendarId);
		replaceYear(calendar, arrangement);
		times.evict(calendarId);
		return new YearImportResult(arrangement.year(), arrangement.holidays().size(),
				arrangement.makeupWorkdays().size());
	}

	/** Used by the import endpoint and the seeder alike; the caller holds the transaction. */
	void replaceYear(WorkCalendar calendar, YearArrangement arrangement) {
		boolean existed = calendar.hasArrangement(arrangement.year());
		calendar.replaceYear(arrangement, clock.instant());
		calendars.flush();
		events.publishEvent(EntityChanged.of(CALENDAR_YEAR, calendar.id() + "/" + arrangement.year(),
				existed ? "replaced" : "imported", null, "holidays=" + arrangement.holidays().size()
						+ ", makeupWorkdays=" + arrangement.makeupWorkdays().size()));
	}

	private WorkCalendar calendar(long calendarId) {
		return calendars.findById(calendarId)
			.orElseThrow(() -> DomainException.notFound("calendar.notFound", String.valueOf(calendarId)));
	}

	private static String describe(DayInfo day) {
		return day.reason() + (day.name() == null ? "" : " " + day.name());
	}

	// ------------------------------------------------------------------ unit assignments

	/** The calendar a unit uses and where it comes from; 404 when the unit does not exist. */
	UnitCalendarView assignment(long unitId) {
		requireUnitExists(unitId);
		Resolution resolution = resolve(unitId);
		Long chosenBy = resolution.chosenByUnitId();
		if (chosenBy == null) {
			return new UnitCalendarView(unitId, resolution.calendarId(), null, UnitCalendarView.Source.DEFAULT);
		}
		if (chosenBy == unitId) {
			return new UnitCalendarView(unitId, resolution.calendarId(), null, UnitCalendarView.Source.UNIT);
		}
		return new UnitCalendarView(unitId, resolution.calendarId(), chosenBy, UnitCalendarView.Source.INHERITED);
	}

	/** Sets the unit's own calendar, or (null) lets it inherit again. */
	@Transactional
	UnitCalendarView assign(long unitId, @Nullable Long calendarId) {
		requireUnitExists(unitId);
		Instant now = clock.instant();
		var existing = assignments.findById(unitId);
		String before = existing.map(a -> "calendarId=" + a.calendarId()).orElse("inherited");
		if (calendarId == null) {
			existing.ifPresent(assignments::delete);
		}
		else {
			if (!calendars.existsById(calendarId)) {
				throw DomainException.invalidField("calendarId", "calendar.assignment.calendarNotFound",
						String.valueOf(calendarId));
			}
			existing.ifPresentOrElse(a -> a.use(calendarId, now),
					() -> assignments.save(new UnitCalendar(unitId, calendarId, now)));
		}
		assignments.flush();
		String after = calendarId == null ? "inherited" : "calendarId=" + calendarId;
		if (!before.equals(after)) {
			events.publishEvent(EntityChanged.of(UNIT_CALENDAR, unitId, calendarId == null ? "inherited" : "assigned",
					before, after));
		}
		return assignment(unitId);
	}

	private void requireUnitExists(long unitId) {
		if (organization.unit(unitId).isEmpty()) {
			throw DomainException.notFound("error.notFound");
		}
	}
}
