package io.jingxi.organization;

/** A person's role in their unit, which decides who is asked to act for the unit. */
public enum UnitRole {

	/** 成员: a member of the unit. */
	MEMBER,

	/** 班组长: leads a team or a shift. */
	TEAM_LEADER,

	/** 负责人: runs the unit and answers for it (notices and escalations go to them). */
	MANAGER
}
