package io.jingxi.calendar;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.shared.Actors;

/**
 * Which calendar a unit uses. Units are scoped data: a unit outside the actor's data scope answers 404
 * as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/units/{unitId}/calendar")
class UnitCalendarController {

	private final CalendarService calendars;

	private final Actors actors;

	UnitCalendarController(CalendarService calendars, Actors actors) {
		this.calendars = calendars;
		this.actors = actors;
	}

	/** The unit's own calendar, or null to inherit from the parent unit again. */
	record AssignmentRequest(@Nullable Long calendarId) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('calendar:read')")
	UnitCalendarView get(@PathVariable long unitId) {
		actors.requireUnit(unitId);
		return calendars.assignment(unitId);
	}

	@PutMapping
	@PreAuthorize("hasAuthority('calendar:write')")
	UnitCalendarView put(@PathVariable long unitId, @RequestBody AssignmentRequest request) {
		actors.requireUnit(unitId);
		return calendars.assign(unitId, request.calendarId());
	}
}
