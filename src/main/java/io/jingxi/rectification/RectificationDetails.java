package io.jingxi.rectification;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A notice with everything its page and its print show: the organisation's name, the finding and its
 * visit, the fix as last submitted, the ladder and the policy version, escalations, the timeline, and
 * what the reader may do with it now.
 */
public record RectificationDetails(RectificationView notice, @Nullable String organisationName, long findingId,
		long visitId, @Nullable String findingNote, Instant recordedAt, @Nullable Instant submittedAt,
		@Nullable String fixDescription, int submissions, @Nullable Instant closedAt, @Nullable Instant cancelledAt,
		int unitOccurrence, @Nullable Integer personOccurrence, String policyCode, int policyVersion,
		List<NoticeEscalationView> escalations, List<NoticeTimelineEntry> timeline, boolean canSubmit, boolean canVerify) {

	public RectificationDetails {
		escalations = List.copyOf(escalations);
		timeline = List.copyOf(timeline);
	}

	/** One escalation: the level, the unit reached and its manager. */
	public record NoticeEscalationView(int level, long unitId, String unitName, @Nullable String personName,
			Instant escalatedAt) {
	}

	/** One entry of the timeline; {@code actorName} is null when the system acted. */
	public record NoticeTimelineEntry(NoticeAction action, Instant at, @Nullable String actorName, @Nullable String note) {
	}
}
