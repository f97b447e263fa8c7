package io.jingxi.reporting;

/** How long a reporting period is. */
public enum PeriodKind {

	/** A calendar month, written 2026-11. */
	MONTH,
	/** A calendar quarter, written 2026-Q4. */
	QUARTER,
	/** A calendar year, written 2026. */
	YEAR
}
