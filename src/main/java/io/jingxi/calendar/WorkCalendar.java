package io.jingxi.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 工作日历: a working calendar — its time zone, working weekdays, business hours (one or more
 * intervals a day) or 24×7, and its special days: holidays (节假日) and make-up working days (调休).
 * It guards its own rules: settings are validated as a whole ({@link CalendarSettings}), a date is at
 * most one of holiday and make-up day, a make-up day falls on a weekday that is normally off, a 24×7
 * calendar has no special days, and the code never changes (the seeder and integrations know
 * calendars by code). Every change bumps the version, which the working-time cache compares.
 */
@Entity
@Table(name = "cal_calendar")
class WorkCalendar {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cal_calendar_seq")
	@SequenceGenerator(name = "cal_calendar_seq", sequenceName = "cal_calendar_seq", allocationSize = 50)
	private @Nullable Long id;

	private String code;

	private String name;

	@Column(name = "time_zone")
	private String timeZone;

	@Convert(converter = WeekdaysConverter.class)
	@Column(name = "working_weekdays")
	private Set<DayOfWeek> workingWeekdays;

	@Column(name = "all_day")
	private boolean allDay;

	@Column(name = "is_default")
	private boolean defaultCalendar;

	@ElementCollection
	@CollectionTable(name = "cal_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
	@OrderColumn(name = "slot")
	private List<BusinessHours> hours = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "cal_day", joinColumns = @JoinColumn(name = "calendar_id"))
	@MapKeyColumn(name = "on_date")
	private Map<LocalDate, SpecialDay> days = new HashMap<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected WorkCalendar() {
		this.code = "";
		this.name = "";
		this.timeZone = CalendarSettings.DEFAULT_ZONE;
		this.workingWeekdays = EnumSet.noneOf(DayOfWeek.class);
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	WorkCalendar(String code, CalendarSettings settings, Instant now) {
		this();
		if (!CODE.matcher(code).matches()) {
			throw DomainException.invalidField("code", "calendar.code.invalid");
		}
		this.code = code;
		this.createdAt = now;
		apply(settings, now);
	}

	void change(CalendarSettings settings, Instant now) {
		apply(settings, now);
	}

	private void apply(CalendarSettings settings, Instant now) {
		this.name = settings.name();
		this.timeZone = settings.zone().getId();
		this.workingWeekdays = settings.weekdays();
		this.allDay = settings.allDay();
		this.hours.clear();
		this.hours.addAll(settings.hours());
		this.updatedAt = now;
	}

	/** Refuses a code other than the calendar's own: codes are fixed once created. */
	void requireCode(String requested) {
		if (!code.equals(requested)) {
			throw DomainException.invalidField("code", "calendar.code.immutable");
		}
	}

	void makeDefault(Instant now) {
		this.defaultCalendar = true;
		this.updatedAt = now;
	}

	/** Only happens when another calendar becomes the default: there is always one. */
	void yieldDefault(Instant now) {
		this.defaultCalendar = false;
		this.updatedAt = now;
	}

	/**
	 * Makes a date a holiday or a make-up working day, or (kind null) an ordinary day again. A date
	 * keeps the arrangement year it was imported with, so re-importing that year replaces the edit.
	 */
	void setDay(LocalDate date, @Nullable DayKind kind, @Nullable String dayName, Instant now) {
		if (allDay) {
			throw DomainException.invalid("calendar.allDay.noSpecialDays");
		}
		if (date.getYear() < YearArrangement.MIN_YEAR || date.getYear() > YearArrangement.MAX_YEAR) {
			throw DomainException.invalidField("date", "calendar.day.outOfRange",
					String.valueOf(YearArrangement.MIN_YEAR), String.valueOf(YearArrangement.MAX_YEAR));
		}
		if (kind == null) {
			days.remove(date);
			this.updatedAt = now;
			return;
		}
		if (dayName == null || dayName.isBlank()) {
			throw DomainException.invalidField("name", "calendar.day.nameRequired");
		}
		if (dayName.strip().length() > SpecialDay.MAX_NAME) {
			throw DomainException.invalidField("name", "calendar.day.nameTooLong", String.valueOf(SpecialDay.MAX_NAME));
		}
		if (kind == DayKind.MAKEUP_WORKDAY && workingWeekdays.contains(date.getDayOfWeek())) {
			throw DomainException.invalidField("kind", "calendar.day.makeupOnWorkingWeekday", date.toString());
		}
		SpecialDay existing = days.get(date);
		int year = existing == null ? date.getYear() : existing.arrangementYear();
		days.put(date, new SpecialDay(kind, dayName.strip(), year));
		this.updatedAt = now;
	}

	/**
	 * Replaces the holidays and make-up days of one arrangement year with the given ones, all or
	 * nothing: every conflict (a make-up day on a working weekday, a date already taken by another
	 * year's arrangement) is listed and nothing changes.
	 */
	void replaceYear(YearArrangement arrangement, Instant now) {
		if (allDay) {
			throw DomainException.invalid("calendar.allDay.noSpecialDays");
		}
		List<FieldProblem> problems = new ArrayList<>();
		checkEntries(arrangement, arrangement.holidays(), "holidays", problems);
		checkEntries(arrangement, arrangement.makeupWorkdays(), "makeupWorkdays", problems);
		for (int i = 0; i < arrangement.makeupWorkdays().size(); i++) {
			LocalDate date = arrangement.makeupWorkdays().get(i).date();
			if (workingWeekdays.contains(date.getDayOfWeek())) {
				problems.add(new FieldProblem("makeupWorkdays[" + i + "].date", "calendar.day.makeupOnWorkingWeekday",
						date.toString()));
			}
		}
		if (!problems.isEmpty()) {
			throw Problems.invalid("calendar.import.invalid", problems);
		}
		List<LocalDate> previous = days.entrySet().stream()
			.filter(e -> e.getValue().arrangementYear() == arrangement.year())
			.map(Map.Entry::getKey)
			.toList();
		previous.forEach(days::remove);
		arrangement.holidays()
			.forEach(e -> days.put(e.date(), new SpecialDay(DayKind.HOLIDAY, e.name(), arrangement.year())));
		arrangement.makeupWorkdays()
			.forEach(e -> days.put(e.date(), new SpecialDay(DayKind.MAKEUP_WORKDAY, e.name(), arrangement.year())));
		this.updatedAt = now;
	}

	private void checkEntries(YearArrangement arrangement, List<YearArrangement.Entry> entries, String field,
			List<FieldProblem> problems) {
		for (int i = 0; i < entries.size(); i++) {
			LocalDate date = entries.get(i).date();
			SpecialDay existing = days.get(date);
			if (existing != null && existing.arrangementYear() != arrangement.year()) {
				problems.add(new FieldProblem(field + "[" + i + "].date", "calendar.import.dateOfOtherYear",
						date.toString(), String.valueOf(existing.arrangementYear())));
			}
		}
	}

	boolean hasArrangement(int year) {
		return days.values().stream().anyMatch(d -> d.arrangementYear() == year);
	}

	/** A snapshot for arithmetic, detached from the persistence context. */
	WorkingTime toWorkingTime() {
		return new WorkingTime(ZoneId.of(timeZone), workingWeekdays, hours, allDay, days);
	}

	String summary() {
		return "code=" + code + ", name=" + name + ", timeZone=" + timeZone + ", weekdays=" + workingWeekdays
				+ ", hours=" + hours + ", allDay=" + allDay + ", default=" + defaultCalendar;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Calendar not saved yet");
		}
		return id;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	ZoneId zone() {
		return ZoneId.of(timeZone);
	}

	Set<DayOfWeek> workingWeekdays() {
		return workingWeekdays;
	}

	List<BusinessHours> hours() {
		return List.copyOf(hours);
	}

	boolean allDay() {
		return allDay;
	}

	boolean isDefault() {
		return defaultCalendar;
	}

	long version() {
		return version;
	}

	int specialDayCount() {
		return days.size();
	}
}
