package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

class ExportHttpTests extends OrganizationWebTestSupport {

	@Test
	void theUnitExportListsParentsBeforeChildrenInTheTemplatesColumns() throws Exception {
		var tree = fixtures.tree();
		mvc.perform(post("/api/v1/units/{id}/deactivate", tree.b1().id()).with(csrf())).andExpect(status().isOk());

		List<List<String>> rows = export(get("/api/v1/units/export"));

		assertThat(rows.get(0)).containsExactly("单位编码", "单位名称", "上级单位编码", "单位类型", "地址", "电话", "排序", "状态");
		List<String> codes = rows.stream().map(r -> r.get(0)).toList();
		assertThat(codes).containsSubsequence(tree.root().code(), tree.a().code(), tree.a1().code(), tree.a11().code());
		assertThat(codes).contains(tree.b().code()).doesNotContain(tree.b1().code());
		List<String> a11 = rows.get(codes.indexOf(tree.a11().code()));
		assertThat(a11.get(2)).isEqualTo(tree.a1().code());
		assertThat(a11.get(3)).isEqualTo("班组");
		assertThat(a11.get(7)).isEqualTo("启用");

		List<List<String>> all = export(get("/api/v1/units/export").param("includeInactive", "true"));
		assertThat(all.stream().filter(r -> r.get(0).equals(tree.b1().code())).findFirst().orElseThrow().get(7))
			.isEqualTo("停用");
	}

	@Test
	void thePeopleExportHonoursTheListsFilters() throws Exception {
		var tree = fixtures.tree();
		PersonSummary inA = fixtures.person(tree.a().id());
		PersonSummary inA11 = fixtures.person(tree.a11().id(), UnitRole.MANAGER, PersonStatus.ON_LEAVE);
		PersonSummary inB = fixtures.person(tree.b().id());

		List<List<String>> subtree = export(get("/api/v1/people/export").param("unitId", String.valueOf(tree.a().id())));
		assertThat(subtree.get(0)).containsExactly("工号", "姓名", "手机", "所属单位编码", "岗位", "单位角色", "状态", "入职日期");
		assertThat(subtree.subList(1, subtree.size())).extracting(r -> r.get(0))
			.containsExactly(inA.employeeNo(), inA11.employeeNo());
		assertThat(subtree.get(2)).containsExactly(inA11.employeeNo(), inA11.name(), "13800138000", tree.a11().code(),
				"营业员", "负责人", "休假", "2024-03-01");

		List<List<String>> onLeave = export(get("/api/v1/people/export").param("unitId", String.valueOf(tree.root().id()))
			.param("status", "ON_LEAVE"));
		assertThat(onLeave.subList(1, onLeave.size())).extracting(r -> r.get(0)).containsExactly(inA11.employeeNo());

		List<List<String>> byNumber = export(get("/api/v1/people/export").param("q", inB.employeeNo()));
		assertThat(byNumber.subList(1, byNumber.size())).extracting(r -> r.get(0)).containsExactly(inB.employeeNo());
	}

	@Test
	void anExportedPeopleFileImportsBackUnchanged() throws Exception {
		var tree = fixtures.tree();
		fixtures.person(tree.a1().id());
		fixtures.person(tree.a11().id(), UnitRole.TEAM_LEADER, PersonStatus.ON_LEAVE);

		List<List<String>> rows = export(get("/api/v1/people/export").param("unitId", String.valueOf(tree.a().id())));
		byte[] file = OrganizationFixtures.xlsx(rows.get(0), rows.subList(1, rows.size()));
		String job = importAndWait("/api/v1/people/imports", file, "DRY_RUN");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat((Integer) JsonPath.read(job, "$.updated")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(job, "$.created")).isZero();
	}

	@Test
	void anExportLongerThanOneChunkKeepsEveryRowInOrder() throws Exception {
		var tree = fixtures.tree();
		for (int i = 0; i < 1_203; i++) {
			fixtures.person(i % 2 == 0 ? tree.b().id() : tree.b1().id());
		}

		List<List<String>> rows = export(get("/api/v1/people/export").param("unitId", String.valueOf(tree.b().id())));

		assertThat(rows).hasSize(1_204);
		List<String> units = rows.subList(1, rows.size()).stream().map(r -> r.get(3)).toList();
		assertThat(units.subList(0, 602)).containsOnly(tree.b().code());
		assertThat(units.subList(602, 1_203)).containsOnly(tree.b1().code());
		List<String> numbers = rows.subList(1, 603).stream().map(r -> r.get(0)).toList();
		assertThat(numbers).isSorted().doesNotHaveDuplicates();
	}
}
