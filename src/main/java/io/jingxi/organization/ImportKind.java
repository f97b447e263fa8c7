package io.jingxi.organization;

/** What an Excel import creates or updates. */
enum ImportKind {

	/** Units, by unit code. */
	UNITS,

	/** People, by employee number. */
	PEOPLE
}
