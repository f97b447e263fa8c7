package io.jingxi.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.ObjectMapper;

/** Working calendars, their days, year imports and deadline arithmetic (organisation-wide reference data). */
@RestController
@RequestMapping("/api/v1/calendars")
class CalendarController {

	private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d|24:00";

	private final CalendarService calendars;

	private final ObjectMapper json;

	CalendarController(CalendarService calendars, ObjectMapper json) {
		this.calendars = calendars;
		this.json = json;
	}

	/** A calendar to create or change; {@code default} true makes it the organisation's default. */
	record CalendarRequest(@Nullable Long id,
			@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*", message = "{calendar.code.invalid}") String code,
			@NotBlank @Size(max = CalendarSettings.MAX_NAME) String name, @Nullable @Size(max = 64) String timeZone,
			@Nullable List<@NotNull String> workingWeekdays, @Nullable List<@NotNull @Valid HoursRequest> hours,
			@Nullable Boolean allDay, @JsonProperty("default") @Nullable Boolean defaultCalendar) {

		CalendarSettings settings() {
			return CalendarSettings.parse(name, timeZone, workingWeekdays,
					hours == null ? null : hours.stream().map(h -> new CalendarSettings.Interval(h.start(), h.end())).toList(),
					Boolean.TRUE.equals(allDay));
		}
	}

	/** One business-hour interval, HH:mm; the end may be 24:00. */
	record HoursRequest(@NotBlank @Pattern(regexp = TIME, message = "{calendar.hours.timeFormat}") String start,
			@NotBlank @Pattern(regexp = TIME, message = "{calendar.hours.timeFormat}") String end) {
	}

	/** HOLIDAY or MAKEUP_WORKDAY with a name, or NORMAL to make the date an ordinary day again. */
	record DayRequest(
			@Schema(allowableValues = { "HOLIDAY", "MAKEUP_WORKDAY", "NORMAL" })
			@NotBlank @Pattern(regexp = "HOLIDAY|MAKEUP_WORKDAY|NORMAL", message = "{calendar.day.kindInvalid}") String kind,
			@Nullable @Size(max = SpecialDay.MAX_NAME) String name) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('calendar:read')")
	List<CalendarView> list() {
		return calendars.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('calendar:write')")
	CalendarView create(@Valid @RequestBody CalendarRequest request) {
		return calendars.create(request.code(), request.settings(), Boolean.TRUE.equals(request.defaultCalendar()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('calendar:write')")
	CalendarView update(@PathVariable long id, @Valid @RequestBody CalendarRequest request) {
		return calendars.update(id, request.code(), request.settings(), request.defaultCalendar());
	}

	@GetMapping("/{id}/days")
	@PreAuthorize("hasAuthority('calendar:read')")
	List<DayInfo> days(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return calendars.days(id, from, to);
	}

	@PutMapping("/{id}/days/{date}")
	@PreAuthorize("hasAuthority('calendar:write')")
	DayInfo setDay(@PathVariable long id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody DayRequest request) {
		DayKind kind = request.kind().equals("NORMAL") ? null : DayKind.valueOf(request.kind());
		return calendars.setDay(id, date, kind, request.name());
	}

	/** Replaces one year's holidays and make-up days; the body is read here so that every problem is listed. */
	@PostMapping(path = "/{id}/years", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('calendar:write')")
	YearImportResult importYear(@PathVariable long id, @RequestBody String body) {
		return calendars.importYear(id, YearArrangement.parse(body, json));
	}

	@GetMapping("/{id}/deadline")
	@PreAuthorize("hasAuthority('calendar:read')")
	Map<String, String> deadline(@PathVariable long id, @RequestParam String from,
			@RequestParam(required = false) @Nullable Integer workingDays,
			@RequestParam(required = false) @Nullable Integer workingHours,
			@RequestParam(required = false) @Nullable Integer calendarHours) {
		WorkingDuration duration = duration(workingDays, workingHours, calendarHours);
		var deadline = calendars.deadlineInZone(id, instant("from", from), duration);
		return Map.of("deadline", deadline.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
	}

	@GetMapping("/{id}/elapsed")
	@PreAuthorize("hasAuthority('calendar:read')")
	Map<String, Long> elapsed(@PathVariable long id, @RequestParam String from, @RequestParam String to) {
		return Map.of("workingMinutes",
				calendars.workingMinutesBetween(CalendarId.of(id), instant("from", from), instant("to", to)));
	}

	/** Exactly one of the three parameters; otherwise a 400 that names them. */
	static WorkingDuration duration(@Nullable Integer workingDays, @Nullable Integer workingHours,
			@Nullable Integer calendarHours) {
		List<String> given = new ArrayList<>();
		if (workingDays != null) {
			given.add("workingDays");
		}
		if (workingHours != null) {
			given.add("workingHours");
		}
		if (calendarHours != null) {
			given.add("calendarHours");
		}
		if (given.size() != 1) {
			List<String> named = given.isEmpty() ? List.of("workingDays", "workingHours", "calendarHours") : given;
			throw Problems.invalid("calendar.duration.exactlyOne",
					named.stream().map(p -> new FieldProblem(p, "calendar.duration.exactlyOneField")).toList());
		}
		if (workingDays != null) {
			return WorkingDuration.workingDays(workingDays);
		}
		if (workingHours != null) {
			return WorkingDuration.workingHours(workingHours);
		}
		return WorkingDuration.calendarHours(calendarHours == null ? 0 : calendarHours);
	}

	/**
	 * An ISO-8601 instant with offset. A '+' written unencoded in a query string arrives as a space,
	 * so a space where the offset's sign belongs is read as '+'.
	 */
	static Instant instant(String parameter, String text) {
		String value = text.strip();
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			int space = text.lastIndexOf(' ');
			if (space > 0) {
				try {
					return OffsetDateTime.parse(text.substring(0, space) + "+" + text.substring(space + 1)).toInstant();
				}
				catch (DateTimeParseException ignored) {
					// reported below
				}
			}
			throw DomainException.invalidField(parameter, "calendar.instant.invalid", text);
		}
	}
}
