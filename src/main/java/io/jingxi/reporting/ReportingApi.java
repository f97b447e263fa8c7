package io.jingxi.reporting;

import java.util.List;

/**
 * The reporting module's façade for other modules (incentives, appraisal): the standings of a period
 * as the system sees them, over every unit, not narrowed by the current user.
 */
public interface ReportingApi {

	/**
	 * Every unit with a score in the period (2026-11, 2026-Q4 or 2026), by organisation and rank; a
	 * malformed period is refused (400 on {@code period}).
	 */
	List<UnitStanding> standings(String period);
}
