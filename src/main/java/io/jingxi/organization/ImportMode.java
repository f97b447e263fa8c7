package io.jingxi.organization;

/** Whether an import only checks the file or also writes it. */
enum ImportMode {

	/** Checks every row and reports every problem; writes nothing. */
	DRY_RUN,

	/** Checks every row the same way; writes all rows in one transaction only when none has a problem. */
	COMMIT
}
