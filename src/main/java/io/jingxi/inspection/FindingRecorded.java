package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A visit failed an item, and the finding counts: the finding, its visit, unit and kind, the item with
 * its clause and text, the points lost, whether the item is critical, the inspector's note, the person
 * the inspector named as responsible (if any) and the inspector's user, who verifies the fix.
 * {@code recordedAt} is when the finding counts: its visit's submission, or for a hidden visit the
 * publication of its result. Raised again with the new values when an amendment changes a standing
 * finding's points, note or responsible person; listeners treat it as an upsert by {@code findingId}.
 */
public record FindingRecorded(long findingId, long visitId, long unitId, InspectionKind kind, long itemId,
		String clause, String itemText, BigDecimal pointsLost, boolean critical, @Nullable String note,
		@Nullable Long personId, long inspectorUserId, Instant recordedAt) {
}
