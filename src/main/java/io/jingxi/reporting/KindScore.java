package io.jingxi.reporting;

import java.math.BigDecimal;

import io.jingxi.inspection.InspectionKind;

/**
 * One kind's part in a unit's period score, so a reader can ask "why this number": how many visits of
 * that kind counted, their average total on 100 and the weight the kind had (0: shown but left out).
 */
public record KindScore(InspectionKind kind, int visits, BigDecimal average, BigDecimal weight) {
}
