package io.jingxi.organization;

import java.util.regex.Pattern;

/** What codes look like: unit, vendor and unit-type codes, employee numbers. */
final class Codes {

	/** Unit and vendor codes, employee numbers: letters, digits, dot, dash, underscore; up to 64. */
	static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	/** Unit-type codes: lower-case words joined by underscores (business_hall). */
	static final String TYPE_CODE = "[a-z][a-z0-9_]{0,63}";

	private static final Pattern CODE_PATTERN = Pattern.compile(CODE);

	private Codes() {
	}

	static boolean isCode(String value) {
		return CODE_PATTERN.matcher(value).matches();
	}
}
