package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An open notice's deadline passed without a fix submitted. Once per notice. */
public record RectificationOverdue(long noticeId, String number, long unitId, @Nullable Long responsiblePersonId,
		Instant deadline, Instant overdueAt) {
}
