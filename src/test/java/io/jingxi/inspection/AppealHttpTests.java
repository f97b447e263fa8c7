package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.calendar.CalendarApi;
import io.jingxi.calendar.WorkingDuration;
import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import tools.jackson.databind.JsonNode;

/**
 * Appeals (申诉) with real sign-ins: the visited unit's manager appeals a finding within the window of
 * working days, a quality manager upholds (points restored, the critical-item rule re-evaluated, events)
 * or rejects it; late, repeated and unauthorised moves are refused and change nothing; another unit
 * sees nothing; a shopper is never named.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class AppealHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	InspectionApi inspections;

	@Autowired
	CalendarApi calendar;

	@Autowired
	JdbcClient jdbc;

	InspectionFixture fx;

	ApiSession quality;

	ApiSession manager;

	@BeforeEach
	void fixture() throws Exception {
		fx = InspectionFixture.create(mvc, organization, identity);
		quality = fx.signIn(mvc, fx.qualityManager());
		manager = fx.signIn(mvc, fx.units().userA());
	}

	FindingSummary finding(long visitId, String clause) {
		return inspections.findingsOfVisit(visitId).stream().filter(f -> f.clause().equals(clause)).findFirst()
			.orElseThrow();
	}

	@Test
	void anUpheldAppealOverturnsTheFindingRestoresItsPointsAndReevaluatesTheCriticalRule(ApplicationEvents events)
			throws Exception {
		// 000-3.2-11 is critical: failing it caps the visit at 60
		JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.2-11",
				"000-3.1-08");
		long id = visit.path("visit").path("id").asLong();
		assertThat(visit.path("visit").path("total").decimalValue()).isEqualByComparingTo("60");
		FindingSummary critical = finding(id, "000-3.2-11");

		JsonNode window = json(manager.get("/api/v1/inspections/findings/{id}/appeal-window", critical.id())
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(window.path("open").asBoolean()).isTrue();
		int policyVersion = json(quality.get("/api/v1/inspections/appeal-policy").andReturn().getResponse()
			.getContentAsString()).get(0).path("version").asInt();
		assertThat(window.path("policyVersion").asInt()).isEqualTo(policyVersion);
		assertThat(window.path("workingDays").asInt()).isEqualTo(3);
		Instant submittedAt = Instant.parse(visit.path("visit").path("submittedAt").asString());
		assertThat(Instant.parse(window.path("deadline").asString()))
			.isEqualTo(calendar.deadline(fx.units().unitA(), submittedAt, WorkingDuration.workingDays(3)));

		JsonNode appeal = json(manager.post("/api/v1/inspections/findings/{id}/appeal",
				"{\"reason\":\"当时客户先动手，营业员只是劝阻，有监控录像为证\"}", critical.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.clause").value("000-3.2-11"))
			.andExpect(jsonPath("$.policy").value("AppealPolicy"))
			.andExpect(jsonPath("$.policyVersion").value(policyVersion))
			.andExpect(jsonPath("$.workingDays").value(3))
			.andReturn().getResponse().getContentAsString());
		long appealId = appeal.path("id").asLong();
		// one appeal per finding
		manager.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"再申诉\"}", critical.id())
			.andExpect(status().isConflict());
		quality.get("/api/v1/inspections/appeals?status=OPEN&unitId={unit}", fx.units().unitA())
			.andExpect(jsonPath("$.items[?(@.id == " + appealId + ")]").isNotEmpty());

		JsonNode decided = json(quality.post("/api/v1/inspections/appeals/{id}/uphold",
				"{\"reason\":\"录像显示营业员未与客户争执\"}", appealId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UPHELD"))
			.andExpect(jsonPath("$.decisionReason").value("录像显示营业员未与客户争执"))
			.andReturn().getResponse().getContentAsString());
		assertThat(decided.path("previousTotal").decimalValue()).isEqualByComparingTo("60");
		// the cap is gone; only 000-3.1-08 (2 of 100 points) still counts
		BigDecimal total = decided.path("newTotal").decimalValue();
		assertThat(total).isGreaterThan(new BigDecimal("90")).isLessThan(new BigDecimal("100"));
		quality.get("/api/v1/inspections/{id}", id).andExpect(jsonPath("$.visit.total").value(total.doubleValue()));
		JsonNode score = json(manager.get("/api/v1/inspections/{id}/score", id).andReturn().getResponse()
			.getContentAsString());
		assertThat(score.path("ruleApplied").asBoolean()).isFalse();
		JsonNode line = AmendmentHttpTests.line(score, critical.itemId());
		assertThat(line.path("failed").asBoolean()).isFalse();
		assertThat(line.path("explanation").asString()).startsWith("申诉成立");
		assertThat(inspections.finding(critical.id())).hasValueSatisfying(f -> {
			assertThat(f.overturned()).isTrue();
			assertThat(f.overturnCause()).isEqualTo(FindingOverturned.Cause.APPEAL);
		});
		assertThat(finding(id, "000-3.1-08").overturned()).isFalse();

		assertThat(events.stream(FindingOverturned.class)).singleElement().satisfies(e -> {
			assertThat(e.findingId()).isEqualTo(critical.id());
			assertThat(e.cause()).isEqualTo(FindingOverturned.Cause.APPEAL);
			assertThat(e.pointsRestored()).isEqualByComparingTo(critical.pointsLost());
			assertThat(e.unitId()).isEqualTo(fx.units().unitA());
		});
		assertThat(events.stream(InspectionScoreChanged.class)).singleElement().satisfies(e -> {
			assertThat(e.previousTotal()).isEqualByComparingTo("60");
			assertThat(e.total()).isEqualByComparingTo(total);
		});
		assertThat(events.stream(FindingRecorded.class).filter(e -> e.visitId() == id)).hasSize(2);

		// decided is final
		quality.post("/api/v1/inspections/appeals/{id}/reject", "{\"reason\":\"改判\"}", appealId)
			.andExpect(status().isConflict());
		manager.get("/api/v1/inspections/findings/{id}/appeal-window", critical.id())
			.andExpect(jsonPath("$.open").value(false))
			.andExpect(jsonPath("$.appealId").value(appealId));
	}

	@Test
	void aRejectedAppealLeavesTheFindingAndTheScoreAsTheyWere(ApplicationEvents events) throws Exception {
		JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.1-08");
		long id = visit.path("visit").path("id").asLong();
		FindingSummary f = finding(id, "000-3.1-08");
		long appealId = json(manager.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"设备故障\"}", f.id())
			.andReturn().getResponse().getContentAsString()).path("id").asLong();

		quality.post("/api/v1/inspections/appeals/{id}/reject", "{\"reason\":\"故障未报修，不予采纳\"}", appealId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.decidedByName").value(fx.qualityManager()));

		assertThat(inspections.finding(f.id())).hasValueSatisfying(s -> assertThat(s.overturned()).isFalse());
		quality.get("/api/v1/inspections/{id}", id)
			.andExpect(jsonPath("$.visit.total").value(visit.path("visit").path("total").doubleValue()));
		assertThat(events.stream(FindingOverturned.class)).isEmpty();
		assertThat(events.stream(InspectionScoreChanged.class)).isEmpty();
	}

	@Test
	void anAppealAfterTheWindowIsRefusedNamingTheDeadline() throws Exception {
		JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.1-08");
		long id = visit.path("visit").path("id").asLong();
		FindingSummary f = finding(id, "000-3.1-08");
		// the result counted from Monday 5 January 2026, 10:00 in Beijing: 3 working days end on Thursday 8 January
		jdbc.sql("update insp_visit set submitted_at = ? where id = ?")
			.params(OffsetDateTime.of(2026, 1, 5, 2, 0, 0, 0, ZoneOffset.UTC), id)
			.update();

		manager.get("/api/v1/inspections/findings/{id}/appeal-window", f.id())
			.andExpect(jsonPath("$.open").value(false));
		manager.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"晚了\"}", f.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("2026-01-08")))
			.andExpect(jsonPath("$.detail").value(containsString("3 个工作日")));
		manager.inEnglish().post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"late\"}", f.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("window has closed")));
		quality.get("/api/v1/inspections/{id}/appeals", id).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void onlyTheVisitedUnitAppealsAndOnlyAQualityManagerDecides() throws Exception {
		JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.1-08");
		long id = visit.path("visit").path("id").asLong();
		FindingSummary f = finding(id, "000-3.1-08");

		// without a reason
		manager.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"\"}", f.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		// the inspector has no appeal permission; another unit does not even see the finding
		fx.signIn(mvc, fx.inspectorA()).post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"x\"}", f.id())
			.andExpect(status().isForbidden());
		ApiSession managerB = fx.signIn(mvc, fx.units().userB());
		managerB.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"x\"}", f.id())
			.andExpect(status().isNotFound());
		managerB.get("/api/v1/inspections/findings/{id}/appeal-window", f.id()).andExpect(status().isNotFound());
		managerB.get("/api/v1/inspections/{id}/appeals", id).andExpect(status().isNotFound());

		long appealId = json(manager.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"有误\"}", f.id())
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asLong();
		managerB.get("/api/v1/inspections/appeals").andExpect(jsonPath("$.items[?(@.id == " + appealId + ")]").isEmpty());
		// neither the unit nor an inspector decides
		for (String user : new String[] { fx.units().userA(), fx.inspectorA() }) {
			fx.signIn(mvc, user).post("/api/v1/inspections/appeals/{id}/uphold", "{\"reason\":\"x\"}", appealId)
				.andExpect(status().isForbidden());
		}
		// a decision needs a reason
		quality.post("/api/v1/inspections/appeals/{id}/uphold", "{}", appealId)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		manager.get("/api/v1/inspections/{id}/appeals", id)
			.andExpect(jsonPath("$[0].status").value("OPEN"));
		assertThat(inspections.finding(f.id())).hasValueSatisfying(s -> assertThat(s.overturned()).isFalse());
	}

	@Test
	void theAppealPolicyIsVersionedAndEachAppealRecordsItsVersion() throws Exception {
		manager.post("/api/v1/inspections/appeal-policy", "{\"workingDays\":5}").andExpect(status().isForbidden());
		quality.post("/api/v1/inspections/appeal-policy", "{\"workingDays\":0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workingDays"));
		int current = json(quality.get("/api/v1/inspections/appeal-policy").andReturn().getResponse()
			.getContentAsString()).get(0).path("version").asInt();

		quality.post("/api/v1/inspections/appeal-policy", "{\"workingDays\":5}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(current + 1))
			.andExpect(jsonPath("$.workingDays").value(5));
		try {
			JsonNode visit = fx.submittedVisit(mvc, fx.inspectorA(), fx.units().unitA(), "SUPERVISOR", "000-3.1-08");
			FindingSummary f = finding(visit.path("visit").path("id").asLong(), "000-3.1-08");
			manager.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"有误\"}", f.id())
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.policyVersion").value(current + 1))
				.andExpect(jsonPath("$.workingDays").value(5));
		}
		finally {
			// later tests in this context expect the default of 3 working days
			quality.post("/api/v1/inspections/appeal-policy", "{\"workingDays\":3}").andExpect(status().isCreated());
		}
	}

	@Test
	void appealsOnAShoppersVisitNeverNameTheShopper() throws Exception {
		JsonNode visit = fx.submittedVisit(mvc, fx.shopper(), fx.units().unitA(), "MYSTERY_SHOPPER", "000-3.1-08");
		long id = visit.path("visit").path("id").asLong();
		FindingSummary f = finding(id, "000-3.1-08");
		String filed = manager.post("/api/v1/inspections/findings/{id}/appeal", "{\"reason\":\"暗访当天设备检修\"}", f.id())
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long appealId = json(filed).path("id").asLong();
		String decided = quality.post("/api/v1/inspections/appeals/{id}/reject", "{\"reason\":\"检修无记录\"}", appealId)
			.andReturn().getResponse().getContentAsString();

		for (String body : new String[] { filed, decided,
				manager.get("/api/v1/inspections/{id}/appeals", id).andReturn().getResponse().getContentAsString(),
				manager.get("/api/v1/inspections/appeals").andReturn().getResponse().getContentAsString(),
				manager.get("/api/v1/inspections/findings/{id}/appeal-window", f.id()).andReturn().getResponse()
					.getContentAsString(),
				manager.get("/api/v1/inspections/{id}/findings", id).andReturn().getResponse().getContentAsString() }) {
			assertThat(body).doesNotContain(fx.shopper()).doesNotContain(fx.shopperName());
		}
	}
}
