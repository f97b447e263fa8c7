package io.jingxi.shared;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;

/** Every 4xx is a localized RFC 9457 problem; nothing internal ever reaches the client. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProblemDetailsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	ApiSession admin() throws Exception {
		var username = "pd" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new IdentityApi.NewAccount(username, "管理员", "Problem-pass-1", null, null,
				Set.of("SYSTEM_ADMIN"), false));
		return ApiSession.signIn(mvc, username, "Problem-pass-1");
	}

	@Test
	void unreadableJsonIsABadRequestWithoutParserInternals() throws Exception {
		admin().inEnglish().post("/api/v1/roles", "{not json")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The request could not be read."))
			.andExpect(content().string(Matchers.not(Matchers.containsStringIgnoringCase("jackson"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
	}

	@Test
	void validationErrorsNameEachFieldInTheRequestLanguage() throws Exception {
		admin().post("/api/v1/roles", "{\"code\":\"\",\"name\":\"\",\"permissions\":[],\"dataScope\":\"ALL\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("请求参数有误"))
			.andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("code", "name")));
	}

	@Test
	void aBadPathVariableNamesTheParameter() throws Exception {
		admin().inEnglish().get("/api/v1/users/abc")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void anUnknownApiPathIsANotFoundProblem() throws Exception {
		admin().get("/api/v1/no-such-thing")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("请求的地址不存在。"));
		admin().inEnglish().get("/api/v1/no-such-thing")
			.andExpect(jsonPath("$.detail").value("The requested address does not exist."));
	}
}
