package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An open notice's deadline is within the policy's warning time: the owner should be reminded. Once per notice. */
public record RectificationDueSoon(long noticeId, String number, long unitId, @Nullable Long responsiblePersonId,
		Instant deadline, Instant warnedAt) {
}
