package io.jingxi.rectification;

import java.time.Instant;

/**
 * The verifier accepted a notice's fix and closed it; {@code overdue} says whether it had run past its
 * deadline, {@code rejections} how often a fix was sent back first.
 */
public record RectificationClosed(long noticeId, String number, long findingId, long unitId, boolean overdue,
		int rejections, Instant closedAt) {
}
