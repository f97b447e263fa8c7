package io.jingxi.inspection;

/**
 * A visit is answered as a DRAFT, then SUBMITTED and never changed again except through a quality
 * manager's recorded amendment, after which it is AMENDED.
 */
public enum VisitStatus {

	/** Being answered by its inspector; invisible to others for a mystery shopper's visit. */
	DRAFT,
	/** Scored and closed. */
	SUBMITTED,
	/** Submitted, then corrected by at least one recorded amendment (更正). */
	AMENDED
}
