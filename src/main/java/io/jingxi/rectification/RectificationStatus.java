package io.jingxi.rectification;

/** Where a rectification notice stands. A rejected fix sends the notice back to {@link #OPEN}. */
public enum RectificationStatus {

	/** Waiting for the unit to fix the lapse and say what was done. */
	OPEN,
	/** The owner submitted the fix; waiting for the verifier to accept or reject it. */
	SUBMITTED,
	/** The verifier accepted the fix: the loop is closed (闭环). */
	CLOSED,
	/** The finding was overturned (appeal upheld or amendment): nothing is left to fix. */
	CANCELLED;

	/** Whether the notice still asks something of somebody. */
	public boolean active() {
		return this == OPEN || this == SUBMITTED;
	}
}
