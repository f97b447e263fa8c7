package io.jingxi.inspection;

import java.util.List;
import java.util.Optional;

/**
 * The inspection module's façade for other modules: the findings of submitted visits, read as the
 * system (rectification opens notices from them), not narrowed by the current user.
 */
public interface InspectionApi {

	Optional<FindingSummary> finding(long findingId);

	List<FindingSummary> findingsOfVisit(long visitId);

	/**
	 * The evidence photos of a finding (the photos of its item on its visit), which stay with it for
	 * good; served by {@code GET /api/v1/inspections/{visitId}/photos/{photoId}} and
	 * {@code …/thumbnail} to whoever may see the visit. Empty for an unknown finding.
	 */
	List<EvidencePhotoView> findingEvidence(long findingId);

	/** The weights by which the kinds of inspection count when a unit's visits are combined, and their version. */
	KindWeights kindWeights();
}
