package io.jingxi.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit that sets its own calendar instead of inheriting its parent's. Units without a row inherit
 * from the nearest ancestor that has one, and the root falls back to the default calendar.
 */
@Entity
@Table(name = "cal_unit_calendar")
class UnitCalendar {

	@Id
	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "calendar_id")
	private long calendarId;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected UnitCalendar() {
		this.updatedAt = Instant.EPOCH;
	}

	UnitCalendar(long unitId, long calendarId, Instant now) {
		this.unitId = unitId;
		this.calendarId = calendarId;
		this.updatedAt = now;
	}

	void use(long calendarId, Instant now) {
		this.calendarId = calendarId;
		this.updatedAt = now;
	}

	long unitId() {
		return unitId;
	}

	long calendarId() {
		return calendarId;
	}
}
