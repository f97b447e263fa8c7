package io.jingxi.rectification;

import java.time.Instant;

/** The verifier rejected a notice's fix with a reason; the notice is open again (the n-th rejection). */
public record RectificationRejected(long noticeId, String number, long unitId, String reason, int rejections,
		Instant rejectedAt) {
}
