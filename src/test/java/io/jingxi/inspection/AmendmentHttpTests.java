package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.itemId;
import static io.jingxi.inspection.InspectionFixture.items;
import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import tools.jackson.databind.JsonNode;

/**
 * Amendments (更正) with real sign-ins: a quality manager corrects a submitted visit with a reason, the
 * visit is re-scored, findings follow (new ones recorded, those no longer failing overturned) and the
 * events say so; bad amendments change nothing; the unit sees the history but never a shopper.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class AmendmentHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	InspectionApi inspections;

	InspectionFixture fx;

	ApiSession quality;

	@BeforeEach
	void fixture() throws Exception {
		fx = InspectionFixture.create(mvc, organization, identity);
		quality = fx.signIn(mvc, fx.qualityManager());
	}

	@Test
	void aQualityManagerAmendsASubmittedVisitWhichIsRescoredWithItsFindingsAndEvents(ApplicationEvents events)
			throws Exception {
		JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.1-01");
		long id = visit.path("visit").path("id").asLong();
		BigDecimal before = visit.path("visit").path("total").decimalValue();
		FindingSummary wrong = inspections.findingsOfVisit(id).get(0);
		long fixedItem = itemId(visit, "000-3.1-01");
		long newlyFailed = itemId(visit, "000-3.1-08");

		JsonNode amendment = json(quality.post("/api/v1/inspections/{id}/amend", """
				{"reason":"复核录像：墙面广告在检查前已清除；宣传片实际未播放",
				 "answers":[{"itemId":%d,"compliant":true},{"itemId":%d,"compliant":false,"note":"宣传片未播放"}]}"""
			.formatted(fixedItem, newlyFailed), id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reason").value(containsString("复核录像")))
			.andExpect(jsonPath("$.amendedByName").value(fx.qualityManager()))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andReturn().getResponse().getContentAsString());
		assertThat(amendment.path("previousTotal").decimalValue()).isEqualByComparingTo(before);
		JsonNode fixedLine = amendment.path("lines").get(0);
		assertThat(fixedLine.path("clause").asString()).isEqualTo("000-3.1-01");
		assertThat(fixedLine.path("beforeFailed").asBoolean()).isTrue();
		assertThat(fixedLine.path("afterFailed").asBoolean()).isFalse();
		assertThat(fixedLine.path("afterEarned").decimalValue()).isGreaterThan(fixedLine.path("beforeEarned").decimalValue());
		assertThat(amendment.path("lines").get(1).path("afterNote").asString()).isEqualTo("宣传片未播放");

		// the stored score is the new one, line by line, and the visit says it was amended
		JsonNode score = json(quality.get("/api/v1/inspections/{id}/score", id)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(score.path("total").decimalValue()).isEqualByComparingTo(amendment.path("newTotal").decimalValue());
		assertThat(score.path("status").asString()).isEqualTo("AMENDED");
		assertThat(line(score, fixedItem).path("failed").asBoolean()).isFalse();
		assertThat(line(score, newlyFailed).path("failed").asBoolean()).isTrue();

		List<FindingSummary> findings = inspections.findingsOfVisit(id);
		assertThat(findings).hasSize(2);
		assertThat(findings).filteredOn(f -> f.id() == wrong.id()).singleElement()
			.satisfies(f -> {
				assertThat(f.overturned()).isTrue();
				assertThat(f.overturnCause()).isEqualTo(FindingOverturned.Cause.AMENDMENT);
			});
		FindingSummary added = findings.stream().filter(f -> f.itemId() == newlyFailed).findFirst().orElseThrow();
		assertThat(added.overturned()).isFalse();
		assertThat(added.note()).isEqualTo("宣传片未播放");

		assertThat(events.stream(FindingOverturned.class)).singleElement().satisfies(e -> {
			assertThat(e.findingId()).isEqualTo(wrong.id());
			assertThat(e.cause()).isEqualTo(FindingOverturned.Cause.AMENDMENT);
			assertThat(e.pointsRestored()).isEqualByComparingTo(wrong.pointsLost());
		});
		assertThat(events.stream(FindingRecorded.class).filter(e -> e.visitId() == id && e.itemId() == newlyFailed))
			.singleElement()
			.satisfies(e -> assertThat(e.findingId()).isEqualTo(added.id()));
		assertThat(events.stream(InspectionScoreChanged.class)).singleElement().satisfies(e -> {
			assertThat(e.visitId()).isEqualTo(id);
			assertThat(e.previousTotal()).isEqualByComparingTo(before);
			assertThat(e.total()).isEqualByComparingTo(amendment.path("newTotal").decimalValue());
			assertThat(e.sections()).isNotEmpty();
		});

		quality.get("/api/v1/inspections/{id}/amendments", id)
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].lines[0].beforeAnswer").isNotEmpty());
		// the inspector can no longer change a submitted visit, amended or not
		fx.signIn(mvc, fx.inspectorA()).put("/api/v1/inspections/{id}/answers",
				"{\"answers\":[{\"itemId\":" + fixedItem + ",\"compliant\":false}]}", id)
			.andExpect(status().isConflict());
	}

	@Test
	void anAmendedNoteOfAStandingFindingIsAnnouncedAgainWithTheNewValues(ApplicationEvents events) throws Exception {
		JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.1-01");
		long id = visit.path("visit").path("id").asLong();
		FindingSummary standing = inspections.findingsOfVisit(id).get(0);
		quality.post("/api/v1/inspections/{id}/amend", """
				{"reason":"补充问题描述","answers":[{"itemId":%d,"compliant":false,"note":"门口张贴小广告三处"}]}"""
			.formatted(itemId(visit, "000-3.1-01")), id)
			.andExpect(status().isCreated());

		// still the same finding, now with the new note, told again for the listeners to update
		assertThat(inspections.findingsOfVisit(id)).singleElement().satisfies(f -> {
			assertThat(f.id()).isEqualTo(standing.id());
			assertThat(f.note()).isEqualTo("门口张贴小广告三处");
		});
		// once at submission, once more after the amendment
		assertThat(events.stream(FindingRecorded.class).filter(e -> e.findingId() == standing.id()))
			.extracting(FindingRecorded::note)
			.containsExactly("问题", "门口张贴小广告三处");
		assertThat(events.stream(FindingOverturned.class).filter(e -> e.visitId() == id)).isEmpty();
	}

	@Test
	void badAmendmentsAreRefusedClearlyAndChangeNothing() throws Exception {
		JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.1-01");
		long id = visit.path("visit").path("id").asLong();
		long yesNo = itemId(visit, "000-3.1-08");
		long points = itemId(visit, "000-3.2-03");
		String scoreBefore = quality.get("/api/v1/inspections/{id}/score", id).andReturn().getResponse()
			.getContentAsString();

		// no reason
		quality.post("/api/v1/inspections/{id}/amend",
				"{\"reason\":\"  \",\"answers\":[{\"itemId\":" + yesNo + ",\"compliant\":false}]}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		// a score above the item's points
		quality.inEnglish().post("/api/v1/inspections/{id}/amend",
				"{\"reason\":\"r\",\"answers\":[{\"itemId\":" + points + ",\"value\":5}]}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[0]"));
		// an item not in the version
		quality.post("/api/v1/inspections/{id}/amend",
				"{\"reason\":\"r\",\"answers\":[{\"itemId\":987654321,\"compliant\":true}]}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[0]"));
		// nothing changes
		quality.post("/api/v1/inspections/{id}/amend",
				"{\"reason\":\"r\",\"answers\":[{\"itemId\":" + yesNo + ",\"compliant\":true}]}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers"));
		// not a quality manager
		for (String user : new String[] { fx.inspectorA(), fx.units().userA() }) {
			fx.signIn(mvc, user).post("/api/v1/inspections/{id}/amend",
					"{\"reason\":\"r\",\"answers\":[{\"itemId\":" + yesNo + ",\"compliant\":false}]}", id)
				.andExpect(status().isForbidden());
		}
		// a draft is not amended but answered
		long draft = json(fx.newVisit(fx.signIn(mvc, fx.inspectorA()), fx.units().unitA(), "SUPERVISOR")).path("visit")
			.path("id").asLong();
		quality.post("/api/v1/inspections/{id}/amend",
				"{\"reason\":\"r\",\"answers\":[{\"itemId\":" + yesNo + ",\"compliant\":false}]}", draft)
			.andExpect(status().isConflict());

		assertThat(quality.get("/api/v1/inspections/{id}/score", id).andReturn().getResponse().getContentAsString())
			.isEqualTo(scoreBefore);
		quality.get("/api/v1/inspections/{id}/amendments", id).andExpect(jsonPath("$.length()").value(0));
		assertThat(inspections.findingsOfVisit(id)).singleElement().satisfies(f -> assertThat(f.overturned()).isFalse());
	}

	@Test
	void theUnitSeesTheAmendmentsOfAShoppersVisitButNeverTheShopperAndAnotherUnitSeesNothing() throws Exception {
		JsonNode visit = fx.submittedVisit(mvc, fx.shopper(), fx.units().unitA(), "MYSTERY_SHOPPER", "000-3.1-01");
		long id = visit.path("visit").path("id").asLong();
		quality.post("/api/v1/inspections/{id}/amend", "{\"reason\":\"复核\",\"answers\":[{\"itemId\":"
				+ itemId(visit, "000-3.1-01") + ",\"compliant\":true}]}", id)
			.andExpect(status().isCreated());

		String seen = fx.signIn(mvc, fx.units().userA()).get("/api/v1/inspections/{id}/amendments", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(seen).doesNotContain(fx.shopper()).doesNotContain(fx.shopperName());
		fx.signIn(mvc, fx.units().userB()).get("/api/v1/inspections/{id}/amendments", id)
			.andExpect(status().isNotFound());
	}

	@Test
	void anUpheldItemStaysMetWhenTheVisitIsAmendedLater() throws Exception {
		// (the appeal itself is tested in AppealHttpTests; here only that a later amendment keeps it)
		JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.1-01",
				"000-3.1-02");
		long id = visit.path("visit").path("id").asLong();
		FindingSummary first = inspections.findingsOfVisit(id).stream().filter(f -> f.clause().equals("000-3.1-01"))
			.findFirst().orElseThrow();
		ApiSession manager = fx.signIn(mvc, fx.units().userA());
		long appeal = json(manager.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"已整改\"}", first.id())
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asLong();
		quality.post("/api/v1/inspections/appeals/{id}/uphold", "{\"reason\":\"属实\"}", appeal)
			.andExpect(status().isOk());

		quality.post("/api/v1/inspections/{id}/amend", "{\"reason\":\"复核\",\"answers\":[{\"itemId\":"
				+ itemId(visit, "000-3.1-02") + ",\"compliant\":true}]}", id)
			.andExpect(status().isCreated());

		JsonNode score = json(quality.get("/api/v1/inspections/{id}/score", id).andReturn().getResponse()
			.getContentAsString());
		assertThat(score.path("total").decimalValue()).isEqualByComparingTo("100");
		assertThat(line(score, first.itemId()).path("explanation").asString()).contains("申诉成立");
		assertThat(inspections.findingsOfVisit(id)).allSatisfy(f -> assertThat(f.overturned()).isTrue());
	}

	static JsonNode line(JsonNode score, long itemId) {
		for (JsonNode line : score.path("lines")) {
			if (line.path("itemId").asLong() == itemId) {
				return line;
			}
		}
		throw new AssertionError("No line for item " + itemId);
	}

	static List<JsonNode> all(JsonNode details) {
		return items(details);
	}
}
