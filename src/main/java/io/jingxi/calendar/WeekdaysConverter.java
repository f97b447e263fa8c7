package io.jingxi.calendar;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores working weekdays as MONDAY,TUESDAY,… in one column: readable, and never queried by day. */
@Converter
class WeekdaysConverter implements AttributeConverter<Set<DayOfWeek>, String> {

	@Override
	public String convertToDatabaseColumn(Set<DayOfWeek> days) {
		return EnumSet.copyOf(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days).stream()
			.map(DayOfWeek::name)
			.collect(Collectors.joining(","));
	}

	@Override
	public Set<DayOfWeek> convertToEntityAttribute(String value) {
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(DayOfWeek::valueOf)
			.forEach(days::add);
		return Collections.unmodifiableSet(days);
	}
}
