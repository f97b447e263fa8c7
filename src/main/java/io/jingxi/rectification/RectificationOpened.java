package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A finding opened a rectification notice: its number, the finding and visit, the unit and clause, the
 * responsible person (null when the unit has no manager), the deadline, the ladder step the lapse
 * reached and the policy version that set them.
 */
public record RectificationOpened(long noticeId, String number, long findingId, long visitId, long unitId,
		String clause, @Nullable Long responsiblePersonId, Instant deadline, LadderStep step, int policyVersion,
		Instant openedAt) {
}
