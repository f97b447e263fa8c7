package io.jingxi.inspection;

import java.math.BigDecimal;

/**
 * One kind's rule as the settings page shows it: the permission needed, the units it may visit,
 * whether it is done only on assignment, and its weight.
 */
public record KindRuleView(InspectionKind kind, String permission, UnitRule unitRule, boolean assignedOnly,
		BigDecimal weight) {
}
