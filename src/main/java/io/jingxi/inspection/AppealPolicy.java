package io.jingxi.inspection;

import java.time.Instant;

import io.jingxi.calendar.CalendarApi;
import io.jingxi.calendar.WorkingDuration;
import io.jingxi.shared.DomainException;

/**
 * The appeal window (申诉期限), a rule the organisation writes: a visited unit may appeal a finding
 * within {@code workingDays} working days (of the unit's calendar) after the visit's result counts.
 * Each change is a new version; every appeal records the version that gave it its deadline.
 */
record AppealPolicy(int version, int workingDays) {

	static final String NAME = "AppealPolicy";

	static final int MAX_DAYS = 60;

	AppealPolicy {
		if (version < 1) {
			throw new IllegalArgumentException("An appeal policy version starts at 1");
		}
		if (workingDays < 1 || workingDays > MAX_DAYS) {
			throw DomainException.invalidField("workingDays", "inspection.appealPolicy.days", 1, MAX_DAYS);
		}
	}

	/** The last instant an appeal is accepted: the end of the n-th working day after the day of {@code from}. */
	Instant deadline(CalendarApi calendar, long unitId, Instant from) {
		return calendar.deadline(unitId, from, WorkingDuration.workingDays(workingDays));
	}
}
