package io.jingxi.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class SpaForwardingControllerTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SpaForwardingController()).build();

	@ParameterizedTest
	@ValueSource(strings = { "/units", "/units/7", "/people/42", "/login", "/change-password", "/vendors/3",
			"/calendars/1", "/apis", "/errors/x", "/a/b/c/d" })
	void deepLinksOfTheWebAppGetIndexHtml(String path) throws Exception {
		mvc.perform(get(path)).andExpect(forwardedUrl("/index.html"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api", "/api/v1/units", "/api/v1/people/42", "/actuator/health", "/v3/api-docs",
			"/v3/api-docs/swagger-config", "/swagger-ui/index.html", "/swagger-ui.html", "/error",
			"/assets/index-abc.js", "/favicon.ico", "/index.html", "/units/7.json" })
	void serverPathsAndFilesAreLeftAlone(String path) throws Exception {
		mvc.perform(get(path)).andExpect(forwardedUrl(null));
	}
}
