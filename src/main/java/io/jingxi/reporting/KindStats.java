package io.jingxi.reporting;

import java.math.BigDecimal;

import io.jingxi.inspection.InspectionKind;

/** A unit's counted visits of one kind in a period and the sum of their totals: a row of the pre-aggregate. */
record KindStats(InspectionKind kind, int visits, BigDecimal totalSum) {

	KindStats {
		if (visits < 0) {
			throw new IllegalArgumentException("A negative visit count for " + kind);
		}
	}
}
