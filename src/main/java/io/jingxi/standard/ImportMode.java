package io.jingxi.standard;

/** Whether an import of a checklist only checks the file or also makes the draft. */
enum ImportMode {

	/** Checks every row and reports every problem; writes nothing. */
	DRY_RUN,

	/** Checks every row the same way; makes the draft only when no row has a problem. */
	COMMIT
}
