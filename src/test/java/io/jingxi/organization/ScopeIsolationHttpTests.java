package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.organization.OrganizationFixtures.Tree;
import io.jingxi.shared.DataScope;

/**
 * An actor whose data scope covers unit A's subtree only: every read and write endpoint must
 * refuse or hide unit B's units, people, contracts and export rows.
 */
class ScopeIsolationHttpTests extends OrganizationWebTestSupport {

	Tree tree;

	PersonSummary personOfA;

	PersonSummary personOfB;

	VendorSummary vendor;

	long contractOfB;

	long contractOfAAndB;

	@BeforeEach
	void twoBranchesAndAnActorWhoSeesOnlyA() {
		tree = fixtures.tree();
		personOfA = fixtures.person(tree.a1().id());
		personOfB = fixtures.person(tree.b1().id());
		vendor = fixtures.vendor();
		contractOfB = fixtures.contract(vendor.id(), tree.b().id());
		contractOfAAndB = fixtures.contract(vendor.id(), tree.a().id(), tree.b1().id());
		actAs(tree.scopeOfA());
	}

	@Test
	void unitsOfBAreNotFoundAndTheTreeStartsAtA() throws Exception {
		mvc.perform(get("/api/v1/units/{id}", tree.b().id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/{id}", tree.root().id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/units/{id}", tree.a1().id())).andExpect(status().isOk());

		String visible = mvc.perform(get("/api/v1/units/tree").param("includeInactive", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(ids(visible, "$[*].id")).containsExactly(tree.a().id());
		assertThat(ids(visible, "$[0].children[*].id")).containsExactly(tree.a1().id());
		assertThat(visible).doesNotContain(tree.b().code()).doesNotContain(tree.root().code());
	}

	@Test
	void unitsOfBCannotBeChangedMovedOrUsedAsParents() throws Exception {
		String update = """
				{"name":"改名","typeCode":"branch"}""";
		mvc.perform(put("/api/v1/units/{id}", tree.b().id()).contentType(MediaType.APPLICATION_JSON).content(update)
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/units/{id}/deactivate", tree.b1().id()).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/units/{id}/activate", tree.b1().id()).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/units/{id}/move", tree.b1().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d}".formatted(tree.a().id())).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/units/{id}/move", tree.a1().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d}".formatted(tree.b().id())).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organization.unit.parentNotFound"));
		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(UnitHttpTests.json(String.valueOf(tree.b().id()), OrganizationFixtures.code("U"), "team", ""))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(UnitHttpTests.json("null", OrganizationFixtures.code("U"), "team", "")).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("organization.unit.rootNeedsFullScope"));
		mvc.perform(post("/api/v1/units/{id}/move", tree.a1().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":null}").with(csrf())).andExpect(status().isForbidden());

