package io.jingxi.rectification;

import java.time.Instant;

/** A notice was cancelled because its finding was overturned (appeal upheld or amendment). */
public record RectificationCancelled(long noticeId, String number, long findingId, long unitId,
		Instant cancelledAt) {
}
