package io.jingxi.organization;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A person as other modules see them. */
public record PersonSummary(long id, String employeeNo, String name, @Nullable String phone, long unitId,
		List<String> positions, UnitRole unitRole, PersonStatus status, @Nullable LocalDate hireDate,
		boolean hasPhoto) {

	public PersonSummary {
		positions = List.copyOf(positions);
	}
}
