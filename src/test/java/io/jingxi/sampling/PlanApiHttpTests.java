package io.jingxi.sampling;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class PlanApiHttpTests extends SamplingHttpTestSupport {

	@Test
	void thePlanApiAnswersTheStandardsPlanForTheIssuesExample() throws Exception {
		var api = user(null, "QUALITY_MANAGER");
		api.get("/api/v1/sampling/plan?lotSize=1200&level=II&aql=1.0&severity=normal")
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"codeLetter":"J","sampleSize":80,"acceptance":2,"rejection":3,"fullInspection":false}""", true));
		api.get("/api/v1/sampling/plan?lotSize=1200&level=II&aql=1&severity=tightened")
			.andExpect(content().json("""
					{"codeLetter":"J","sampleSize":80,"acceptance":1,"rejection":2,"fullInspection":false}""", true));
		api.get("/api/v1/sampling/plan?lotSize=10&level=II&aql=0.65&severity=normal")
			.andExpect(content().json("""
					{"codeLetter":"F","sampleSize":10,"acceptance":0,"rejection":1,"fullInspection":true}""", true));
	}

	@Test
	void everyBadParameterIsA400ThatNamesTheParameterAndItsAllowedValues() throws Exception {
		var api = user(null, "QUALITY_MANAGER").inEnglish();
		api.get("/api/v1/sampling/plan?lotSize=1200&level=IV&aql=1.0&severity=normal")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"))
			.andExpect(jsonPath("$.detail").value(containsString("S-1, S-2, S-3, S-4, I, II, III")));
		api.get("/api/v1/sampling/plan?lotSize=1200&level=II&aql=2.0&severity=normal")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("aql"))
			.andExpect(jsonPath("$.detail").value(containsString("0.010, 0.015")))
			.andExpect(jsonPath("$.detail").value(containsString("650, 1000")));
		api.get("/api/v1/sampling/plan?lotSize=1200&level=II&aql=1.0&severity=strict")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("severity"))
			.andExpect(jsonPath("$.detail").value(containsString("normal, tightened, reduced")));
		api.get("/api/v1/sampling/plan?lotSize=1&level=II&aql=1.0&severity=normal")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lotSize"));
		api.get("/api/v1/sampling/plan?lotSize=many&level=II&aql=1.0&severity=normal")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lotSize"));
		api.get("/api/v1/sampling/plan?lotSize=1200&aql=1.0&severity=normal")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
	}

	@Test
	void problemsAreInChineseByDefault() throws Exception {
		user(null, "QUALITY_MANAGER").get("/api/v1/sampling/plan?lotSize=1200&level=II&aql=3&severity=normal")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("可选值")));
	}

	@Test
	void withoutTheSamplingReadPermissionThePlanIsForbidden() throws Exception {
		user(unit(), "STAFF").get("/api/v1/sampling/plan?lotSize=1200&level=II&aql=1.0&severity=normal")
			.andExpect(status().isForbidden());
	}

	@Test
	void theOptionsListTheTablesLevelsAndAqls() throws Exception {
		user(null, "VENDOR_MANAGER").get("/api/v1/sampling/options")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aqls.length()").value(26))
			.andExpect(jsonPath("$.levels[0]").value("S-1"))
			.andExpect(jsonPath("$.severities[2]").value("reduced"));
	}
}
