package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;

/** The façade other modules use: not narrowed by any scope. */
class OrganizationApiTests extends OrganizationWebTestSupport {

	@Autowired
	OrganizationApi organization;

	@Test
	void theTreesShapeIsAnsweredByIds() {
		var tree = fixtures.tree();

		assertThat(organization.ancestorIds(tree.a11().id())).containsExactly(tree.a1().id(), tree.a().id(),
				tree.root().id());
		assertThat(organization.subtreeIds(List.of(tree.a().id()))).containsExactlyInAnyOrder(tree.a().id(),
				tree.a1().id(), tree.a11().id());
		assertThat(organization.unitByCode(tree.b().code())).map(UnitSummary::id).contains(tree.b().id());
		assertThat(organization.units(List.of(tree.a().id(), tree.b().id()))).hasSize(2);
	}

	@Test
	void theUnitManagerIsTheManagerInServicePreferringOneAtWork() {
		UnitSummary unit = fixtures.unit(null);
		fixtures.person(unit.id(), UnitRole.MANAGER, PersonStatus.LEFT);
		PersonSummary onLeave = fixtures.person(unit.id(), UnitRole.MANAGER, PersonStatus.ON_LEAVE);
		assertThat(organization.unitManagerOf(unit.id())).map(PersonSummary::id).contains(onLeave.id());

		PersonSummary atWork = fixtures.person(unit.id(), UnitRole.MANAGER, PersonStatus.ACTIVE);
		fixtures.person(unit.id());
		assertThat(organization.unitManagerOf(unit.id())).map(PersonSummary::id).contains(atWork.id());
		assertThat(organization.peopleInService(unit.id())).hasSize(3);
		assertThat(organization.unitManagerOf(fixtures.unit(null).id())).isEmpty();
	}

	@Test
	void peopleAreFoundByIdOrEmployeeNumberWithTheirPhoto() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		PersonSummary person = fixtures.person(unit.id());

		assertThat(organization.person(person.id())).contains(person);
		assertThat(organization.personByEmployeeNo(" " + person.employeeNo() + " ")).contains(person);
		assertThat(organization.people(List.of(person.id()))).containsExactly(person);
		assertThat(organization.personPhoto(person.id())).isEmpty();

		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/people/{id}/photo", person.id())
			.file(new MockMultipartFile("file", "me.png", "image/png", OrganizationFixtures.image("png", 40, 40)))
			.with(csrf())).andExpect(status().isNoContent());
		assertThat(organization.personPhoto(person.id())).hasValueSatisfying(
				bytes -> assertThat(PhotoEncoder.sniff(bytes)).isEqualTo("jpeg"));
		assertThat(organization.person(person.id())).hasValueSatisfying(p -> assertThat(p.hasPhoto()).isTrue());
	}

	@Test
	void theOpenApiDocumentDescribesTheOrganisationEndpoints() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(document).contains("/api/v1/units/tree", "/api/v1/units/{id}/move", "/api/v1/people/{id}/photo",
				"/api/v1/people/imports", "/api/v1/imports/{id}", "/api/v1/vendors/{id}/contracts/{contractId}",
				"/api/v1/unit-types");
	}

	@Test
	void vendorsAreFoundById() {
		VendorSummary vendor = fixtures.vendor();
		assertThat(organization.vendor(vendor.id())).contains(vendor);
		assertThat(organization.vendor(Long.MAX_VALUE)).isEmpty();
	}
}
