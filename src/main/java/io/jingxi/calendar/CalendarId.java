package io.jingxi.calendar;

/** The id of a working calendar, as other modules hold it. */
public record CalendarId(long value) {

	public CalendarId {
		if (value <= 0) {
			throw new IllegalArgumentException("A calendar id is positive, got " + value);
		}
	}

	public static CalendarId of(long value) {
		return new CalendarId(value);
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
