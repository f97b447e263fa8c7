package io.jingxi.inspection;

/** Which units a kind of inspection may visit, seen from the person who conducts it. */
public enum UnitRule {

	/** Units inside the conductor's data scope (supervisor, company and spot checks). */
	IN_SCOPE,
	/** The conductor's own unit and the units below it (self-inspection). */
	OWN_UNIT,
	/** Any unit but the conductor's own, those below it and those above it (cross-inspection). */
	OTHER_UNIT,
	/** Any unit of the organisation (mystery shoppers, external supervisors and third parties on assignment). */
	ANY_UNIT
}