		assertThat(fixtures.reload(tree.b().id()).name()).isEqualTo(tree.b().name());
		assertThat(fixtures.reload(tree.b1().id()).active()).isTrue();
		assertThat(fixtures.reload(tree.a1().id()).parentId()).isEqualTo(tree.a().id());
	}

	@Test
	void unitsInsideAStillWork() throws Exception {
		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(UnitHttpTests.json(String.valueOf(tree.a1().id()), OrganizationFixtures.code("U"), "team", ""))
			.with(csrf())).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/units/{id}/move", tree.a11().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d}".formatted(tree.a().id())).with(csrf())).andExpect(status().isOk());
	}

	@Test
	void peopleOfBAreHiddenAndCannotBeChanged() throws Exception {
		mvc.perform(get("/api/v1/people/{id}", personOfB.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/people/{id}", personOfA.id())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/people/{id}/photo", personOfB.id())).andExpect(status().isNotFound());

		String list = mvc.perform(get("/api/v1/people").param("q", personOfB.employeeNo()))
			.andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(list, "$.total")).isZero();
		String ofUnitB = mvc.perform(get("/api/v1/people").param("unitId", String.valueOf(tree.b().id())))
			.andReturn().getResponse().getContentAsString();
		assertThat((Integer) JsonPath.read(ofUnitB, "$.total")).isZero();
		String all = mvc.perform(get("/api/v1/people").param("unitId", String.valueOf(tree.root().id())).param("size", "200"))
			.andReturn().getResponse().getContentAsString();
		assertThat(ids(all, "$.items[*].id")).containsExactly(personOfA.id());

		mvc.perform(put("/api/v1/people/{id}", personOfB.id()).contentType(MediaType.APPLICATION_JSON)
			.content(PersonHttpTests.person(personOfB.employeeNo(), "改名", "", tree.a1().id(), "[\"a\"]")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/people/{id}", personOfA.id()).contentType(MediaType.APPLICATION_JSON)
			.content(PersonHttpTests.person(personOfA.employeeNo(), "调走", "", tree.b1().id(), "[\"a\"]")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.content(PersonHttpTests.person(OrganizationFixtures.code("E"), "新人", "", tree.b().id(), "[\"a\"]"))
			.with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/people/{id}/photo", personOfB.id())
			.file(new MockMultipartFile("file", "me.png", "image/png", OrganizationFixtures.image("png", 20, 20)))
			.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(fixtures.reloadPerson(personOfB.id()).name()).isEqualTo(personOfB.name());
		assertThat(fixtures.reloadPerson(personOfB.id()).hasPhoto()).isFalse();
		assertThat(fixtures.reloadPerson(personOfA.id()).unitId()).isEqualTo(tree.a1().id());
	}

	@Test
	void contractsShowOnlyTheUnitsOfAAndThoseOfBStayUntouched() throws Exception {
		String listed = mvc.perform(get("/api/v1/vendors/{id}/contracts", vendor.id()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(ids(listed, "$[*].id")).containsExactly(contractOfAAndB);
		assertThat(ids(listed, "$[0].unitIds[*]")).containsExactly(tree.a().id());

		String number = JsonPath.read(listed, "$[0].number");
		mvc.perform(put("/api/v1/vendors/{id}/contracts/{cid}", vendor.id(), contractOfB)
			.contentType(MediaType.APPLICATION_JSON)
			.content(VendorHttpTests.contract(OrganizationFixtures.code("HT"), "2025-01-01", "2025-12-31",
					"[%d]".formatted(tree.a().id())))
			.with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/vendors/{id}/contracts", vendor.id()).contentType(MediaType.APPLICATION_JSON)
			.content(VendorHttpTests.contract(OrganizationFixtures.code("HT"), "2025-01-01", "2025-12-31",
					"[%d,%d]".formatted(tree.a().id(), tree.b().id())))
			.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organization.contract.unitNotFound"));

		mvc.perform(put("/api/v1/vendors/{id}/contracts/{cid}", vendor.id(), contractOfAAndB)
			.contentType(MediaType.APPLICATION_JSON)
			.content(VendorHttpTests.contract(number, "2025-01-01", "2025-12-31", "[%d]".formatted(tree.a1().id())))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitIds.length()").value(1));
		assertThat(fixtures.contractUnits(contractOfAAndB)).containsExactlyInAnyOrder(tree.a1().id(), tree.b1().id());
		assertThat(fixtures.contractUnits(contractOfB)).containsExactly(tree.b().id());
	}

	@Test
	void exportsLeaveOutTheRowsOfB() throws Exception {
		List<List<String>> units = export(get("/api/v1/units/export").param("includeInactive", "true"));
		List<String> unitCodes = units.stream().map(r -> r.get(0)).toList();
		assertThat(unitCodes.subList(1, unitCodes.size())).containsExactly(tree.a().code(), tree.a1().code(),
				tree.a11().code());

		List<List<String>> people = export(get("/api/v1/people/export"));
		assertThat(people.subList(1, people.size())).extracting(r -> r.get(0)).containsExactly(personOfA.employeeNo());
	}

	@Test
	void importRowsAboutBAreErrorsAndWriteNothing() throws Exception {
		byte[] units = OrganizationFixtures.xlsx(UnitImportHttpTests.HEADERS, List.of(
				UnitImportHttpTests.row(tree.b1().code(), "改名", tree.b().code(), "营业厅", "", ""),
				UnitImportHttpTests.row(OrganizationFixtures.code("N"), "新单位", tree.b().code(), "营业厅", "", ""),
				UnitImportHttpTests.row(OrganizationFixtures.code("N"), "新顶级", "", "公司", "", ""),
				UnitImportHttpTests.row(OrganizationFixtures.code("N"), "新单位", tree.a().code(), "营业厅", "", "")));
		String unitJob = importAndWait("/api/v1/units/imports", units, "COMMIT");
		assertThat(errors(unitJob)).containsExactly(
				List.of(2, "单位编码", "单位编码“" + tree.b1().code() + "”属于您数据范围之外的单位。"),
				List.of(3, "上级单位编码", "上级单位“" + tree.b().code() + "”不在您的数据范围内。"),
				List.of(4, "上级单位编码", "上级单位编码为空表示顶级单位，只有拥有全部数据权限的用户才能新建或移入顶级单位。"));
		assertThat(fixtures.reload(tree.b1().id()).name()).isEqualTo(tree.b1().name());

		byte[] people = OrganizationFixtures.xlsx(PersonImportHttpTests.HEADERS, List.of(
				PersonImportHttpTests.row(personOfB.employeeNo(), "改名", "", tree.a1().code(), "营业员", "", "", ""),
				PersonImportHttpTests.row(OrganizationFixtures.code("E"), "新人", "", tree.b1().code(), "营业员", "", "", ""),
				PersonImportHttpTests.row(personOfA.employeeNo(), "调走", "", tree.b().code(), "营业员", "", "", "")));
		String peopleJob = importAndWait("/api/v1/people/imports", people, "COMMIT");
		assertThat(errors(peopleJob)).containsExactly(
				List.of(2, "工号", "工号“" + personOfB.employeeNo() + "”属于您数据范围之外的人员。"),
				List.of(3, "所属单位编码", "单位编码“" + tree.b1().code() + "”不存在或不在您的数据范围内。"),
				List.of(4, "所属单位编码", "单位编码“" + tree.b().code() + "”不存在或不在您的数据范围内。"));
		assertThat(fixtures.reloadPerson(personOfB.id()).name()).isEqualTo(personOfB.name());
		assertThat(fixtures.reloadPerson(personOfA.id()).unitId()).isEqualTo(tree.a1().id());
	}

	@Test
	void aSelfScopeSeesOnlyThePersonThemselves() throws Exception {
		actAs(DataScope.self(personOfA.id(), tree.a1().id()));
		PersonSummary colleague = fixtures.person(tree.a1().id());

		mvc.perform(get("/api/v1/people/{id}", personOfA.id())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/people/{id}", colleague.id())).andExpect(status().isNotFound());
		String list = mvc.perform(get("/api/v1/people").param("unitId", String.valueOf(tree.a1().id())))
			.andReturn().getResponse().getContentAsString();
		assertThat(ids(list, "$.items[*].id")).containsExactly(personOfA.id());
	}

	static List<List<Object>> errors(String job) {
		List<Map<String, Object>> errors = JsonPath.read(job, "$.errors");
		return errors.stream().map(e -> List.of(e.get("row"), e.get("column"), e.get("message"))).toList();
	}
}
