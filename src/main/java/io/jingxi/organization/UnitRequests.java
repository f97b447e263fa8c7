package io.jingxi.organization;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies the unit endpoints accept. */
final class UnitRequests {

	private UnitRequests() {
	}

	record Create(@Nullable Long parentId,
			@NotBlank @Pattern(regexp = Codes.CODE, message = "{organization.code.invalid}") String code,
			@NotBlank @Size(max = 200) String name, @NotBlank String typeCode, @Nullable @Size(max = 500) String address,
			@Nullable @Phone String phone, @Nullable Integer sortOrder) {
	}

	record Update(@NotBlank @Size(max = 200) String name, @NotBlank String typeCode,
			@Nullable @Size(max = 500) String address, @Nullable @Phone String phone, @Nullable Integer sortOrder) {
	}

	record Move(@Nullable Long parentId) {
	}
}
