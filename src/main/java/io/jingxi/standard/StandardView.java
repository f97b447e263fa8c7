package io.jingxi.standard;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A standard as the API lists it: code, name, where it came from (industry and template), its
 * current published version, its open draft and the last version number given out.
 */
record StandardView(long id, String code, String name, @Nullable String description, @Nullable String industry,
		@Nullable String templateKey, @Nullable Long currentVersionId, @Nullable Integer currentVersionNumber,
		@Nullable Integer draftVersionNumber, int lastVersionNumber, Instant createdAt, Instant updatedAt) {

	static StandardView of(Standard standard) {
		return new StandardView(standard.id(), standard.getCode(), standard.getName(), standard.getDescription(),
				standard.getIndustry(), standard.getTemplateKey(), standard.getCurrentVersionId(),
				standard.getCurrentVersionNumber(), standard.getDraftVersionNumber(), standard.getLastVersionNumber(),
				standard.getCreatedAt(), standard.getUpdatedAt());
	}
}
