package io.jingxi.standard;

/** Where a version of a standard stands. */
public enum VersionStatus {

	/** Being written: sections and items may still change; never used to score a visit. */
	DRAFT,

	/** In force and immutable; the highest-numbered published version is the standard's current one. */
	PUBLISHED,

	/** Withdrawn by an explicit command: still readable, and results scored against it keep it. */
	RETIRED
}
