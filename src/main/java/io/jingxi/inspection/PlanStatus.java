package io.jingxi.inspection;

/** Whether a plan generates visits. */
public enum PlanStatus {

	/** Generates its visits period by period. */
	ACTIVE,
	/** Generates nothing until resumed; visits already generated stay. */
	PAUSED
}
