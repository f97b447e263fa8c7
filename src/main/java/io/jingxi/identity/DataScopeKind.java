package io.jingxi.identity;

/** How far a role's view of the organisation reaches. */
public enum DataScopeKind {
	/** Only the user's own person record and what they own. */
	SELF,
	/** The user's own unit. */
	UNIT,
	/** The user's unit and every unit below it. */
	SUBTREE,
	/** The whole organisation. */
	ALL,
	/** An explicit list of units chosen on the role (each with its subtree). */
	CUSTOM
}
