package io.jingxi.standard;

/** Where an import of a checklist stands. */
enum ImportStatus {

	/** Still checking rows or writing the draft. */
	RUNNING,

	/** Every row is valid (and, for a commit, the draft was made). */
	SUCCEEDED,

	/** Some row is invalid or the job broke down; nothing was written. */
	FAILED
}
