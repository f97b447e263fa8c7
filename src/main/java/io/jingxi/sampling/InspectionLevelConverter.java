package io.jingxi.sampling;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an inspection level as the standard writes it (S-1, II). */
@Converter(autoApply = true)
class InspectionLevelConverter implements AttributeConverter<InspectionLevel, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable InspectionLevel level) {
		return level == null ? null : level.label();
	}

	@Override
	public @Nullable InspectionLevel convertToEntityAttribute(@Nullable String label) {
		return label == null ? null
				: InspectionLevel.of(label).orElseThrow(() -> new IllegalStateException("Unknown level " + label));
	}
}
