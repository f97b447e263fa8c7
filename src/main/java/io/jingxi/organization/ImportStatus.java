package io.jingxi.organization;

/** Where an import job stands. */
enum ImportStatus {

	/** Still checking or writing rows. */
	RUNNING,

	/** Every row is valid (and, for a commit, written). */
	SUCCEEDED,

	/** Some row is invalid or the job broke down; nothing was written. */
	FAILED
}
