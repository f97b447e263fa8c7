package io.jingxi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.shared.ApiSession;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuthenticationTests {

	static final String PASSWORD = "Good-pass-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	String newUser(String... roles) {
		var username = "u" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new IdentityApi.NewAccount(username, "测试用户", PASSWORD, null, null,
				Set.of(roles.length == 0 ? new String[] { "SYSTEM_ADMIN" } : roles), false));
		return username;
	}

	String login(String username, String password) {
		return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
	}

	@Test
	void signInStartsASessionAndReturnsTheUserWithPermissions() throws Exception {
		var username = newUser();
		var session = new MockHttpSession();
		mvc.perform(post("/api/v1/auth/login").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(login(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles[0]").value("SYSTEM_ADMIN"))
			.andExpect(jsonPath("$.permissions").isArray());
		var api = ApiSession.signIn(mvc, username, PASSWORD);
		api.get("/api/v1/me").andExpect(status().isOk()).andExpect(jsonPath("$.username").value(username));
	}

	@Test
	void apiRequiresSignInWithALocalizedProblem() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value("请先登录。"));
		mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Please sign in first."));
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		var username = newUser();
		mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content(login(username, PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("error.csrf"));
	}

	@Test
	void wrongPasswordAnswersUnauthorizedAndFiveFailuresLockTheAccount() throws Exception {
		var username = newUser();
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/api/v1/auth/login").with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(login(username, "wrong-" + i)))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("用户名或密码错误。"));
		}
		mvc.perform(post("/api/v1/auth/login").with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content(login(username, "wrong-5")))
			.andExpect(status().isLocked())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("locked")));
		// even the right password is refused while locked
		mvc.perform(post("/api/v1/auth/login").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(login(username, PASSWORD)))
			.andExpect(status().isLocked())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("15 分钟")));
	}

	@Test
	void unknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
		mvc.perform(post("/api/v1/auth/login").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(login("nobody-" + UUID.randomUUID(), "whatever1")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("identity.login.badCredentials"));
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		var api = ApiSession.signIn(mvc, newUser(), PASSWORD);
		api.post("/api/v1/auth/logout", "").andExpect(status().isNoContent());
		api.get("/api/v1/me").andExpect(status().isUnauthorized());
	}

	@Test
	void mustChangePasswordBlocksEverythingButThePasswordChange() throws Exception {
		var username = "m" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new IdentityApi.NewAccount(username, "新用户", PASSWORD, null, null,
				Set.of("SYSTEM_ADMIN"), true));
		var api = ApiSession.signIn(mvc, username, PASSWORD);
		api.get("/api/v1/me").andExpect(status().isOk()).andExpect(jsonPath("$.mustChangePassword").value(true));
		api.get("/api/v1/roles").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("identity.password.mustChange"));
		api.post("/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		api.post("/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"Another-pass-77\"}")
			.andExpect(status().isNoContent());
		api.get("/api/v1/roles").andExpect(status().isOk());
		ApiSession.signIn(mvc, username, "Another-pass-77").get("/api/v1/me")
			.andExpect(jsonPath("$.mustChangePassword").value(false));
	}

	@Test
	void passwordPolicyListsEveryProblemInTheRequestLanguage() throws Exception {
		var username = newUser();
		var api = ApiSession.signIn(mvc, username, PASSWORD).inEnglish();
		api.post("/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"password\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].message").value("A password contains both letters and digits."));
		api.post("/api/v1/me/password", "{\"currentPassword\":\"wrong\",\"newPassword\":\"Fine-pass-99\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
	}

	@Test
	void personalTokenActsAsItsOwnerWithoutCsrfUntilRevoked() throws Exception {
		var username = newUser("QUALITY_MANAGER");
		var api = ApiSession.signIn(mvc, username, PASSWORD);
		var created = api.post("/api/v1/me/tokens", "{\"name\":\"脚本\"}").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		var json = JsonMapper.builder().build().readTree(created);
		var token = json.get("token").asString();
		assertThat(token).startsWith("jx_");

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username));
		// permissions of the owner apply: a quality manager may not manage roles
		mvc.perform(post("/api/v1/roles").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"X\",\"name\":\"x\",\"permissions\":[],\"dataScope\":\"ALL\"}"))
			.andExpect(status().isForbidden());
		api.get("/api/v1/me/tokens").andExpect(jsonPath("$[0].name").value("脚本"));

		api.delete("/api/v1/me/tokens/{id}", json.get("id").asLong()).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("identity.token.invalid"));
	}

	@Test
	void aMadeUpTokenIsRejected() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer jx_made-up"))
			.andExpect(status().isUnauthorized());
	}
}
