package io.jingxi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;
import io.jingxi.shared.ApiSession;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	io.jingxi.organization.OrganizationApi organization;

	String admin() {
		var username = "aud" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new IdentityApi.NewAccount(username, "审计员", "Audit-pass-1", null, null,
				Set.of("SYSTEM_ADMIN"), false));
		return username;
	}

	@Test
	void aStateChangingCallIsRecordedWithWhoWhenWhereAndWhat() throws Exception {
		var username = admin();
		var api = ApiSession.signIn(mvc, username, "Audit-pass-1");
		var roleCode = "AUD" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/roles", """
				{"code":"%s","name":"审计测试","permissions":["audit:read"],"dataScope":"ALL"}""".formatted(roleCode))
			.andExpect(status().isCreated());

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api
			.get("/api/v1/audit?actor={actor}&entityType=Role", username)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].action").value("CREATED"))
			.andExpect(jsonPath("$.items[0].address").value("127.0.0.1"))
			.andExpect(jsonPath("$.items[0].after").value(org.hamcrest.Matchers.containsString(roleCode))));
		// sign-ins are recorded too
		api.get("/api/v1/audit?actor={actor}&entityType=User", username)
			.andExpect(jsonPath("$.items[*].action", org.hamcrest.Matchers.hasItem("LOGIN")));
	}

	@Test
	void theLogCannotBeChangedThroughTheApi() throws Exception {
		var api = ApiSession.signIn(mvc, admin(), "Audit-pass-1");
		api.delete("/api/v1/audit").andExpect(status().isMethodNotAllowed());
		api.put("/api/v1/audit", "{}").andExpect(status().isMethodNotAllowed());
		api.post("/api/v1/audit", "{}").andExpect(status().isMethodNotAllowed());
	}

	@Test
	void searchRefusesAnInvertedTimeRange() throws Exception {
		var api = ApiSession.signIn(mvc, admin(), "Audit-pass-1").inEnglish();
		api.get("/api/v1/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		api.get("/api/v1/audit?from=yesterday")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

	@Test
	void onlyHoldersOfTheAuditPermissionSeeTheLog() throws Exception {
		var username = "st" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new IdentityApi.NewAccount(username, "员工", "Staff-pass-1", null, null,
				Set.of("STAFF"), false));
		ApiSession.signIn(mvc, username, "Staff-pass-1").get("/api/v1/audit").andExpect(status().isForbidden());
	}

	@Test
	void aUserWithAUnitScopeSeesOnlyTheirOwnEntries() throws Exception {
		var admin = admin();
		var adminApi = ApiSession.signIn(mvc, admin, "Audit-pass-1");
		var roleCode = "AUDU" + UUID.randomUUID().toString().substring(0, 6);
		var role = adminApi.post("/api/v1/roles", """
				{"code":"%s","name":"单位审计","permissions":["audit:read"],"dataScope":"SUBTREE"}""".formatted(roleCode))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		var units = io.jingxi.shared.TwoUnits.create(organization, identity, roleCode);
		var unitUser = ApiSession.signIn(mvc, units.userA(), units.password());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> unitUser.get("/api/v1/audit?size=200")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.items[*].actor", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(units.userA())))));
		// asking for someone else's entries does not widen the view
		unitUser.get("/api/v1/audit?actor={actor}&size=200", admin)
			.andExpect(jsonPath("$.items[*].actor", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(units.userA()))));
		org.assertj.core.api.Assertions.assertThat(role).contains(roleCode);
	}

	@Test
	void signingOutIsRecorded() throws Exception {
		var username = admin();
		var api = ApiSession.signIn(mvc, username, "Audit-pass-1");
		api.post("/api/v1/auth/logout", "").andExpect(status().isNoContent());
		var observer = ApiSession.signIn(mvc, admin(), "Audit-pass-1");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> observer
			.get("/api/v1/audit?actor={actor}&entityType=User", username)
			.andExpect(jsonPath("$.items[*].action", org.hamcrest.Matchers.hasItem("LOGOUT"))));
	}

	@Test
	void exportIsAnXlsxWithLocalizedHeaders() throws Exception {
		var username = admin();
		var api = ApiSession.signIn(mvc, username, "Audit-pass-1");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api
			.get("/api/v1/audit?actor={actor}", username).andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0))));
		var result = api.get("/api/v1/audit/export?actor={actor}", username).andReturn();
		var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn().getResponse();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("操作人");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(username);
		}
	}

	static String json(Object value) {
		return JsonMapper.builder().build().writeValueAsString(value);
	}
}
