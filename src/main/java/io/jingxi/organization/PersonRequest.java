package io.jingxi.organization;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person as the API accepts them; role and status default to member and active. */
record PersonRequest(@NotBlank @Pattern(regexp = Codes.CODE, message = "{organization.code.invalid}") String employeeNo,
		@NotBlank @Size(max = PersonDetails.MAX_NAME) String name, @Nullable @Phone String phone, @NotNull Long unitId,
		@NotEmpty @Size(max = PersonDetails.MAX_POSITIONS) List<@NotBlank @Size(max = PersonDetails.MAX_POSITION_LENGTH) String> positions,
		@Nullable UnitRole unitRole, @Nullable PersonStatus status, @Nullable LocalDate hireDate) {

	PersonDetails details() {
		return new PersonDetails(employeeNo, name, phone, unitId, positions,
				unitRole == null ? UnitRole.MEMBER : unitRole, status == null ? PersonStatus.ACTIVE : status, hireDate);
	}
}
