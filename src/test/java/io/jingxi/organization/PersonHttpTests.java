package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.shared.EntityChanged;

class PersonHttpTests extends OrganizationWebTestSupport {

	@Autowired
	ApplicationEvents events;

	static String person(String employeeNo, String name, String phone, long unitId, String positions) {
		return """
				{"employeeNo":"%s","name":"%s","phone":"%s","unitId":%d,"positions":%s,"unitRole":"TEAM_LEADER",
				 "status":"ACTIVE","hireDate":"2023-07-15"}""".formatted(employeeNo, name, phone, unitId, positions);
	}

	String create(String body) throws Exception {
		return mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()))
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void aPersonIsCreatedInAUnitWithTheirPositions() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		String number = OrganizationFixtures.code("E");

		String body = mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.content(person(number, "王小明", "+86 139 1234 5678", unit.id(), "[\"营业员\",\"值班长\"]"))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.employeeNo").value(number))
			.andExpect(jsonPath("$.phone").value("13912345678"))
			.andExpect(jsonPath("$.unitId").value(unit.id()))
			.andExpect(jsonPath("$.unitName").value(unit.name()))
			.andExpect(jsonPath("$.positions[0]").value("营业员"))
			.andExpect(jsonPath("$.positions[1]").value("值班长"))
			.andExpect(jsonPath("$.unitRole").value("TEAM_LEADER"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.hireDate").value("2023-07-15"))
			.andExpect(jsonPath("$.hasPhoto").value(false))
			.andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(body, "$.id");

		mvc.perform(get("/api/v1/people/{id}", id)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("王小明"));
		assertThat(events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Person")))
			.singleElement()
			.satisfies(e -> assertThat(e.after()).contains("employeeNo=" + number).contains("营业员、值班长"));
	}

	@Test
	void aDuplicateEmployeeNumberIsAConflict() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		PersonSummary existing = fixtures.person(unit.id());

		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.content(person(existing.employeeNo(), "另一人", "13812345678", unit.id(), "[\"保洁员\"]"))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.person.employeeNoTaken"))
			.andExpect(jsonPath("$.detail").value(containsString(existing.employeeNo())));
	}

	@Test
	void aBadPhoneOrNoPositionIsAFieldError() throws Exception {
		UnitSummary unit = fixtures.unit(null);

		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.content(person(OrganizationFixtures.code("E"), "赵六", "1234567", unit.id(), "[\"营业员\"]"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		mvc.perform(post("/api/v1/people").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content(person(OrganizationFixtures.code("E"), "赵六", "13812345678", unit.id(), "[]"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("positions"));
	}

	@Test
	void aPersonCannotBePutInAnUnknownOrInactiveUnit() throws Exception {
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.content(person(OrganizationFixtures.code("E"), "赵六", "13812345678", Long.MAX_VALUE, "[\"营业员\"]"))
			.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organization.unit.notFound"));

		UnitSummary closed = fixtures.unit(null);
		mvc.perform(post("/api/v1/units/{id}/deactivate", closed.id()).with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.content(person(OrganizationFixtures.code("E"), "赵六", "13812345678", closed.id(), "[\"营业员\"]"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
	}

	@Test
	void anUpdateMovesAPersonToAnotherUnit() throws Exception {
		var tree = fixtures.tree();
		PersonSummary person = fixtures.person(tree.a1().id());

		mvc.perform(put("/api/v1/people/{id}", person.id()).contentType(MediaType.APPLICATION_JSON)
			.content(person(person.employeeNo(), "改名", "0571-88886666", tree.b1().id(), "[\"班长\"]"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitId").value(tree.b1().id()))
			.andExpect(jsonPath("$.name").value("改名"))
			.andExpect(jsonPath("$.positions.length()").value(1));
		assertThat(fixtures.reloadPerson(person.id()).unitId()).isEqualTo(tree.b1().id());
		mvc.perform(get("/api/v1/people/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void peopleAreSearchedByNameNumberOrPhoneAndFilteredByUnitAndStatus() throws Exception {
		var tree = fixtures.tree();
		String tag = OrganizationFixtures.code("").substring(1);
		String inA = create(person("P" + tag + "-1", "甲" + tag, "13700000001", tree.a().id(), "[\"a\"]"));
		String inA11 = create(person("P" + tag + "-2", "乙" + tag, "13700000002", tree.a11().id(), "[\"a\"]"));
		String inB = create(person("P" + tag + "-3", "丙" + tag, "13700000003", tree.b().id(), "[\"a\"]"));
		long left = fixtures.person(tree.a().id(), UnitRole.MEMBER, PersonStatus.LEFT).id();
		long a = JsonPath.<Number>read(inA, "$.id").longValue();
		long a11 = JsonPath.<Number>read(inA11, "$.id").longValue();
		long b = JsonPath.<Number>read(inB, "$.id").longValue();

		String byName = search("q", tag);
		assertThat(ids(byName, "$.items[*].id")).containsExactly(a, a11, b);
		assertThat((Integer) JsonPath.read(byName, "$.total")).isEqualTo(3);
		assertThat(ids(search("q", "P" + tag + "-2"), "$.items[*].id")).containsExactly(a11);
		assertThat(ids(search("q", "13700000003"), "$.items[*].id")).contains(b);

		String subtree = mvc.perform(get("/api/v1/people").param("unitId", String.valueOf(tree.a().id())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(ids(subtree, "$.items[*].id")).containsExactlyInAnyOrder(a, a11, left);
		String unitOnly = mvc.perform(get("/api/v1/people").param("unitId", String.valueOf(tree.a().id()))
			.param("includeSubunits", "false")).andReturn().getResponse().getContentAsString();
		assertThat(ids(unitOnly, "$.items[*].id")).containsExactlyInAnyOrder(a, left);
		String activeOnly = mvc.perform(get("/api/v1/people").param("unitId", String.valueOf(tree.a().id()))
			.param("status", "ACTIVE")).andReturn().getResponse().getContentAsString();
		assertThat(ids(activeOnly, "$.items[*].id")).containsExactlyInAnyOrder(a, a11);

		String page = mvc.perform(get("/api/v1/people").param("q", tag).param("size", "2").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andReturn().getResponse().getContentAsString();
		assertThat(ids(page, "$.items[*].id")).containsExactly(b);
		mvc.perform(get("/api/v1/people").param("size", "500")).andExpect(status().isBadRequest());
	}

	private String search(String param, String value) throws Exception {
		return mvc.perform(get("/api/v1/people").param(param, value))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void anUploadedPhotoIsReencodedAsASmallJpeg() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		PersonSummary person = fixtures.person(unit.id());
		mvc.perform(get("/api/v1/people/{id}/photo", person.id()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organization.photo.none"));

		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/people/{id}/photo", person.id())
			.file(new MockMultipartFile("file", "me.png", "image/png", OrganizationFixtures.image("png", 1600, 1200)))
			.with(csrf()))
			.andExpect(status().isNoContent());

		byte[] stored = mvc.perform(get("/api/v1/people/{id}/photo", person.id()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		var image = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(image.getWidth()).isEqualTo(800);
		assertThat(image.getHeight()).isEqualTo(600);
		mvc.perform(get("/api/v1/people/{id}", person.id())).andExpect(jsonPath("$.hasPhoto").value(true));
	}

	@Test
	void aPhotoThatIsNotAnImageOrTooLargeIsRefused() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		PersonSummary person = fixtures.person(unit.id());

		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/people/{id}/photo", person.id())
			.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", "<html>not an image</html>".getBytes()))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("organization.photo.unsupportedType"))
			.andExpect(jsonPath("$.errors[0].field").value("file"));

		byte[] oversized = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(OrganizationFixtures.image("jpg", 100, 100), 0, oversized, 0, 100);
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/people/{id}/photo", person.id())
			.file(new MockMultipartFile("file", "big.jpg", "image/jpeg", oversized))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("organization.photo.tooLarge"))
			.andExpect(jsonPath("$.detail").value(containsString("5 MB")));

		mvc.perform(get("/api/v1/people/{id}", person.id())).andExpect(jsonPath("$.hasPhoto").value(false));
	}

	@Test
	@WithMockUser(username = "tester", authorities = "org:person:read")
	void readingPeopleDoesNotAllowChangingThem() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		PersonSummary person = fixtures.person(unit.id());

		mvc.perform(get("/api/v1/people/{id}", person.id())).andExpect(status().isOk());
		mvc.perform(put("/api/v1/people/{id}", person.id()).contentType(MediaType.APPLICATION_JSON)
			.content(person(person.employeeNo(), "x", "", unit.id(), "[\"a\"]"))
			.with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/people/{id}/photo", person.id())
			.file(new MockMultipartFile("file", "me.png", "image/png", OrganizationFixtures.image("png", 10, 10)))
			.with(csrf()))
			.andExpect(status().isForbidden());
	}
}
