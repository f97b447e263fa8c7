package io.jingxi.organization;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A unit type as the API shows and accepts it. */
record UnitTypeView(@NotBlank @Pattern(regexp = Codes.TYPE_CODE, message = "{organization.unitType.code.invalid}") String code,
		@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 100) String nameEn, @Nullable Integer sortOrder,
		@Nullable Boolean active) {

	static UnitTypeView of(UnitType type) {
		return new UnitTypeView(type.getCode(), type.getNameZh(), type.getNameEn(), type.getSortOrder(),
				type.isActive());
	}
}
