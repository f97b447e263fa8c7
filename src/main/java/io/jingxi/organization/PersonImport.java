package io.jingxi.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.jingxi.organization.ChangeLog.Origin;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.xlsx.ImportProblem;
import io.jingxi.shared.xlsx.RowProblems;
import io.jingxi.shared.xlsx.SheetRows;
import jakarta.persistence.EntityManager;

/**
 * Imports people from Excel, creating or updating them by employee number. Units are looked up
 * once for the whole file, people once per thousand rows; writes go out in JDBC batches and the
 * persistence context is cleared after each chunk, so ten thousand rows take seconds.
 */
@Component
class PersonImport implements RowImport {

	static final List<String> HEADERS = List.of("工号", "姓名", "手机", "所属单位编码", "岗位", "单位角色", "状态", "入职日期");

	static final int EMPLOYEE_NO = 0;

	static final int NAME = 1;

	static final int PHONE = 2;

	static final int UNIT = 3;

	static final int POSITIONS = 4;

	static final int ROLE = 5;

	static final int STATUS = 6;

	static final int HIRE_DATE = 7;

	private static final int CHUNK = 1000;

	private final People people;

	private final Units units;

	private final ChangeLog changes;

	private final EntityManager entityManager;

	private final Clock clock;

	PersonImport(People people, Units units, ChangeLog changes, EntityManager entityManager, Clock clock) {
		this.people = people;
		this.units = units;
		this.changes = changes;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.PEOPLE;
	}

	@Override
	public List<String> headers() {
		return HEADERS;
	}

	/** A valid row, ready to write; {@code existingId} is the person it updates, if any. */
	record PersonRow(int row, PersonDetails details, @Nullable Long existingId) {
	}

	record PersonPlan(List<PersonRow> rows, List<ImportProblem> problems, int toCreate, int toUpdate)
			implements Plan {
	}

