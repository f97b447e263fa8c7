package io.jingxi.calendar;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link DayKind} as its name in a varchar column (portable between H2 and PostgreSQL). */
@Converter
class DayKindConverter implements AttributeConverter<DayKind, String> {

	@Override
	public String convertToDatabaseColumn(DayKind kind) {
		return kind.name();
	}

	@Override
	public DayKind convertToEntityAttribute(String value) {
		return DayKind.valueOf(value);
	}
}
