package io.jingxi.organization;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;

/**
 * 电话号码: a mainland China phone number, either a mobile number (11 digits starting with 13 to 19)
 * or a landline with its area code (010-62345678, 0755 8888 6666, an extension after a dash). Spaces
 * and a leading +86 are dropped; what remains is kept as written.
 */
record PhoneNumber(String value) {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern AREA_CODE_AND_SPACE = Pattern.compile("^(0\\d{2,3})\\s+(?=\\d)");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?[2-9]\\d{6,7}(-\\d{1,6})?");

	PhoneNumber {
		if (!isNormalizedValid(value)) {
			throw DomainException.invalidField("phone", "organization.phone.invalid", value);
		}
	}

	/** The phone number of the field, or null when the field is blank; refuses a malformed number. */
	static @Nullable String normalizeOrRefuse(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String normalized = normalize(raw);
		if (!isNormalizedValid(normalized)) {
			throw DomainException.invalidField(field, "organization.phone.invalid", raw.strip());
		}
		return normalized;
	}

	/** Whether a non-blank text is a mainland mobile or landline number. */
	static boolean isValid(String raw) {
		return isNormalizedValid(normalize(raw));
	}

	static String normalize(String raw) {
		String s = raw.strip().replace('\u3000', ' ').replace('（', '(').replace('）', ')').replace('－', '-');
		// An area code set off by a space (0755 8888 6666) keeps a dash in its place.
		s = AREA_CODE_AND_SPACE.matcher(s).replaceFirst("$1-").replace(" ", "");
		if (s.startsWith("+86")) {
			s = s.substring(3);
		}
		else if (s.startsWith("0086")) {
			s = s.substring(4);
		}
		if (s.startsWith("-")) {
			s = s.substring(1);
		}
		if (s.startsWith("(") && s.indexOf(')') > 0) {
			int close = s.indexOf(')');
			s = s.substring(1, close) + "-" + s.substring(close + 1);
		}
		return s;
	}

	private static boolean isNormalizedValid(String s) {
		return MOBILE.matcher(s).matches() || LANDLINE.matcher(s).matches();
	}
}
