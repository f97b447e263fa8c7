package io.jingxi.inspection;

import java.math.BigDecimal;

/** A submitted visit failed an item: the finding, its visit, unit, item, clause and the points lost. */
public record FindingRecorded(long findingId, long visitId, long unitId, long itemId, String clause,
		BigDecimal pointsLost) {
}
