package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.shared.EntityChanged;

class UnitHttpTests extends OrganizationWebTestSupport {

	@Autowired
	ApplicationEvents events;

	static String json(String parentId, String code, String typeCode, String phone) {
		return """
				{"parentId":%s,"code":"%s","name":"第一营业厅","typeCode":"%s","address":"人民路 1 号","phone":"%s","sortOrder":5}
				""".formatted(parentId, code, typeCode, phone);
	}

	@Test
	void unitTypesAreSeededWithChineseAndEnglishNames() throws Exception {
		mvc.perform(get("/api/v1/unit-types"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'business_hall')].nameZh").value(hasItem("营业厅")))
			.andExpect(jsonPath("$[?(@.code == 'power_station')].nameEn").value(hasItem("Power-supply station")))
			.andExpect(jsonPath("$[?(@.code == 'team')].nameZh").value(hasItem("班组")))
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(13)));
	}

	@Test
	void aUnitTypeCanBeAddedOnceAndItsCodeMustBeLowerCase() throws Exception {
		String code = "kiosk_" + OrganizationFixtures.code("t").substring(2).toLowerCase().replace('-', '_');
		String body = """
				{"code":"%s","nameZh":"服务亭","nameEn":"Kiosk","sortOrder":200,"active":true}""".formatted(code);
		mvc.perform(post("/api/v1/unit-types").contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.active").value(true));
		mvc.perform(post("/api/v1/unit-types").contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.unitType.codeTaken"));
		mvc.perform(post("/api/v1/unit-types").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"Bad Code","nameZh":"坏","nameEn":"Bad"}""")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void aUnitIsCreatedBelowItsParentAndPlacedInTheTree() throws Exception {
		UnitSummary parent = fixtures.unit(null, "company");
		String code = OrganizationFixtures.code("YYT");

		String body = mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(json(String.valueOf(parent.id()), code, "business_hall", "010-62345678"))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.parentId").value(parent.id()))
			.andExpect(jsonPath("$.depth").value(1))
			.andExpect(jsonPath("$.typeCode").value("business_hall"))
			.andExpect(jsonPath("$.phone").value("010-62345678"))
			.andExpect(jsonPath("$.sortOrder").value(5))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.id");
		assertThat((String) JsonPath.read(body, "$.path")).isEqualTo(parent.path() + id + "/");
		mvc.perform(get("/api/v1/units/{id}", id)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("第一营业厅"));
		assertThat(events.stream(EntityChanged.class)
			.filter(e -> e.entityType().equals("Unit") && e.entityId().equals(id.toString()))
			.filter(e -> e.action().equals("created")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).isNull();
				assertThat(e.after()).contains("code=" + code);
				assertThat(e.actor()).isEqualTo("tester");
			});
	}

	@Test
	void aDuplicateUnitCodeIsAConflictThatNamesTheCode() throws Exception {
		UnitSummary existing = fixtures.unit(null);

		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(json("null", existing.code(), "business_hall", ""))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.unit.codeTaken"))
			.andExpect(jsonPath("$.detail").value(containsString(existing.code())))
			.andExpect(jsonPath("$.detail").value(containsString("已被使用")));
		mvc.perform(post("/api/v1/units").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content(json("null", existing.code(), "business_hall", ""))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already in use")));
	}

	@Test
	void anUnknownUnitTypeIsAFieldError() throws Exception {
		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(json("null", OrganizationFixtures.code("U"), "spaceship", ""))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("typeCode"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("spaceship")));
	}

	@Test
	void aBadPhoneAndAMissingNameAreFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"parentId":null,"code":"%s","name":" ","typeCode":"business_hall","phone":"12345"}"""
				.formatted(OrganizationFixtures.code("U")))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.validation"))
			.andExpect(jsonPath("$.errors[?(@.field == 'phone')].message").value(hasItem(containsString("手机号"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists());
	}

	@Test
	void anUnknownUnitIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/units/{id}", Long.MAX_VALUE))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organization.unit.notFound"));
	}

	@Test
	void updatingAUnitChangesItsDetailsAndRecordsBeforeAndAfter() throws Exception {
		UnitSummary unit = fixtures.unit(null);

		mvc.perform(put("/api/v1/units/{id}", unit.id()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"新名称","typeCode":"canteen","address":"南京路 2 号","phone":"13912345678","sortOrder":9}""")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("新名称"))
			.andExpect(jsonPath("$.typeCode").value("canteen"))
			.andExpect(jsonPath("$.address").value("南京路 2 号"))
			.andExpect(jsonPath("$.sortOrder").value(9))
			.andExpect(jsonPath("$.code").value(unit.code()));
		assertThat(events.stream(EntityChanged.class).filter(e -> e.action().equals("updated")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).contains("name=" + unit.name());
				assertThat(e.after()).contains("name=新名称");
			});
	}

	@Test
	void theTreeNestsVisibleUnitsAndHidesInactiveOnesUnlessAsked() throws Exception {
		var tree = fixtures.tree();
		mvc.perform(post("/api/v1/units/{id}/deactivate", tree.b1().id()).with(csrf())).andExpect(status().isOk());

		String active = mvc.perform(get("/api/v1/units/tree")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> root = JsonPath.read(active, "$[?(@.id == %d)]".formatted(tree.root().id()));
		assertThat(root).hasSize(1);
		assertThat(ids(active, "$[?(@.id == %d)].children[*].id".formatted(tree.root().id())))
			.containsExactlyInAnyOrder(tree.a().id(), tree.b().id());
		assertThat(ids(active, "$[?(@.id == %d)].children[?(@.id == %d)].children[*].children[*].id"
			.formatted(tree.root().id(), tree.a().id())))
			.containsExactly(tree.a11().id());
		assertThat(active).doesNotContain(tree.b1().code());

		String all = mvc.perform(get("/api/v1/units/tree").param("includeInactive", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(all).contains(tree.b1().code());
	}

	@Test
	void movingAUnitMovesItsWholeSubtree() throws Exception {
		var tree = fixtures.tree();

		mvc.perform(post("/api/v1/units/{id}/move", tree.a1().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d}".formatted(tree.b().id()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parentId").value(tree.b().id()))
			.andExpect(jsonPath("$.path").value(tree.b().path() + tree.a1().id() + "/"))
			.andExpect(jsonPath("$.depth").value(2));

		UnitSummary a11 = fixtures.reload(tree.a11().id());
		assertThat(a11.path()).isEqualTo(tree.b().path() + tree.a1().id() + "/" + tree.a11().id() + "/");
		assertThat(a11.depth()).isEqualTo(3);
		assertThat(events.stream(EntityChanged.class).filter(e -> e.action().equals("moved")))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.before()).contains("parent=" + tree.a().id());
				assertThat(e.after()).contains("parent=" + tree.b().id());
			});
	}

	@Test
	void movingAUnitIntoItsOwnSubtreeIsRefusedAndChangesNothing() throws Exception {
		var tree = fixtures.tree();

		mvc.perform(post("/api/v1/units/{id}/move", tree.a().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d}".formatted(tree.a11().id()))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.detail").value(containsString("下级单位")));

		assertThat(fixtures.reload(tree.a11().id()).path()).isEqualTo(tree.a11().path());
		assertThat(fixtures.reload(tree.a().id()).path()).isEqualTo(tree.a().path());
	}

	@Test
	void movingBelowAnUnknownParentIsNotFound() throws Exception {
		var tree = fixtures.tree();

		mvc.perform(post("/api/v1/units/{id}/move", tree.a().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d}".formatted(Long.MAX_VALUE))
			.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organization.unit.parentNotFound"));
	}

	@Test
	void aUnitWithActiveSubUnitsOrPeopleCannotBeDeactivatedUntilTheyAreGone() throws Exception {
		var tree = fixtures.tree();
		PersonSummary person = fixtures.person(tree.a11().id());

		mvc.perform(post("/api/v1/units/{id}/deactivate", tree.a1().id()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.unit.hasActiveSubUnits"));
		mvc.perform(post("/api/v1/units/{id}/deactivate", tree.a11().id()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.unit.hasActivePeople"))
			.andExpect(jsonPath("$.detail").value(containsString("1 名")));

		mvc.perform(put("/api/v1/people/{id}", person.id()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"employeeNo":"%s","name":"%s","unitId":%d,"positions":["营业员"],"unitRole":"MEMBER","status":"LEFT"}"""
				.formatted(person.employeeNo(), person.name(), tree.a11().id()))
			.with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/units/{id}/deactivate", tree.a11().id()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(post("/api/v1/units/{id}/deactivate", tree.a1().id()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));

		mvc.perform(post("/api/v1/units/{id}/activate", tree.a11().id()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.unit.parentInactive"));
		mvc.perform(post("/api/v1/units/{id}/activate", tree.a1().id()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
		assertThat(fixtures.reload(tree.a11().id()).active()).isFalse();
	}

	@Test
	void aUnitCannotBeCreatedBelowAnInactiveParent() throws Exception {
		UnitSummary parent = fixtures.unit(null);
		mvc.perform(post("/api/v1/units/{id}/deactivate", parent.id()).with(csrf())).andExpect(status().isOk());

		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(json(String.valueOf(parent.id()), OrganizationFixtures.code("U"), "team", ""))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.unit.parentInactive"));
	}

	@Test
	@WithMockUser(username = "tester", authorities = "org:unit:read")
	void readingUnitsDoesNotAllowChangingThem() throws Exception {
		UnitSummary unit = fixtures.unit(null);

		mvc.perform(get("/api/v1/units/{id}", unit.id())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(json("null", OrganizationFixtures.code("U"), "team", ""))
			.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/units/{id}/deactivate", unit.id()).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/unit-types").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"x\",\"nameZh\":\"x\",\"nameEn\":\"x\"}")
			.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "tester", authorities = "org:person:read")
	void withoutUnitPermissionsTheTreeIsForbidden() throws Exception {
		mvc.perform(get("/api/v1/units/tree")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/unit-types")).andExpect(status().isForbidden());
	}
}
