package io.jingxi.rectification;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.inspection.EvidencePhotoView;

/**
 * A notice with everything its page and its print show: the organisation's name, the finding and its
 * visit with the inspector's evidence photos (served by the inspection module under
 * {@code /api/v1/inspections/{visitId}/photos/{id}}), the fix as last submitted and the photos of every
 * submission, the ladder and the policy version, escalations, the timeline, and
 * what the reader may do with it now.
 */
public record RectificationDetails(RectificationView notice, @Nullable String organisationName, long findingId,
		long visitId, @Nullable String findingNote, Instant recordedAt, @Nullable Instant submittedAt,
		@Nullable String fixDescription, int submissions, @Nullable Instant closedAt, @Nullable Instant cancelledAt,
		int unitOccurrence, @Nullable Integer personOccurrence, String policyCode, int policyVersion,
		List<EvidencePhotoView> findingPhotos, List<FixPhotoView> fixPhotos, List<NoticeEscalationView> escalations,
		List<NoticeTimelineEntry> timeline, boolean canSubmit, boolean canVerify) {

	public RectificationDetails {
		findingPhotos = List.copyOf(findingPhotos);
		fixPhotos = List.copyOf(fixPhotos);
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
