package io.jingxi.rectification;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.jingxi.inspection.InspectionKind;

/**
 * A notice as the list shows it: number, unit, the lapse (clause, item, points), who is responsible,
 * the deadline and where it stands. Never who did the visit.
 */
public record RectificationView(long id, String number, long unitId, String unitName, InspectionKind kind,
		String clause, String itemText, BigDecimal pointsLost, boolean critical, RectificationStatus status,
		@Nullable Long responsiblePersonId, @Nullable String responsibleName, Instant openedAt, Instant deadline,
		boolean dueSoon, boolean overdue, int rejections, int escalationLevel, LadderStep step) {
}
