package io.jingxi.rectification;

/** Which findings open a rectification notice. */
public enum FindingSelection {

	/** Every failed item. */
	ALL_FAILED,
	/** Only failed critical items. */
	CRITICAL_ONLY,
	/** Failed items that lost at least the policy's number of points. */
	POINTS_AT_LEAST
}
