package io.jingxi.sampling;

/** The rule of GB/T 2828.1 clause 9 (ISO 2859-1:1999) that changed a stream's severity. */
public enum SwitchReason {

	/** 9.3.1: two of five or fewer consecutive lots not accepted on normal inspection. */
	TWO_OF_FIVE_NOT_ACCEPTED,
	/** 9.3.2: five consecutive lots accepted on tightened inspection. */
	FIVE_CONSECUTIVE_ACCEPTED,
	/** 9.3.3: switching score at least 30, production steady, reduced inspection approved. */
	SWITCHING_SCORE,
	/** 9.3.4 a): a lot not accepted on reduced inspection. */
	NOT_ACCEPTED_ON_REDUCED,
	/** 9.3.4 b): production irregular or delayed. */
	PRODUCTION_IRREGULAR,
	/** 9.3.4 c): other conditions warrant normal inspection (a recorded decision). */
	OTHER_CONDITIONS,
	/** 9.4: five lots not accepted while on tightened inspection: inspection discontinued. */
	FIVE_NOT_ACCEPTED_ON_TIGHTENED,
	/** 9.4: corrective action recorded: inspection resumes on tightened inspection. */
	CORRECTIVE_ACTION
}
