package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A visit's result counts from now on: its unit, kind, the standard version, the total on 100 and each
 * section's score. Raised when the visit is submitted, or, for a visit hidden from the visited unit
 * (a mystery shopper's, an unannounced one), when its result is published.
 */
public record InspectionSubmitted(long visitId, long unitId, InspectionKind kind, long standardId, long versionId,
		BigDecimal total, List<SectionResult> sections, LocalDate plannedDate, Instant submittedAt) {

	public InspectionSubmitted {
		sections = List.copyOf(sections);
	}

	/** A section's score on 100 (null when none of its items counted) and how many of its items failed. */
	public record SectionResult(long sectionId, String name, @Nullable BigDecimal score, int failedItems) {
	}
}
