package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.jingxi.inspection.InspectionSubmitted.SectionResult;

/**
 * A counted visit's score changed after the fact (an overturned finding, a recorded amendment): the
 * new total and section scores replace those of {@link InspectionSubmitted} for the same visit.
 */
public record InspectionScoreChanged(long visitId, long unitId, InspectionKind kind, BigDecimal previousTotal,
		BigDecimal total, List<SectionResult> sections, Instant changedAt) {

	public InspectionScoreChanged {
		sections = List.copyOf(sections);
	}
}
