package io.jingxi.organization;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A person as the API shows them, with their unit's name. */
record PersonView(long id, String employeeNo, String name, @Nullable String phone, long unitId,
		@Nullable String unitName, List<String> positions, UnitRole unitRole, PersonStatus status,
		@Nullable LocalDate hireDate, boolean hasPhoto) {

	static PersonView of(Person person, @Nullable String unitName) {
		return new PersonView(person.id(), person.getEmployeeNo(), person.getName(), person.getPhone(),
				person.getUnitId(), unitName, person.getPositions(), person.getUnitRole(), person.getStatus(),
				person.getHireDate(), person.hasPhoto());
	}
}
