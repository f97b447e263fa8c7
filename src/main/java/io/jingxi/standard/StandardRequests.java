package io.jingxi.standard;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the standard endpoints accept besides a draft's content ({@link DraftInput}). */
final class StandardRequests {

	/** Standard codes: letters, digits, dot, dash, underscore; up to 64. */
	static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	private StandardRequests() {
	}

	/** A new standard; it starts with an empty draft version 1. */
	record CreateStandardRequest(
			@NotBlank @Pattern(regexp = CODE, message = "{standard.code.invalid}") String code,
			@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 1000) String description) {
	}

	/** A standard's name and description (not versioned). */
	record UpdateStandardRequest(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 1000) String description) {
	}

	/** Adopting a template: the code and name of the new standard (the template's when left out). */
	record AdoptTemplateRequest(@Nullable @Pattern(regexp = CODE, message = "{standard.code.invalid}") String code,
			@Nullable @Size(max = 200) String name) {
	}
}
