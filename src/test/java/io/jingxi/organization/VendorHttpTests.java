package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

import com.jayway.jsonpath.JsonPath;

class VendorHttpTests extends OrganizationWebTestSupport {

	static String vendor(String code, String phone, boolean active) {
		return """
				{"code":"%s","name":"洁美保洁有限公司","contact":"李经理","phone":"%s","active":%s}"""
			.formatted(code, phone, active);
	}

	static String contract(String number, String start, String end, String unitIds) {
		return """
				{"number":"%s","scope":"营业厅日常保洁、每周一次深度清洁","startDate":"%s","endDate":"%s","unitIds":%s}"""
			.formatted(number, start, end, unitIds);
	}

	@Test
	void aVendorIsCreatedUpdatedAndFoundByCodeOrName() throws Exception {
		String code = OrganizationFixtures.code("V");
		String created = mvc.perform(post("/api/v1/vendors").contentType(MediaType.APPLICATION_JSON)
			.content(vendor(code, "021-62345678", true))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn().getResponse().getContentAsString();
		long id = JsonPath.<Number>read(created, "$.id").longValue();

		mvc.perform(put("/api/v1/vendors/{id}", id).contentType(MediaType.APPLICATION_JSON)
			.content(vendor(code, "13900000000", false))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.phone").value("13900000000"));

		String found = mvc.perform(get("/api/v1/vendors").param("q", code.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(ids(found, "$.items[*].id")).containsExactly(id);
	}

	@Test
	void aDuplicateVendorCodeIsAConflictAndABadPhoneAFieldError() throws Exception {
		VendorSummary existing = fixtures.vendor();

		mvc.perform(post("/api/v1/vendors").contentType(MediaType.APPLICATION_JSON)
			.content(vendor(existing.code(), "", true))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.vendor.codeTaken"));
		mvc.perform(post("/api/v1/vendors").contentType(MediaType.APPLICATION_JSON)
			.content(vendor(OrganizationFixtures.code("V"), "999", true))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		mvc.perform(get("/api/v1/vendors/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void aContractServesUnitsForAPeriod() throws Exception {
		VendorSummary vendor = fixtures.vendor();
		var tree = fixtures.tree();
		String number = OrganizationFixtures.code("HT");

		String created = mvc.perform(post("/api/v1/vendors/{id}/contracts", vendor.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content(contract(number, "2025-01-01", "2025-12-31", "[%d,%d]".formatted(tree.a().id(), tree.b().id())))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.vendorId").value(vendor.id()))
			.andExpect(jsonPath("$.number").value(number))
			.andExpect(jsonPath("$.startDate").value("2025-01-01"))
			.andExpect(jsonPath("$.endDate").value("2025-12-31"))
			.andReturn().getResponse().getContentAsString();
		long contractId = JsonPath.<Number>read(created, "$.id").longValue();
		assertThat(ids(created, "$.unitIds[*]")).containsExactly(tree.a().id(), tree.b().id());

		mvc.perform(put("/api/v1/vendors/{id}/contracts/{contractId}", vendor.id(), contractId)
			.contentType(MediaType.APPLICATION_JSON)
			.content(contract(number, "2025-01-01", "2026-06-30", "[%d]".formatted(tree.b1().id())))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endDate").value("2026-06-30"));
		assertThat(fixtures.contractUnits(contractId)).containsExactly(tree.b1().id());

		String listed = mvc.perform(get("/api/v1/vendors/{id}/contracts", vendor.id()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(ids(listed, "$[*].id")).containsExactly(contractId);
	}

	@Test
	void aContractCannotEndBeforeItStarts() throws Exception {
		VendorSummary vendor = fixtures.vendor();
		UnitSummary unit = fixtures.unit(null);

		mvc.perform(post("/api/v1/vendors/{id}/contracts", vendor.id()).contentType(MediaType.APPLICATION_JSON)
			.content(contract(OrganizationFixtures.code("HT"), "2025-06-01", "2025-05-31", "[%d]".formatted(unit.id())))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"))
			.andExpect(jsonPath("$.detail").value(containsString("2025-05-31")));
	}

	@Test
	void aContractMustServeExistingUnitsAndCarryAUniqueNumber() throws Exception {
		VendorSummary vendor = fixtures.vendor();
		UnitSummary unit = fixtures.unit(null);

		mvc.perform(post("/api/v1/vendors/{id}/contracts", vendor.id()).contentType(MediaType.APPLICATION_JSON)
			.content(contract(OrganizationFixtures.code("HT"), "2025-01-01", "2025-12-31",
					"[%d,%d]".formatted(unit.id(), Long.MAX_VALUE)))
			.with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("organization.contract.unitNotFound"))
			.andExpect(jsonPath("$.detail").value(containsString(String.valueOf(Long.MAX_VALUE))));
		mvc.perform(post("/api/v1/vendors/{id}/contracts", vendor.id()).contentType(MediaType.APPLICATION_JSON)
			.content(contract(OrganizationFixtures.code("HT"), "2025-01-01", "2025-12-31", "[]"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitIds"));

		long existing = fixtures.contract(vendor.id(), unit.id());
		String number = JsonPath.read(mvc.perform(get("/api/v1/vendors/{id}/contracts", vendor.id()))
			.andReturn().getResponse().getContentAsString(), "$[0].number");
		mvc.perform(post("/api/v1/vendors/{id}/contracts", vendor.id()).contentType(MediaType.APPLICATION_JSON)
			.content(contract(number, "2025-01-01", "2025-12-31", "[%d]".formatted(unit.id())))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("organization.contract.numberTaken"));
		assertThat(existing).isPositive();
		mvc.perform(get("/api/v1/vendors/{id}/contracts", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "tester", authorities = "org:vendor:read")
	void readingVendorsDoesNotAllowChangingThem() throws Exception {
		VendorSummary vendor = fixtures.vendor();

		mvc.perform(get("/api/v1/vendors")).andExpect(status().isOk());
		mvc.perform(put("/api/v1/vendors/{id}", vendor.id()).contentType(MediaType.APPLICATION_JSON)
			.content(vendor(vendor.code(), "", false))
			.with(csrf()))
			.andExpect(status().isForbidden());
	}
}
