package io.jingxi.identity;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.TwoUnits;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganizationApi organization;

	@Autowired
	Roles roles;

	TwoUnits units;

	@BeforeEach
	void twoUnitsWithAManagerEach() {
		units = TwoUnits.create(organization, identity, "UNIT_MANAGER");
	}

	long roleId(String code) {
		return roles.findByCode(code).orElseThrow().id();
	}

	@Test
	void aUnitManagerListsOnlyTheUsersOfTheirOwnSubtree() throws Exception {
		var a = ApiSession.signIn(mvc, units.userA(), units.password());
		a.get("/api/v1/users?size=200")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].username", Matchers.hasItem(units.userA())))
			.andExpect(jsonPath("$.items[*].username", Matchers.not(Matchers.hasItem(units.userB()))))
			.andExpect(jsonPath("$.items[*].unitId", Matchers.everyItem(Matchers.hasToString(String.valueOf(units.unitA())))));
	}

	@Test
	void aUnitManagerCannotReadOrChangeAUserOfAnotherUnit() throws Exception {
		var b = ApiSession.signIn(mvc, units.userB(), units.password());
		var bId = b.get("/api/v1/me").andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1");
		var a = ApiSession.signIn(mvc, units.userA(), units.password());
		a.get("/api/v1/users/{id}", bId).andExpect(status().isNotFound());
		a.put("/api/v1/users/{id}", "{\"displayName\":\"改名\",\"unitId\":" + units.unitA() + ",\"roleIds\":[]}", bId)
			.andExpect(status().isNotFound());
		a.post("/api/v1/users/{id}/disable", "", bId).andExpect(status().isNotFound());
		a.post("/api/v1/users/{id}/reset-password", "", bId).andExpect(status().isNotFound());
	}

	@Test
	void aUnitManagerCannotCreateAUserInAnotherUnit() throws Exception {
		var a = ApiSession.signIn(mvc, units.userA(), units.password());
		a.post("/api/v1/users", """
				{"username":"x%s","displayName":"越权","unitId":%d,"roleIds":[%d],"password":"Valid-pass-1"}
				""".formatted(UUID.randomUUID().toString().substring(0, 6), units.unitB(), roleId("STAFF")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
	}

	@Test
	void nobodyGrantsARoleWithMorePermissionsThanTheirOwn() throws Exception {
		var a = ApiSession.signIn(mvc, units.userA(), units.password());
		a.post("/api/v1/users", """
				{"username":"y%s","displayName":"提权","unitId":%d,"roleIds":[%d],"password":"Valid-pass-1"}
				""".formatted(UUID.randomUUID().toString().substring(0, 6), units.unitA(), roleId("SYSTEM_ADMIN")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("identity.user.roleTooPowerful"));
	}

	@Test
	void aUnitManagerCreatesAStaffUserInTheirUnitWhoMustChangeThePassword() throws Exception {
		var a = ApiSession.signIn(mvc, units.userA(), units.password());
		var username = "s" + UUID.randomUUID().toString().substring(0, 6);
		a.post("/api/v1/users", """
				{"username":"%s","displayName":"新员工","unitId":%d,"roleIds":[%d],"password":"Valid-pass-1"}
				""".formatted(username, units.unitA(), roleId("STAFF")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitId").value(units.unitA()))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		ApiSession.signIn(mvc, username, "Valid-pass-1").get("/api/v1/me")
			.andExpect(jsonPath("$.mustChangePassword").value(true));
		a.post("/api/v1/users", """
				{"username":"%s","displayName":"重复","unitId":%d,"roleIds":[],"password":"Valid-pass-1"}
				""".formatted(username, units.unitA()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void usersWithoutThePermissionCannotListUsers() throws Exception {
		var staff = TwoUnits.create(organization, identity, "STAFF");
		ApiSession.signIn(mvc, staff.userA(), staff.password()).get("/api/v1/users")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("您没有执行此操作的权限。"));
	}

	@Test
	void builtInRolesKeepTheirPermissionsButCustomRolesCanBeMade() throws Exception {
		var admin = "adm" + UUID.randomUUID().toString().substring(0, 6);
		identity.createAccount(new IdentityApi.NewAccount(admin, "管理员", "Admin-pass-1", null, null,
				java.util.Set.of("SYSTEM_ADMIN"), false));
		var api = ApiSession.signIn(mvc, admin, "Admin-pass-1");
		api.get("/api/v1/roles").andExpect(jsonPath("$[*].code", Matchers.hasItems("SYSTEM_ADMIN", "MYSTERY_SHOPPER",
				"VENDOR_MANAGER", "CASE_AGENT", "INSPECTOR", "QUALITY_MANAGER", "UNIT_MANAGER", "STAFF")));
		api.put("/api/v1/roles/{id}", """
				{"code":"STAFF","name":"员工","permissions":["audit:read"],"dataScope":"SELF"}""", roleId("STAFF"))
			.andExpect(status().isConflict());
		var code = "R" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/roles", """
				{"code":"%s","name":"区域督查","permissions":["org:unit:read","audit:read"],"dataScope":"CUSTOM","customUnitIds":[%d]}
				""".formatted(code, units.unitA()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.customUnitIds[0]").value(units.unitA()));
		api.post("/api/v1/roles", """
				{"code":"%s2","name":"坏角色","permissions":["no:such"],"dataScope":"ALL"}""".formatted(code))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("permissions"));
		api.post("/api/v1/roles", """
				{"code":"%s3","name":"空范围","permissions":[],"dataScope":"CUSTOM","customUnitIds":[]}""".formatted(code))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("customUnitIds"));
		api.inEnglish().get("/api/v1/permissions").andExpect(jsonPath("$[0].name").value("View units"));
	}

	@Test
	void aRoleChangeAppliesToSignedInUsersAtOnce() throws Exception {
		var admin = "adm" + UUID.randomUUID().toString().substring(0, 6);
		identity.createAccount(new IdentityApi.NewAccount(admin, "管理员", "Admin-pass-1", null, null,
				java.util.Set.of("SYSTEM_ADMIN"), false));
		var adminApi = ApiSession.signIn(mvc, admin, "Admin-pass-1");
		var code = "LIVE" + UUID.randomUUID().toString().substring(0, 6);
		var created = adminApi.post("/api/v1/roles", """
				{"code":"%s","name":"临时查看","permissions":["identity:user:read"],"dataScope":"ALL"}""".formatted(code))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		var roleId = created.replaceAll(".*\"id\":(\\d+).*", "$1");
		var viewer = "v" + UUID.randomUUID().toString().substring(0, 6);
		identity.createAccount(new IdentityApi.NewAccount(viewer, "查看者", "Viewer-pass-1", null, null,
				java.util.Set.of(code), false));
		var viewerApi = ApiSession.signIn(mvc, viewer, "Viewer-pass-1");
		viewerApi.get("/api/v1/users").andExpect(status().isOk());

		adminApi.put("/api/v1/roles/{id}", """
				{"code":"%s","name":"临时查看","permissions":[],"dataScope":"ALL"}""".formatted(code), roleId)
			.andExpect(status().isOk());
		viewerApi.get("/api/v1/users").andExpect(status().isForbidden());
	}

	@Test
	void disablingAUserEndsTheirSession() throws Exception {
		var a = ApiSession.signIn(mvc, units.userA(), units.password());
		var staff = "s" + UUID.randomUUID().toString().substring(0, 6);
		a.post("/api/v1/users", """
				{"username":"%s","displayName":"将停用","unitId":%d,"roleIds":[%d],"password":"Valid-pass-1"}
				""".formatted(staff, units.unitA(), roleId("UNIT_MANAGER")))
			.andExpect(status().isCreated());
		var staffId = a.get("/api/v1/users?q={q}", staff).andReturn().getResponse().getContentAsString()
			.replaceAll(".*\"id\":(\\d+).*", "$1");
		var session = ApiSession.signIn(mvc, staff, "Valid-pass-1");
		session.post("/api/v1/me/password", "{\"currentPassword\":\"Valid-pass-1\",\"newPassword\":\"Other-pass-22\"}")
			.andExpect(status().isNoContent());
		session.get("/api/v1/users").andExpect(status().isOk());

		a.post("/api/v1/users/{id}/disable", "", staffId).andExpect(status().isOk());
		session.get("/api/v1/users")
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("identity.session.ended"));
	}
}
