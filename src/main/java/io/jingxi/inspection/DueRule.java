package io.jingxi.inspection;

/**
 * When a plan's visit falls due within its period, counted in the visited unit's working days
 * (holidays skipped, make-up working days counted). The visit is due at the end of that working
 * day's business hours; a day beyond the period is pulled back to the period's last working day.
 */
public enum DueRule {

	/** On the n-th working day of the period (the first day counts when it is a working day). */
	NTH_WORKING_DAY,
	/** n working days after the period starts: the first day never counts, like every working-day limit. */
	WORKING_DAYS_AFTER_START,
	/** On the period's last working day (n is not used). */
	LAST_WORKING_DAY
}
