package io.jingxi.calendar;

import java.util.regex.Pattern;

import io.jingxi.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 营业时段: one business-hour interval of a working day, in minutes after local midnight, start
 * included and end excluded. The end may be 1440 (24:00) so that a day can run until midnight.
 */
@Embeddable
record BusinessHours(@Column(name = "start_minute") int startMinute, @Column(name = "end_minute") int endMinute) {

	static final int DAY = 24 * 60;

	static final BusinessHours WHOLE_DAY = new BusinessHours(0, DAY);

	/** HH:mm from 00:00 to 23:59, or 24:00. */
	static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

	BusinessHours {
		if (startMinute < 0 || endMinute > DAY || startMinute >= endMinute) {
			throw DomainException.invalidField("hours", "calendar.hours.startNotBeforeEnd", format(startMinute),
					format(endMinute));
		}
	}

	/** Parses HH:mm texts; the field names the request field in errors (hours[1].end). */
	static BusinessHours parse(String start, String end, String field) {
		return new BusinessHours(minutes(start, field + ".start"), minutes(end, field + ".end"));
	}

	static int minutes(String text, String field) {
		if (!TIME.matcher(text).matches()) {
			throw DomainException.invalidField(field, "calendar.hours.format", text);
		}
		return Integer.parseInt(text.substring(0, 2)) * 60 + Integer.parseInt(text.substring(3));
	}

	static String format(int minutes) {
		return String.format("%02d:%02d", minutes / 60, minutes % 60);
	}

	String start() {
		return format(startMinute);
	}

	String end() {
		return format(endMinute);
	}

	int length() {
		return endMinute - startMinute;
	}

	boolean overlaps(BusinessHours other) {
		return startMinute < other.endMinute && other.startMinute < endMinute;
	}

	@Override
	public String toString() {
		return start() + "-" + end();
	}
}
