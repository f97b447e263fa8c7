package io.jingxi.standard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;

/**
 * What the standard module's HTTP tests share: the real application (the same context as the other
 * modules' sign-in tests), accounts with built-in roles signed in for real, and helpers that create
 * standards and drafts through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class StandardWebTestSupport {

	static final String PASSWORD = "Standard-pass-1";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganizationApi organization;

	/** A fresh organisation-wide account with the given built-in roles. */
	String account(String... roles) {
		var username = "std" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new IdentityApi.NewAccount(username, "标准测试", PASSWORD, null, null, Set.of(roles), false));
		return username;
	}

	ApiSession signIn(String username) throws Exception {
		return ApiSession.signIn(mvc, username, PASSWORD);
	}

	/** A quality manager's session: standard:read and standard:write. */
	ApiSession writer() throws Exception {
		return signIn(account("QUALITY_MANAGER"));
	}

	static String code() {
		return "STD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** Creates a standard through the API; answers its id. */
	static long create(ApiSession api, String code) throws Exception {
		String body = api.post("/api/v1/standards", """
				{"code":"%s","name":"测试标准 %s","description":"HTTP 测试"}""".formatted(code, code))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(body, "$.standard.id")).longValue();
	}

	/** A draft with two sections: a yes/no item, a points item and a measured item. */
	static String draft(String ruleJson) {
		return """
				{%s
				 "note":"首版",
				 "sections":[
				  {"name":"外部环境","items":[
				    {"clause":"000-3.1-01","text":"外墙整洁","answerType":"YES_NO","points":3,"deduction":3,"photoRequired":true},
				    {"clause":"000-3.2-03","text":"站姿标准","answerType":"POINTS","points":2}]},
				  {"name":"内部环境","items":[
				    {"clause":"000-3.1-06","text":"温度适宜","answerType":"MEASURED","points":3,"deduction":3,
				     "unit":"℃","lowerLimit":18,"upperLimit":28,"critical":true,"naAllowed":true}]}]}
				""".formatted(ruleJson);
	}

	static String draft() {
		return draft("\"criticalEffect\":\"CAP\",\"criticalCap\":60,");
	}

	/** A published version 1 with {@link #draft()}; answers the standard's id. */
	static long published(ApiSession api, String code) throws Exception {
		long id = create(api, code);
		api.put("/api/v1/standards/{id}/versions/1", draft(), id).andExpect(status().isOk());
		api.post("/api/v1/standards/{id}/versions/1/publish", "", id).andExpect(status().isOk());
		return id;
	}

	static String json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Uploads a file to a standard's import endpoint and waits for the job to finish; answers the job's JSON. */
	static String importAndWait(ApiSession api, long standardId, byte[] file, String mode) throws Exception {
		String submitted = json(api.perform(multipart("/api/v1/standards/{id}/imports", standardId)
			.file(new MockMultipartFile("file", "检查表.xlsx", XLSX, file))
			.param("mode", mode)).andExpect(status().isAccepted()));
		long jobId = ((Number) JsonPath.read(submitted, "$.id")).longValue();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			String job = json(api.get("/api/v1/standards/imports/{id}", jobId));
			if (!"RUNNING".equals(JsonPath.read(job, "$.status")) || Instant.now().isAfter(deadline)) {
				return job;
			}
			Thread.sleep(50);
		}
	}

	/** Downloads a streamed export. */
	byte[] download(ApiSession api, String url, Object... vars) throws Exception {
		var started = api.get(url, vars).andExpect(request().asyncStarted()).andReturn();
		return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	static List<Object> list(String json, String path) {
		return JsonPath.read(json, path);
	}
}
