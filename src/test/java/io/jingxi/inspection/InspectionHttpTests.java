package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.allAnswers;
import static io.jingxi.inspection.InspectionFixture.items;
import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
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

/**
 * The inspection endpoints with real sign-ins: a visit from draft to submitted, bad answers, the
 * immutability of a submitted visit, and isolation between two sibling units.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InspectionHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	InspectionFixture fx;

	@BeforeEach
	void twoUnitsInspectorsAndAPublishedStandard() throws Exception {
		fx = InspectionFixture.create(mvc, organization, identity);
	}

	@Test
	void aVisitIsAnsweredAsADraftResumedSubmittedAndExplainedLineByLine() throws Exception {
		var inspector = fx.signIn(mvc, fx.inspectorA());
		JsonNode created = json(fx.newVisit(inspector, fx.units().unitA(), "SUPERVISOR"));
		long id = created.path("visit").path("id").asLong();
		assertThat(created.path("visit").path("status").asString()).isEqualTo("DRAFT");
		assertThat(created.path("visit").path("versionNumber").asInt()).isEqualTo(1);
		assertThat(created.path("visit").path("inspectorName").asString()).isEqualTo(fx.inspectorA());
		assertThat(created.path("visit").path("inspectorHidden").asBoolean()).isFalse();
		assertThat(items(created)).hasSizeGreaterThan(30);
		String firstClause = items(created).get(0).path("clause").asString();
		long firstItem = items(created).get(0).path("id").asLong();

		// a first answer saved as a draft, then resumed
		inspector.put("/api/v1/inspections/{id}/answers",
				"{\"answers\":[{\"itemId\":" + firstItem + ",\"compliant\":true}]}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.length()").value(1));
		inspector.get("/api/v1/inspections/{id}", id)
			.andExpect(jsonPath("$.answers[0].itemId").value(firstItem))
			.andExpect(jsonPath("$.answers[0].compliant").value(true));
		// submitting with items unanswered is refused
		inspector.post("/api/v1/inspections/{id}/submit", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("未作答")));
		// the running score of a draft
		inspector.get("/api/v1/inspections/{id}/score", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(false))
			.andExpect(jsonPath("$.complete").value(false));

		// every item answered; the first one failed, with a note
		inspector.put("/api/v1/inspections/{id}/answers", allAnswers(created, "墙面有小广告", firstClause), id)
			.andExpect(status().isOk());
		InspectionFixture.photograph(inspector, id, firstItem);
		JsonNode submitted = json(inspector.post("/api/v1/inspections/{id}/submit", "", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.status").value("SUBMITTED"))
			.andReturn().getResponse().getContentAsString());
		assertThat(submitted.path("visit").path("total").decimalValue()).isLessThan(new java.math.BigDecimal("100"));

		JsonNode score = json(inspector.get("/api/v1/inspections/{id}/score", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submitted").value(true))
			.andExpect(jsonPath("$.complete").value(true))
			.andExpect(jsonPath("$.policy").isNotEmpty())
			.andExpect(jsonPath("$.ruleName").isNotEmpty())
			.andExpect(jsonPath("$.ruleVersion").value(1))
			.andExpect(jsonPath("$.sections.length()").value(6))
			.andReturn().getResponse().getContentAsString());
		assertThat(score.path("total").decimalValue()).isEqualByComparingTo(submitted.path("visit").path("total").decimalValue());
		JsonNode firstLine = score.path("lines").get(0);
		assertThat(firstLine.path("clause").asString()).isEqualTo(firstClause);
		assertThat(firstLine.path("failed").asBoolean()).isTrue();
		assertThat(firstLine.path("pointsLost").decimalValue()).isPositive();
		assertThat(firstLine.path("explanation").asString()).contains(firstClause);
		assertThat(score.path("lines").size()).isEqualTo(items(created).size());

		inspector.get("/api/v1/inspections/{id}/findings", id)
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].clause").value(firstClause))
			.andExpect(jsonPath("$[0].itemId").value(firstItem))
			.andExpect(jsonPath("$[0].note").value("墙面有小广告"))
			.andExpect(jsonPath("$[0].pointsLost").value(firstLine.path("pointsLost").asDouble()));

		// a submitted visit never changes
		inspector.put("/api/v1/inspections/{id}/answers",
				"{\"answers\":[{\"itemId\":" + firstItem + ",\"compliant\":true}]}", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已提交")));
		inspector.inEnglish().post("/api/v1/inspections/{id}/submit", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("has been submitted")));
		inspector.get("/api/v1/inspections/{id}/score", id)
			.andExpect(jsonPath("$.lines[0].failed").value(true));
	}

	@Test
	void badAnswersAreRefusedNamingTheItemAndChangeNothing() throws Exception {
		var inspector = fx.signIn(mvc, fx.inspectorA()).inEnglish();
		JsonNode created = json(fx.newVisit(inspector, fx.units().unitA(), "SELF"));
		long id = created.path("visit").path("id").asLong();
		JsonNode pointsItem = items(created).stream()
			.filter(item -> item.path("answerType").asString().equals("POINTS"))
			.findFirst().orElseThrow();
		JsonNode noNaItem = items(created).stream()
			.filter(item -> item.path("answerType").asString().equals("YES_NO") && !item.path("naAllowed").asBoolean())
			.findFirst().orElseThrow();
		JsonNode yesNoItem = items(created).get(items(created).size() - 1);

		// a valid answer first, which the bad requests must leave alone
		inspector.put("/api/v1/inspections/{id}/answers",
				"{\"answers\":[{\"itemId\":" + yesNoItem.path("id").asLong() + ",\"compliant\":true}]}", id)
			.andExpect(status().isOk());

		inspector.put("/api/v1/inspections/{id}/answers", "{\"answers\":[{\"itemId\":" + pointsItem.path("id").asLong()
				+ ",\"value\":" + (pointsItem.path("points").asInt() + 1) + "}]}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[0]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(pointsItem.path("clause").asString())))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("out of range")));
		inspector.put("/api/v1/inspections/{id}/answers",
				"{\"answers\":[{\"itemId\":" + yesNoItem.path("id").asLong() + ",\"compliant\":false},"
						+ "{\"itemId\":987654321,\"compliant\":true}]}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[1]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("987654321")));
		inspector.put("/api/v1/inspections/{id}/answers",
				"{\"answers\":[{\"itemId\":" + noNaItem.path("id").asLong() + ",\"notApplicable\":true}]}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString(noNaItem.path("clause").asString())))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("N/A")));
		inspector.put("/api/v1/inspections/{id}/answers", "{\"answers\":[]}", id)
			.andExpect(status().isBadRequest());

		inspector.get("/api/v1/inspections/{id}", id)
			.andExpect(jsonPath("$.answers.length()").value(1))
			.andExpect(jsonPath("$.answers[0].itemId").value(yesNoItem.path("id").asLong()))
			.andExpect(jsonPath("$.answers[0].compliant").value(true));
	}

	@Test
	void aVisitNeedsAPublishedStandardAndAUnitTheInspectorSees() throws Exception {
		var inspector = fx.signIn(mvc, fx.inspectorA()).inEnglish();
		inspector.post("/api/v1/inspections", """
				{"unitId":%d,"standardId":%d,"kind":"SUPERVISOR","plannedDate":"2026-11-23"}"""
			.formatted(fx.units().unitB(), fx.standardId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		inspector.post("/api/v1/inspections", """
				{"unitId":%d,"standardId":987654321,"kind":"SUPERVISOR","plannedDate":"2026-11-23"}"""
			.formatted(fx.units().unitA()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("standardId"));
		inspector.post("/api/v1/inspections", """
				{"unitId":%d,"standardId":%d,"kind":"NOBODY","plannedDate":"2026-11-23"}"""
			.formatted(fx.units().unitA(), fx.standardId()))
			.andExpect(status().isBadRequest());
		inspector.post("/api/v1/inspections", """
				{"unitId":%d,"standardId":%d,"kind":"SELF"}""".formatted(fx.units().unitA(), fx.standardId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plannedDate"));
		// a standard with only a draft cannot be used
		var quality = fx.signIn(mvc, fx.qualityManager());
		long draftOnly = json(quality.post("/api/v1/standards/templates/business-hall/mystery-shopper/adopt",
				"{\"code\":\"BHD-" + fx.tag() + "\"}").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).path("standard").path("id").asLong();
		inspector.post("/api/v1/inspections", """
				{"unitId":%d,"standardId":%d,"kind":"SELF","plannedDate":"2026-11-23"}"""
			.formatted(fx.units().unitA(), draftOnly))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("no published version")));
		// a unit manager reads but does not conduct
		fx.signIn(mvc, fx.units().userA()).post("/api/v1/inspections", """
				{"unitId":%d,"standardId":%d,"kind":"SELF","plannedDate":"2026-11-23"}"""
			.formatted(fx.units().unitA(), fx.standardId()))
			.andExpect(status().isForbidden());
	}

	@Test
	void unitBCanNeitherReadNorChangeTheVisitsOfUnitA() throws Exception {
		var inspectorA = fx.signIn(mvc, fx.inspectorA());
		JsonNode created = json(fx.newVisit(inspectorA, fx.units().unitA(), "COMPANY"));
		long id = created.path("visit").path("id").asLong();
		inspectorA.put("/api/v1/inspections/{id}/answers", allAnswers(created, "x"), id).andExpect(status().isOk());

		for (String user : new String[] { fx.inspectorB(), fx.units().userB() }) {
			ApiSession b = fx.signIn(mvc, user);
			b.get("/api/v1/inspections/{id}", id).andExpect(status().isNotFound());
			b.get("/api/v1/inspections/{id}/score", id).andExpect(status().isNotFound());
			b.get("/api/v1/inspections/{id}/findings", id).andExpect(status().isNotFound());
			b.get("/api/v1/inspections?size=200").andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
			b.get("/api/v1/inspections?unitId={unit}", fx.units().unitA()).andExpect(jsonPath("$.total").value(0));
		}
		ApiSession inspectorB = fx.signIn(mvc, fx.inspectorB());
		inspectorB.put("/api/v1/inspections/{id}/answers", allAnswers(created, "y"), id)
			.andExpect(status().isNotFound());
		inspectorB.post("/api/v1/inspections/{id}/submit", "", id).andExpect(status().isNotFound());

		// unit A's manager sees it, and cannot change it
		ApiSession managerA = fx.signIn(mvc, fx.units().userA());
		managerA.get("/api/v1/inspections?unitId={unit}", fx.units().unitA())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].inspectorName").value(fx.inspectorA()));
		managerA.post("/api/v1/inspections/{id}/submit", "", id).andExpect(status().isForbidden());

		inspectorA.post("/api/v1/inspections/{id}/submit", "", id).andExpect(status().isOk());
		inspectorA.get("/api/v1/inspections?unitId={unit}&status=SUBMITTED&kind=COMPANY", fx.units().unitA())
			.andExpect(jsonPath("$.total").value(1));
		inspectorA.get("/api/v1/inspections?unitId={unit}&status=DRAFT", fx.units().unitA())
			.andExpect(jsonPath("$.total").value(0));
		inspectorA.get("/api/v1/inspections?unitId={unit}&kind=SELF", fx.units().unitA())
			.andExpect(jsonPath("$.total").value(0));
	}
}
