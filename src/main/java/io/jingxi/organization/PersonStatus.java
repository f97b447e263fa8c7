package io.jingxi.organization;

/** Where a person stands with the organisation. */
public enum PersonStatus {

	/** 在岗: at work in their unit. */
	ACTIVE,

	/** 休假: on leave, still a member of their unit. */
	ON_LEAVE,

	/** 离职: has left; kept for history, no longer counted in the unit. */
	LEFT;

	/** Whether the person still counts as a member of their unit. */
	public boolean inService() {
		return this != LEFT;
	}
}
