package io.jingxi.organization;

import org.jspecify.annotations.Nullable;

/**
 * The checks of single fields shared by request records, value objects and Excel imports. Each
 * answers the message key of the problem, or null when the value is fine.
 */
final class FieldRules {

	static final String REQUIRED = "organization.field.required";

	static final String TOO_LONG = "organization.field.tooLong";

	private FieldRules() {
	}

	static @Nullable String code(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return REQUIRED;
		}
		return Codes.isCode(value.strip()) ? null : "organization.code.invalid";
	}

	static @Nullable String requiredText(@Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return REQUIRED;
		}
		return optionalText(value, maxLength);
	}

	static @Nullable String optionalText(@Nullable String value, int maxLength) {
		return value != null && value.strip().length() > maxLength ? TOO_LONG : null;
	}

	static @Nullable String phone(@Nullable String value) {
		return value == null || value.isBlank() || PhoneNumber.isValid(value) ? null : "organization.phone.invalid";
	}

	/** Null for a blank text, the stripped text otherwise. */
	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
