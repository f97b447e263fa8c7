package io.jingxi.organization;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.xlsx.XlsxExport;
import io.jingxi.shared.xlsx.XlsxTemplate;

/**
 * The people's Excel template and export. The export has the template's columns, honours the
 * list's filters and the reader's scope, and pages through the (unit, employee number) index by
 * key in chunks of a thousand, each in its own short transaction: memory stays flat.
 */
@Component
class PersonExcel {

	private static final int CHUNK = 1000;

	private final People people;

	private final Units units;

	private final TransactionTemplate reading;

	private final Actors actors;

	PersonExcel(People people, Units units, Actors actors, PlatformTransactionManager transactions) {
		this.people = people;
		this.units = units;
		this.actors = actors;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	byte[] template() {
		List<List<String>> notes = new ArrayList<>();
		notes.add(List.of("列", "填写说明"));
		notes.add(List.of("工号", "必填，唯一。字母、数字、点、横线或下划线，最多 64 个字符。工号已存在时更新该人员。"));
		notes.add(List.of("姓名", "必填，最多 100 个字符。"));
		notes.add(List.of("手机", "选填。11 位手机号，或带区号的固定电话（如 010-62345678）。"));
		notes.add(List.of("所属单位编码", "必填。须为已有的、在您数据范围内的单位的编码。"));
		notes.add(List.of("岗位", "必填，一个或多个，用顿号（、）、逗号或分号分隔；最多 10 个，每个最多 100 个字符。"));
		notes.add(List.of("单位角色", "选填，默认“成员”。可填：" + String.join("、", PersonLabels.roleLabels()) + "。"));
		notes.add(List.of("状态", "选填，默认“在岗”。可填：" + String.join("、", PersonLabels.statusLabels()) + "。"));
		notes.add(List.of("入职日期", "选填。如 2024-03-01。"));
		notes.add(List.of());
		notes.add(List.of("提示", "第 2 行是示例，导入前请删除或改成真实数据。请勿修改第 1 行的表头。"));
		return XlsxTemplate.build("人员", PersonImport.HEADERS,
				List.of("E0001", "张三", "13800138000", "YYT001", "营业员、值班长", PersonLabels.label(UnitRole.MEMBER),
						PersonLabels.label(PersonStatus.ACTIVE), "2024-03-01"),
				Set.of(PersonImport.EMPLOYEE_NO, PersonImport.PHONE, PersonImport.UNIT, PersonImport.HIRE_DATE),
				Map.of(PersonImport.ROLE, PersonLabels.roleLabels(), PersonImport.STATUS, PersonLabels.statusLabels()),
				notes);
	}

	/** The current user's export, with their scope taken now (the body is written later, elsewhere). */
	XlsxExport.Body export(PersonFilter filter) {
		DataScope scope = actors.scope();
		return out -> export(out, scope, filter);
	}

	void export(OutputStream out, DataScope scope, PersonFilter filter) throws IOException {
		try (var sheet = new XlsxExport("人员", PersonImport.HEADERS, 16)) {
			long lastUnit = Long.MIN_VALUE;
			String lastNo = "";
			while (true) {
				long afterUnit = lastUnit;
				String afterNo = lastNo;
				List<List<@Nullable String>> rows = new ArrayList<>();
				long[] lastKey = { lastUnit };
				String[] lastNumber = { lastNo };
				reading.executeWithoutResult(status -> {
					Specification<Person> after = (root, query, cb) -> cb.or(
							cb.greaterThan(root.get("unitId"), afterUnit),
							cb.and(cb.equal(root.get("unitId"), afterUnit), cb.greaterThan(root.get("employeeNo"), afterNo)));
					List<Person> chunk = people.findBy(PersonService.scoped(scope, filter).and(after),
							q -> q.sortBy(PersonService.LIST_ORDER).limit(CHUNK).all());
					Set<Long> unitIds = chunk.stream().map(Person::getUnitId).collect(Collectors.toSet());
					Map<Long, String> unitCodes = unitIds.isEmpty() ? Map.of()
							: units.findByIdIn(unitIds).stream().collect(Collectors.toMap(Unit::id, Unit::getCode));
					for (Person person : chunk) {
						rows.add(Arrays.asList(person.getEmployeeNo(), person.getName(), person.getPhone(),
								unitCodes.get(person.getUnitId()), String.join("、", person.getPositions()),
								PersonLabels.label(person.getUnitRole()), PersonLabels.label(person.getStatus()),
								person.getHireDate() == null ? null : person.getHireDate().toString()));
						lastKey[0] = person.getUnitId();
						lastNumber[0] = person.getEmployeeNo();
					}
				});
				rows.forEach(sheet::row);
				if (rows.size() < CHUNK) {
					break;
				}
				lastUnit = lastKey[0];
				lastNo = lastNumber[0];
			}
			sheet.writeTo(out);
		}
	}
}
