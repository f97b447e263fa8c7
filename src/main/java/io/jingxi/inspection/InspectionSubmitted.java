package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;

/** A visit was submitted and scored: its unit, kind, the standard version and the total on 100. */
public record InspectionSubmitted(long visitId, long unitId, InspectionKind kind, long versionId, BigDecimal total,
		Instant submittedAt) {
}
