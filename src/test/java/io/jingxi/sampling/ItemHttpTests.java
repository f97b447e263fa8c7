package io.jingxi.sampling;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class ItemHttpTests extends SamplingHttpTestSupport {

	static String itemJson(String code, String level, String major, String minor) {
		return """
				{"code":"%s","name":"大白菜","unitOfMeasure":"kg","level":"%s","aqlCritical":null,"aqlMajor":%s,"aqlMinor":%s}"""
			.formatted(code, level, major == null ? "null" : "\"" + major + "\"",
					minor == null ? "null" : "\"" + minor + "\"");
	}

	@Test
	void aQualityManagerKeepsItemsAndEveryChangeOfSettingsRaisesTheirVersion() throws Exception {
		var api = user(null, "QUALITY_MANAGER");
		String code = "CAB" + tag();
		String created = api.post("/api/v1/sampling/items", itemJson(code, "II", "1.0", "4.0"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.settingsVersion").value(1))
			.andExpect(jsonPath("$.aqlMajor").value("1.0"))
			.andReturn().getResponse().getContentAsString();
		long id = id(created);
		// renaming keeps the settings version
		api.put("/api/v1/sampling/items/{id}", itemJson(code, "II", "1.0", "4.0").replace("大白菜", "黄心大白菜"), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.settingsVersion").value(1));
		// another AQL is another version
		api.put("/api/v1/sampling/items/{id}", itemJson(code, "II", "0.65", "4.0").replace("大白菜", "黄心大白菜"), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.settingsVersion").value(2));
		api.get("/api/v1/sampling/items?q={q}", code.toLowerCase())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("黄心大白菜"));
	}

	@Test
	void badItemsAreRefusedWithFieldErrorsAndDuplicatesAsConflicts() throws Exception {
		var api = user(null, "QUALITY_MANAGER");
		String code = "BAD" + tag();
		api.post("/api/v1/sampling/items", itemJson(code, "II", "2.0", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("aqlMajor"));
		api.post("/api/v1/sampling/items", itemJson(code, "IV", "1.0", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		api.post("/api/v1/sampling/items", itemJson(code, "II", null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("sampling.item.noClass"));
		api.post("/api/v1/sampling/items", itemJson(code, "II", "1.0", null)).andExpect(status().isCreated());
		api.post("/api/v1/sampling/items", itemJson(code, "II", "1.0", null))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("sampling.item.codeTaken"));
	}

	@Test
	void aUnitManagerReadsItemsButCannotChangeThem() throws Exception {
		var api = user(unit(), "UNIT_MANAGER");
		api.get("/api/v1/sampling/items").andExpect(status().isOk());
		api.post("/api/v1/sampling/items", itemJson("UM" + tag(), "II", "1.0", null)).andExpect(status().isForbidden());
	}
}
