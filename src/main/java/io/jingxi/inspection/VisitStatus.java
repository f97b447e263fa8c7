package io.jingxi.inspection;

/** A visit is answered as a DRAFT, then SUBMITTED and never changed again (AMENDED comes later). */
public enum VisitStatus {

	DRAFT,
	SUBMITTED,
	AMENDED
}
