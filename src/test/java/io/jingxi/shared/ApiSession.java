package io.jingxi.shared;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A signed-in user's session against the real security chain (session cookie, CSRF, permissions,
 * data scope), for HTTP tests of any module. Sign in with {@link #signIn}.
 */
public final class ApiSession {

	private final MockMvc mvc;
	private final MockHttpSession session;
	private final String language;

	private ApiSession(MockMvc mvc, MockHttpSession session, String language) {
		this.mvc = mvc;
		this.session = session;
		this.language = language;
	}

	/** Signs in through POST /api/v1/auth/login and keeps the session. */
	public static ApiSession signIn(MockMvc mvc, String username, String password) throws Exception {
		var session = new MockHttpSession();
		var result = mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/login").session(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andReturn();
		if (result.getResponse().getStatus() != HttpStatus.OK.value()) {
			throw new AssertionError("Sign-in of " + username + " failed: " + result.getResponse().getContentAsString());
		}
		var current = result.getRequest().getSession(false);
		return new ApiSession(mvc, current instanceof MockHttpSession s ? s : session, "zh-CN");
	}

	public ApiSession inEnglish() {
		return new ApiSession(mvc, session, "en");
	}

	public ResultActions get(String url, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.get(url, vars));
	}

	public ResultActions post(String url, String json, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.post(url, vars).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public ResultActions put(String url, String json, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.put(url, vars).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	public ResultActions delete(String url, Object... vars) throws Exception {
		return perform(MockMvcRequestBuilders.delete(url, vars));
	}

	/** Any request (multipart uploads included) in this session, with CSRF and the session's language. */
	public ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.session(session).with(csrf()).header("Accept-Language", language));
	}

	/** Uploads (multipart requests) in this session. */
	public ResultActions perform(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.session(session).with(csrf()).header("Accept-Language", language));
	}

	/** Static builders under a name that does not clash with this class's methods. */
	static final class MockMvcRequestBuilders {

		static MockHttpServletRequestBuilder get(String url, Object... vars) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url, vars);
		}

		static MockHttpServletRequestBuilder post(String url, Object... vars) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url, vars);
		}

		static MockHttpServletRequestBuilder put(String url, Object... vars) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url, vars);
		}

		static MockHttpServletRequestBuilder delete(String url, Object... vars) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(url, vars);
		}
	}
}
