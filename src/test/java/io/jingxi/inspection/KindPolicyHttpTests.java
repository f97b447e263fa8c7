package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The kind rules as a quality manager edits them: each change is a new version, which visits
 * started afterwards record and obey, and which the façade's weights follow; stale, incomplete and
 * invalid changes are refused and change nothing. The test puts the built-in rules back afterwards,
 * since the rules are the organisation's, shared by every test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class KindPolicyHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	InspectionApi inspections;

	static String change(int basedOn, JsonNode rules, String note) {
		return "{\"basedOnVersion\":" + basedOn + ",\"rules\":" + rules + ",\"note\":\"" + note + "\"}";
	}

	static ObjectNode rule(JsonNode rules, String kind) {
		for (JsonNode rule : rules) {
			if (rule.path("kind").asString().equals(kind)) {
				return (ObjectNode) rule;
			}
		}
		throw new AssertionError("No rule for " + kind);
	}

	@Test
	void aChangeIsANewVersionThatNewVisitsRecordAndObeyAndTheWeightsFollow() throws Exception {
		var fx = InspectionFixture.create(mvc, organization, identity);
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		ApiSession english = quality.inEnglish();
		JsonNode current = json(quality.get("/api/v1/inspections/kind-policy").andExpect(status().isOk())
			.andExpect(jsonPath("$.rules.length()").value(InspectionKind.values().length))
			.andReturn().getResponse().getContentAsString());
		int version = current.path("version").asInt();
		JsonNode defaults = json(quality.get("/api/v1/inspections/kind-policy/versions/0")
			.andExpect(jsonPath("$.rules[?(@.kind == 'THIRD_PARTY')].weight").value(0.2))
			.andExpect(jsonPath("$.rules[?(@.kind == 'MYSTERY_SHOPPER')].assignedOnly").value(true))
			.andReturn().getResponse().getContentAsString()).path("rules");
		try {
			ArrayNode rules = (ArrayNode) current.path("rules").deepCopy();
			rule(rules, "SUPERVISOR").put("assignedOnly", true);
			rule(rules, "THIRD_PARTY").put("weight", new BigDecimal("0.1"));
			quality.put("/api/v1/inspections/kind-policy", change(version, rules, "督查只按计划"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(version + 1))
				.andExpect(jsonPath("$.current").value(true))
				.andExpect(jsonPath("$.createdBy").value(fx.qualityManager()))
				.andExpect(jsonPath("$.note").value("督查只按计划"));
			assertThat(inspections.kindWeights().version()).isEqualTo(version + 1);
			assertThat(inspections.kindWeights().of(InspectionKind.THIRD_PARTY)).isEqualByComparingTo("0.1");

			// visits started now obey the new rules and record them
			ApiSession inspector = fx.signIn(mvc, fx.inspectorA());
			inspector.inEnglish().post("/api/v1/inspections", """
					{"unitId":%d,"standardId":%d,"kind":"SUPERVISOR","plannedDate":"2026-11-23"}"""
				.formatted(fx.units().unitA(), fx.standardId()))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").value(containsString("\"supervisor inspection\" are done only on assignment")));
			json(fx.newVisit(inspector, fx.units().unitA(), "SPOT_CHECK"));
			inspector.get("/api/v1/inspections?unitId={u}&kind=SPOT_CHECK", fx.units().unitA())
				.andExpect(jsonPath("$.items[0].kindPolicyVersion").value(version + 1));

			// stale, incomplete and invalid changes, and a change by someone who does not manage inspections
			english.put("/api/v1/inspections/kind-policy", change(version, rules, "again"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(containsString("version " + (version + 1))));
			ArrayNode incomplete = rules.deepCopy();
			incomplete.remove(0);
			english.put("/api/v1/inspections/kind-policy", change(version + 1, incomplete, "x"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("rules"));
			ArrayNode badPermission = rules.deepCopy();
			((ObjectNode) badPermission.get(1)).put("permission", "org:unit:write");
			english.put("/api/v1/inspections/kind-policy", change(version + 1, badPermission, "x"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("rules[1].permission"));
			ArrayNode heavy = rules.deepCopy();
			((ObjectNode) heavy.get(2)).put("weight", new BigDecimal("11"));
			english.put("/api/v1/inspections/kind-policy", change(version + 1, heavy, "x"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("rules[2].weight"));
			ArrayNode badUnitRule = rules.deepCopy();
			((ObjectNode) badUnitRule.get(0)).put("unitRule", "EVERYWHERE");
			english.put("/api/v1/inspections/kind-policy", change(version + 1, badUnitRule, "x"))
				.andExpect(status().isBadRequest());
			inspector.put("/api/v1/inspections/kind-policy", change(version + 1, rules, "x"))
				.andExpect(status().isForbidden());
			inspector.get("/api/v1/inspections/kind-policy/versions").andExpect(status().isForbidden());
			quality.get("/api/v1/inspections/kind-policy").andExpect(jsonPath("$.version").value(version + 1));

			quality.get("/api/v1/inspections/kind-policy/versions")
				.andExpect(jsonPath("$[0].version").value(version + 1))
				.andExpect(jsonPath("$[0].current").value(true))
				.andExpect(jsonPath("$[-1:].version").value(0))
				.andExpect(jsonPath("$.length()").value(version + 2));
			quality.get("/api/v1/inspections/kind-policy/versions/{v}", version + 1)
				.andExpect(jsonPath("$.rules[?(@.kind == 'SUPERVISOR')].assignedOnly").value(true));
			quality.get("/api/v1/inspections/kind-policy/versions/{v}", 987654).andExpect(status().isNotFound());
		}
		finally {
			int latest = json(quality.get("/api/v1/inspections/kind-policy").andReturn().getResponse()
				.getContentAsString()).path("version").asInt();
			quality.put("/api/v1/inspections/kind-policy", change(latest, defaults, "built-in rules again"))
				.andExpect(status().isOk());
		}
		assertThat(inspections.kindWeights().weights()).isEqualTo(KindWeights.defaults().weights());
	}
}
