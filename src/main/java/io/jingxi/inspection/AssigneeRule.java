package io.jingxi.inspection;

/** Who a plan's generated visit is assigned to: the visit's inspector. */
public enum AssigneeRule {

	/** One named person for every visit. */
	NAMED,
	/** The visited unit's own manager (else another account of that unit the kind's rule allows): self-checks. */
	UNIT_OWN,
	/**
	 * The people of a pool in turn, skipping those the kind's rule refuses for the unit: mystery
	 * shoppers in rotation, or for a cross-inspection an inspector of another unit.
	 */
	ROTATION
}
