package io.jingxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the OpenAPI document to docs/openapi.json, from which the web app generates its
 * TypeScript types (npm run gen:api), and checks that every API path is in it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Test
	void documentsTheApiAndWritesItForTheWebApp() throws Exception {
		var body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var json = JsonMapper.builder().build();
		var tree = json.readTree(body);
		assertThat(tree.get("paths").has("/api/v1/auth/login")).isTrue();
		assertThat(tree.get("paths").has("/api/v1/audit")).isTrue();
		var pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
		Files.createDirectories(Path.of("docs"));
		Files.writeString(Path.of("docs/openapi.json"), pretty, StandardCharsets.UTF_8);
	}
}
