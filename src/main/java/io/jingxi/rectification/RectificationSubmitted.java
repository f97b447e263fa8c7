package io.jingxi.rectification;

import java.time.Instant;

/** The owner submitted a notice's fix (the n-th submission); the verifier is to accept or reject it. */
public record RectificationSubmitted(long noticeId, String number, long unitId, int submission,
		Instant submittedAt) {
}
