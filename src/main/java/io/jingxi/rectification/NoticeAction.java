package io.jingxi.rectification;

/** What happened to a notice, as its timeline shows it. */
public enum NoticeAction {

	/** The notice was opened from a finding. */
	OPENED,
	/** The owner submitted the fix. */
	SUBMITTED,
	/** The verifier rejected the fix, with the reason; the notice is open again. */
	REJECTED,
	/** The verifier accepted the fix and closed the notice. */
	ACCEPTED,
	/** The finding was overturned and the notice cancelled. */
	CANCELLED,
	/** The deadline is near: the owner was warned. */
	DUE_SOON,
	/** The deadline passed without a fix submitted. */
	OVERDUE,
	/** The overdue notice went one level up the unit tree. */
	ESCALATED
}
