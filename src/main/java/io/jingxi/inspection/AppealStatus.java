package io.jingxi.inspection;

/** Where an appeal stands. */
public enum AppealStatus {

	/** Filed by the visited unit, waiting for a quality manager. */
	OPEN,
	/** Upheld: the finding is overturned and its points restored. */
	UPHELD,
	/** Rejected: the finding stands. */
	REJECTED
}