	@Override
	public Plan check(SheetRows sheet, DataScope scope, IntConsumer progress) {
		Map<String, UnitRef> unitsByCode = units.findAllRefs().stream()
			.collect(Collectors.toMap(UnitRef::code, Function.identity()));
		Map<String, PersonRef> existing = existingPeople(sheet);
		Map<String, Integer> rowOfNumber = new HashMap<>();
		List<ImportProblem> problems = new ArrayList<>();
		List<PersonRow> planned = new ArrayList<>();
		int toCreate = 0;
		int toUpdate = 0;
		int done = 0;
		for (SheetRows.Row row : sheet.rows()) {
			var found = new RowProblems(row.number(), problems, HEADERS);
			String number = row.cell(EMPLOYEE_NO);
			PersonRef person = null;
			String numberProblem = FieldRules.code(number);
			if (numberProblem != null) {
				found.add(EMPLOYEE_NO, numberProblem);
			}
			else if (rowOfNumber.containsKey(number)) {
				found.add(EMPLOYEE_NO, "organization.import.duplicateInFile", number, rowOfNumber.get(number));
			}
			else {
				rowOfNumber.put(number, row.number());
				person = existing.get(number);
				if (person != null && !scope.coversPerson(person.id(), person.unitId())) {
					found.add(EMPLOYEE_NO, "organization.import.personOutOfScope", number);
				}
			}
			String name = row.cell(NAME);
			found.add(NAME, FieldRules.requiredText(name, PersonDetails.MAX_NAME), PersonDetails.MAX_NAME);
			String phone = row.cell(PHONE);
			found.add(PHONE, FieldRules.phone(phone), phone);
			String unitCode = row.cell(UNIT);
			UnitRef unit = unitCode.isEmpty() ? null : unitsByCode.get(unitCode);
			if (unitCode.isEmpty()) {
				found.add(UNIT, FieldRules.REQUIRED);
			}
			else if (unit == null || !scope.coversUnit(unit.id())) {
				found.add(UNIT, "organization.import.unitUnknown", unitCode);
				unit = null;
			}
			List<String> positions = PersonLabels.positions(row.cell(POSITIONS));
			found.add(POSITIONS, PersonDetails.positionsProblem(positions), PersonDetails.MAX_POSITIONS,
					PersonDetails.MAX_POSITION_LENGTH);
			UnitRole role = row.cell(ROLE).isEmpty() ? UnitRole.MEMBER : PersonLabels.role(row.cell(ROLE));
			if (role == null) {
				found.add(ROLE, "organization.import.unknownChoice", row.cell(ROLE),
						String.join("、", PersonLabels.roleLabels()));
			}
			PersonStatus status = row.cell(STATUS).isEmpty() ? PersonStatus.ACTIVE : PersonLabels.status(row.cell(STATUS));
			if (status == null) {
				found.add(STATUS, "organization.import.unknownChoice", row.cell(STATUS),
						String.join("、", PersonLabels.statusLabels()));
			}
			LocalDate hireDate = row.cell(HIRE_DATE).isEmpty() ? null : PersonLabels.date(row.cell(HIRE_DATE));
			if (!row.cell(HIRE_DATE).isEmpty() && hireDate == null) {
				found.add(HIRE_DATE, "organization.import.badDate", row.cell(HIRE_DATE));
			}
			if (unit != null && status != null && status.inService() && !unit.active()) {
				found.add(UNIT, "organization.import.unitInactive", unitCode);
			}
			if (!found.any() && unit != null && role != null && status != null) {
				try {
					var details = new PersonDetails(number, name, phone, unit.id(), positions, role, status, hireDate);
					planned.add(new PersonRow(row.number(), details, person == null ? null : person.id()));
					if (person == null) {
						toCreate++;
					}
					else {
						toUpdate++;
					}
				}
				catch (DomainException ex) {
					found.add(EMPLOYEE_NO, ex.code(), ex.args());
				}
			}
			if (++done % CHUNK == 0) {
				progress.accept(done);
			}
		}
		progress.accept(done);
		return new PersonPlan(planned, problems, toCreate, toUpdate);
	}

	private Map<String, PersonRef> existingPeople(SheetRows sheet) {
		List<String> numbers = sheet.rows().stream()
			.map(row -> row.cell(EMPLOYEE_NO))
			.filter(Codes::isCode)
			.distinct()
			.toList();
		Map<String, PersonRef> result = new HashMap<>();
		for (int from = 0; from < numbers.size(); from += CHUNK) {
			people.findRefsByEmployeeNoIn(numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
				.forEach(ref -> result.put(ref.employeeNo(), ref));
		}
		return result;
	}

	@Override
	public void write(Plan plan, Origin origin, IntConsumer progress) {
		List<PersonRow> rows = ((PersonPlan) plan).rows();
		int done = 0;
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<PersonRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			List<Long> ids = chunk.stream().map(PersonRow::existingId).filter(id -> id != null).toList();
			Map<Long, Person> loaded = ids.isEmpty() ? Map.of()
					: people.findByIdIn(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
			Instant now = clock.instant();
			for (PersonRow row : chunk) {
				if (row.existingId() == null) {
					Person person = new Person(row.details(), now);
					entityManager.persist(person);
					changes.changed(origin, ChangeLog.PERSON, person.id(), "created", null, person.summary());
				}
				else {
					Person person = loaded.get(row.existingId());
					if (person == null) {
						throw new IllegalStateException("Person " + row.existingId() + " disappeared during the import");
					}
					String before = person.summary();
					person.apply(row.details(), now);
					if (!before.equals(person.summary())) {
						changes.changed(origin, ChangeLog.PERSON, person.id(), "updated", before, person.summary());
					}
				}
			}
			// Send this chunk in JDBC batches and forget it: memory stays flat however long the file.
			entityManager.flush();
			entityManager.clear();
			done += chunk.size();
			progress.accept(done);
		}
	}
}
