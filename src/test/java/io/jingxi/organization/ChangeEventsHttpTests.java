package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.shared.EntityChanged;

/** Every change publishes EntityChanged with before and after summaries, naming who made it. */
class ChangeEventsHttpTests extends OrganizationWebTestSupport {

	@Test
	void deactivatingAndActivatingAUnitAreRecorded() throws Exception {
		UnitSummary unit = fixtures.unit(null);

		mvc.perform(post("/api/v1/units/{id}/deactivate", unit.id()).with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/units/{id}/activate", unit.id()).with(csrf())).andExpect(status().isOk());

		assertThat(changes.of("Unit", unit.id())).extracting(EntityChanged::action).containsExactly("deactivated", "activated");
		EntityChanged deactivated = changes.of("Unit", unit.id()).get(0);
		assertThat(deactivated.before()).contains("active=true");
		assertThat(deactivated.after()).contains("active=false");
		assertThat(deactivated.actor()).isEqualTo("tester");
		assertThat(deactivated.address()).isEqualTo("127.0.0.1");
	}

	@Test
	void vendorsContractsAndPhotosAreRecorded() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		PersonSummary person = fixtures.person(unit.id());
		String vendor = mvc.perform(post("/api/v1/vendors").contentType(MediaType.APPLICATION_JSON)
			.content(VendorHttpTests.vendor(OrganizationFixtures.code("V"), "", true)).with(csrf()))
			.andReturn().getResponse().getContentAsString();
		long vendorId = JsonPath.<Number>read(vendor, "$.id").longValue();
		String contract = mvc.perform(post("/api/v1/vendors/{id}/contracts", vendorId).contentType(MediaType.APPLICATION_JSON)
			.content(VendorHttpTests.contract("HT-1", "2025-01-01", "2025-12-31", "[%d]".formatted(unit.id())))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		long contractId = JsonPath.<Number>read(contract, "$.id").longValue();
		mvc.perform(put("/api/v1/vendors/{id}/contracts/{cid}", vendorId, contractId).contentType(MediaType.APPLICATION_JSON)
			.content(VendorHttpTests.contract("HT-1", "2025-01-01", "2026-12-31", "[%d]".formatted(unit.id())))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(multipart(HttpMethod.PUT, "/api/v1/people/{id}/photo", person.id())
			.file(new MockMultipartFile("file", "me.jpg", "image/jpeg", OrganizationFixtures.image("jpg", 50, 50)))
			.with(csrf())).andExpect(status().isNoContent());

		assertThat(changes.of("Vendor", vendorId)).extracting(EntityChanged::action).containsExactly("created");
		assertThat(changes.of("VendorContract", contractId)).extracting(EntityChanged::action)
			.containsExactly("created", "updated");
		EntityChanged updated = changes.of("VendorContract", contractId).get(1);
		assertThat(updated.before()).contains("2025-12-31");
		assertThat(updated.after()).contains("2026-12-31");
		assertThat(changes.of("Person", person.id())).extracting(EntityChanged::action).containsExactly("photoChanged");
	}

	@Test
	void rowsWrittenByAnImportAreRecordedInTheNameOfWhoStartedIt() throws Exception {
		UnitSummary unit = fixtures.unit(null);
		PersonSummary existing = fixtures.person(unit.id());
		byte[] file = OrganizationFixtures.xlsx(PersonImportHttpTests.HEADERS, List.of(PersonImportHttpTests
			.row(existing.employeeNo(), "导入改名", "", unit.code(), "营业员", "", "", "2024-03-01")));

		String job = importAndWait("/api/v1/people/imports", file, "COMMIT");

		assertThat((String) JsonPath.read(job, "$.status")).isEqualTo("SUCCEEDED");
		assertThat(changes.of("Person", existing.id())).singleElement().satisfies(change -> {
			assertThat(change.action()).isEqualTo("updated");
			assertThat(change.actor()).isEqualTo("tester");
			assertThat(change.before()).contains("name=" + existing.name());
			assertThat(change.after()).contains("name=导入改名");
		});
	}
}
