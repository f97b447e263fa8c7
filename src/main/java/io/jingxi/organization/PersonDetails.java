package io.jingxi.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;

/**
 * Everything that describes a person, checked when it is built: the employee number is a code,
 * the name is given, the phone is a mainland number, there are one to ten positions.
 */
record PersonDetails(String employeeNo, String name, @Nullable String phone, long unitId, List<String> positions,
		UnitRole unitRole, PersonStatus status, @Nullable LocalDate hireDate) {

	static final int MAX_NAME = 100;

	static final int MAX_POSITIONS = 10;

	static final int MAX_POSITION_LENGTH = 100;

	PersonDetails {
		refuse("employeeNo", FieldRules.code(employeeNo), employeeNo);
		refuse("name", FieldRules.requiredText(name, MAX_NAME), MAX_NAME);
		employeeNo = employeeNo.strip();
		name = name.strip();
		phone = PhoneNumber.normalizeOrRefuse("phone", phone);
		positions = normalizePositions(positions);
		refuse("positions", positionsProblem(positions), MAX_POSITIONS, MAX_POSITION_LENGTH);
		Objects.requireNonNull(unitRole, "unitRole");
		Objects.requireNonNull(status, "status");
	}

	/** Strips each position and drops blanks and repeats, keeping the order. */
	static List<String> normalizePositions(List<String> positions) {
		var result = new LinkedHashSet<String>();
		for (String position : positions) {
			if (position != null && !position.isBlank()) {
				result.add(position.strip());
			}
		}
		return List.copyOf(new ArrayList<>(result));
	}

	static @Nullable String positionsProblem(List<String> normalized) {
		if (normalized.isEmpty()) {
			return "organization.person.positions.required";
		}
		if (normalized.size() > MAX_POSITIONS) {
			return "organization.person.positions.tooMany";
		}
		if (normalized.stream().anyMatch(p -> p.length() > MAX_POSITION_LENGTH)) {
			return "organization.person.positions.tooLong";
		}
		return null;
	}

	private static void refuse(String field, @Nullable String problem, Object... args) {
		if (problem != null) {
			throw DomainException.invalidField(field, problem, args);
		}
	}
}
