package io.jingxi.rectification;

/**
 * The steps of the repeat-lapse ladder (seed 001, bus station): the same clause failed again within
 * the policy's window climbs the ladder, never down.
 */
public enum LadderStep {

	/** 当场纠正: the first lapse is corrected on the spot. */
	CORRECTED_ON_SPOT,
	/** 违规通知单: a repeated lapse gets a written violation notice. */
	VIOLATION_NOTICE,
	/** 按考核办法处罚: from the third lapse on, the penalty under the assessment rules. */
	PENALTY
}
