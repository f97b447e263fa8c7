package io.jingxi.standard;

/** How a checklist item is answered during a visit. */
public enum AnswerType {

	/** Met or not met (是/否): full points, or the points less the item's deduction. */
	YES_NO,

	/** A score from 0 to the item's full points (打分); the shortfall is what it loses. */
	POINTS,

	/** A measured value with a unit and lower and/or upper limits (测量); outside them the item fails. */
	MEASURED
}
