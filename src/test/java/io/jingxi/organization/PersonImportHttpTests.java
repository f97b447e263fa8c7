package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

class PersonImportHttpTests extends OrganizationWebTestSupport {

	static final List<String> HEADERS = List.of("工号", "姓名", "手机", "所属单位编码", "岗位", "单位角色", "状态", "入职日期");

	@Autowired
	OrganizationApi organization;

	static List<String> row(String number, String name, String phone, String unit, String positions, String role,
			String status, String hireDate) {
		return List.of(number, name, phone, unit, positions, role, status, hireDate);
	}

	static List<List<Object>> errors(String job) {
		List<Map<String, Object>> errors = JsonPath.read(job, "$.errors");
		return errors.stream().map(e -> List.of(e.get("row"), e.get("column"), e.get("message"))).toList();
	}

	@Test
	void theTemplateHasTheChineseHeadersAndAnExampleRow() throws Exception {
		byte[] template = mvc.perform(get("/api/v1/people/template"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		List<List<String>> rows = sheet(template, 0);
		assertThat(rows.get(0)).containsExactlyElementsOf(HEADERS);
		assertThat(rows.get(1)).containsExactly("E0001", "张三", "13800138000", "YYT001", "营业员、值班长", "成员", "在岗",
				"2024-03-01");
	}

	@Test
	void aDryRunReportsEveryBadRowWithItsRowColumnAndReasonAndWritesNothing() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		String good = OrganizationFixtures.code("E");
		byte[] file = OrganizationFixtures.xlsx(HEADERS, List.of(
				row(good, "张三", "13800138000", unit.code(), "营业员", "", "", "2024-03-01"),
				row(OrganizationFixtures.code("E"), "李四", "1380013800", unit.code(), "营业员", "", "", ""),
				row(OrganizationFixtures.code("E"), "王五", "", "NO-SUCH-UNIT", "营业员", "", "", ""),
				row(OrganizationFixtures.code("E"), "赵六", "", unit.code(), "营业员", "老板", "", ""),
				row(OrganizationFixtures.code("E"), "钱七", "", unit.code(), "营业员", "", "", "2024-13-01"),
				row(good, "孙八", "", unit.code(), "营业员", "", "", ""),
				row(OrganizationFixtures.code("E"), "周九", "", unit.code(), "", "", "", ""),
				row(OrganizationFixtures.code("E"), "吴十", "", unit.code(), "营业员", "", "退休", "")));

		String job = importAndWait("/api/v1/people/imports", file, "DRY_RUN");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("FAILED");
		assertThat((Integer) JsonPath.read(job, "$.total")).isEqualTo(8);
		assertThat((Integer) JsonPath.read(job, "$.processed")).isEqualTo(8);
		assertThat(errors(job)).containsExactly(
				List.of(3, "手机", "电话号码“1380013800”格式不正确：请填写 11 位手机号，或带区号的固定电话（如 010-62345678）。"),
				List.of(4, "所属单位编码", "单位编码“NO-SUCH-UNIT”不存在或不在您的数据范围内。"),
				List.of(5, "单位角色", "“老板”不是可选的值。可填：成员、班组长、负责人。"),
				List.of(6, "入职日期", "无法识别日期“2024-13-01”，请写成 2024-03-01 这样的格式。"),
				List.of(7, "工号", "“" + good + "”已在第 2 行出现过，同一文件中不能重复。"),
				List.of(8, "岗位", "请至少填写一个岗位。"),
				List.of(9, "状态", "“退休”不是可选的值。可填：在岗、休假、离职。"));
		assertThat(organization.personByEmployeeNo(good)).isEmpty();
	}

	@Test
	void aCommitCreatesAndUpdatesPeopleByEmployeeNumber() throws Exception {
		var tree = fixtures.tree();
		PersonSummary existing = fixtures.person(tree.a().id());
		String fresh = OrganizationFixtures.code("E");
		byte[] file = OrganizationFixtures.xlsx(HEADERS, List.of(
				row(fresh, "新同事", "13912345678", tree.a1().code(), "营业员、值班长", "班组长", "在岗", "2024/3/1"),
				row(existing.employeeNo(), "老同事", "010-62345678", tree.b().code(), "经理", "负责人", "休假", "")));

		String job = importAndWait("/api/v1/people/imports", file, "COMMIT");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat((Integer) JsonPath.read(job, "$.created")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(job, "$.updated")).isEqualTo(1);
		PersonSummary created = organization.personByEmployeeNo(fresh).orElseThrow();
		assertThat(created.unitId()).isEqualTo(tree.a1().id());
		assertThat(created.positions()).containsExactly("营业员", "值班长");
		assertThat(created.unitRole()).isEqualTo(UnitRole.TEAM_LEADER);
		assertThat(created.hireDate()).isEqualTo(LocalDate.of(2024, 3, 1));
		PersonSummary updated = fixtures.reloadPerson(existing.id());
		assertThat(updated.name()).isEqualTo("老同事");
		assertThat(updated.unitId()).isEqualTo(tree.b().id());
		assertThat(updated.status()).isEqualTo(PersonStatus.ON_LEAVE);
		assertThat(organization.unitManagerOf(tree.b().id())).map(PersonSummary::id).contains(existing.id());
	}

	@Test
	void peopleInServiceCannotBeImportedIntoAnInactiveUnit() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		mvc.perform(post("/api/v1/units/{id}/deactivate", unit.id()).with(csrf())).andExpect(status().isOk());
		byte[] file = OrganizationFixtures.xlsx(HEADERS, List.of(
				row(OrganizationFixtures.code("E"), "在岗", "", unit.code(), "营业员", "", "在岗", ""),
				row(OrganizationFixtures.code("E"), "已离职", "", unit.code(), "营业员", "", "离职", "")));

		String job = importAndWait("/api/v1/people/imports", file, "DRY_RUN");

		assertThat(errors(job)).containsExactly(List.of(2, "所属单位编码", "单位“" + unit.code() + "”已停用，不能安排在岗或休假的人员。"));
	}

