package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An overdue notice went one level up the unit tree: level 1 is the parent unit, level 2 its parent
 * and so on; {@code toPersonId} is that unit's manager (null when it has none). Once per level.
 */
public record RectificationEscalated(long noticeId, String number, long unitId, int level, long toUnitId,
		@Nullable Long toPersonId, Instant escalatedAt) {
}