	@Test
	void aFileWithTheUnitHeadersIsRefusedAsAPeopleImport() throws Exception {
		byte[] file = OrganizationFixtures.xlsx(UnitImportHttpTests.HEADERS, List.of(List.of("A", "B", "", "公司")));

		mvc.perform(multipart("/api/v1/people/imports").file(new MockMultipartFile("file", "p.xlsx", XLSX, file))
			.param("mode", "COMMIT")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("xlsx.wrongHeaders"));
	}

	@Test
	void tenThousandPeopleAreImportedInOneCommit() throws Exception {
		var tree = fixtures.tree();
		List<String> unitCodes = List.of(tree.a().code(), tree.a1().code(), tree.a11().code());
		String prefix = OrganizationFixtures.code("T");
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			rows.add(row(prefix + "-" + String.format("%05d", i), "员工" + i, "139" + String.format("%08d", i),
					unitCodes.get(i % 3), i % 2 == 0 ? "营业员" : "营业员、值班长", i % 100 == 0 ? "班组长" : "成员", "在岗",
					"2024-01-15"));
		}
		byte[] file = OrganizationFixtures.xlsx(HEADERS, rows);

		long started = System.nanoTime();
		String job = importAndWait("/api/v1/people/imports", file, "COMMIT");
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("Imported 10,000 people (upload, check and one-transaction commit) in %d ms%n", millis);

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat((Integer) JsonPath.read(job, "$.created")).isEqualTo(10_000);
		assertThat((Integer) JsonPath.read(job, "$.processed")).isEqualTo(10_000);
		mvc.perform(get("/api/v1/people").param("unitId", String.valueOf(tree.a().id())).param("size", "1"))
			.andExpect(jsonPath("$.total").value(10_000));
		PersonSummary last = organization.personByEmployeeNo(prefix + "-09999").orElseThrow();
		assertThat(last.name()).isEqualTo("员工9999");
		assertThat(last.phone()).isEqualTo("13900009999");
		assertThat(last.unitId()).isEqualTo(tree.a().id());
		assertThat(last.positions()).containsExactly("营业员", "值班长");
		assertThat(organization.personByEmployeeNo(prefix + "-00100").orElseThrow().unitRole())
			.isEqualTo(UnitRole.TEAM_LEADER);
	}
}
