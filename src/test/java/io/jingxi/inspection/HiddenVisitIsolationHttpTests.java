package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.allAnswers;
import static io.jingxi.inspection.InspectionFixture.items;
import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;
import tools.jackson.databind.JsonNode;

/**
 * The isolation proof for hidden visits: a mystery shopper's visit and an unannounced spot check of
 * unit A, planned, generated, conducted and submitted, never reach a user of unit A (its manager, its
 * inspector, one of its staff) nor of unit B through any endpoint — visits, scores, findings,
 * answers, submission, assignments, plans, schedules, previews, counts, the publication list — until
 * a quality manager publishes them. Then the unit sees the results, never the shopper, and never the
 * plan or the due dates.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HiddenVisitIsolationHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	InspectionFixture fx;

	/** Every body a user gets through every endpoint that could mention the visits, the plans or the schedule. */
	List<String> everyResponse(ApiSession user, long mystery, long unannounced, long mysteryPlan, long spotPlan)
			throws Exception {
		List<String> bodies = new ArrayList<>();
		List<String> reads = new ArrayList<>(List.of("/api/v1/inspections?size=200",
				"/api/v1/inspections?unitId=" + fx.units().unitA(),
				"/api/v1/inspections?unitId=" + fx.units().unitA() + "&kind=MYSTERY_SHOPPER",
				"/api/v1/inspections?kind=SPOT_CHECK&status=SUBMITTED", "/api/v1/inspections?status=DRAFT",
				"/api/v1/inspections/assignments", "/api/v1/inspections/assignments?done=true",
				"/api/v1/inspections/publications", "/api/v1/inspections/kind-policy", "/api/v1/inspection-plans",
				"/api/v1/inspection-plans?kind=MYSTERY_SHOPPER", "/api/v1/inspection-plans/assignees?kind=MYSTERY_SHOPPER"));
		for (long visit : new long[] { mystery, unannounced }) {
			reads.add("/api/v1/inspections/" + visit);
			reads.add("/api/v1/inspections/" + visit + "/score");
			reads.add("/api/v1/inspections/" + visit + "/findings");
			reads.add("/api/v1/inspections/" + visit + "/photos");
			reads.add("/api/v1/inspections/" + visit + "/amendments");
			reads.add("/api/v1/inspections/" + visit + "/appeals");
			reads.add("/api/v1/inspections/" + visit + "/people");
		}
		reads.add("/api/v1/inspections/appeals");
		for (long plan : new long[] { mysteryPlan, spotPlan }) {
			reads.add("/api/v1/inspection-plans/" + plan);
			reads.add("/api/v1/inspection-plans/" + plan + "/schedule");
			reads.add("/api/v1/inspection-plans/" + plan + "/visits");
		}
		for (String url : reads) {
			bodies.add(user.get(url).andReturn().getResponse().getContentAsString());
		}
		for (long visit : new long[] { mystery, unannounced }) {
			bodies.add(user.put("/api/v1/inspections/{id}/answers", "{\"answers\":[{\"itemId\":1,\"compliant\":true}]}",
					visit).andReturn().getResponse().getContentAsString());
			bodies.add(user.post("/api/v1/inspections/{id}/submit", "", visit).andReturn().getResponse()
				.getContentAsString());
			bodies.add(user.post("/api/v1/inspections/publish", "{\"visitIds\":[" + visit + "]}").andReturn()
				.getResponse().getContentAsString());
		}
		bodies.add(user.post("/api/v1/inspection-plans/" + mysteryPlan + "/generate", "").andReturn().getResponse()
			.getContentAsString());
		return bodies;
	}

	/** Nothing in the bodies names the shopper, the plans or the visits. */
	void revealsNothing(List<String> bodies, String... secrets) {
		for (String body : bodies) {
			for (String secret : secrets) {
				assertThat(body).doesNotContain(secret);
			}
		}
	}

	@Test
	void aUserOfTheVisitedUnitNeverSeesAHiddenVisitItsScheduleOrTheShopperBeforePublicationAndOnlyTheResultAfter()
			throws Exception {
		fx = InspectionFixture.create(mvc, organization, identity);
		String rootInspector = "ir-" + fx.tag();
		String staff = "st-" + fx.tag();
		AsSystem.run(() -> {
			identity.createAccount(new IdentityApi.NewAccount(rootInspector, "总部检查员" + fx.tag(),
					InspectionFixture.PASSWORD, fx.units().rootId(), null, Set.of("INSPECTOR"), false));
			long person = organization.createPerson(new OrganizationApi.NewPerson("ST" + fx.tag(), "甲员工" + fx.tag(),
					null, fx.units().unitA(), List.of("营业员"), UnitRole.MEMBER, PersonStatus.ACTIVE, null));
			identity.createAccount(new IdentityApi.NewAccount(staff, "甲员工", InspectionFixture.PASSWORD,
					fx.units().unitA(), person, Set.of("STAFF"), false));
		});
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String mysteryPlanName = "暗访计划" + fx.tag();
		String spotPlanName = "突击抽查" + fx.tag();
		long mysteryPlan = json(quality.post("/api/v1/inspection-plans", """
				{"name":"%s","kind":"MYSTERY_SHOPPER","standardId":%d,"recurrence":"ONCE","startDate":"%s",
				 "endDate":"%s","dueRule":"LAST_WORKING_DAY","assigneeRule":"ROTATION","pool":[%d],"unitIds":[%d]}"""
			.formatted(mysteryPlanName, fx.standardId(), today, today.plusDays(20),
					fx.assigneeId(mvc, fx.shopper(), "MYSTERY_SHOPPER"), fx.units().unitA()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.hidden").value(true))
			.andReturn().getResponse().getContentAsString()).path("id").asLong();
		long spotPlan = json(quality.post("/api/v1/inspection-plans", """
				{"name":"%s","kind":"SPOT_CHECK","standardId":%d,"recurrence":"ONCE","startDate":"%s","endDate":"%s",
				 "dueRule":"LAST_WORKING_DAY","assigneeRule":"NAMED","assigneeUserId":%d,"announced":false,
				 "unitIds":[%d]}"""
			.formatted(spotPlanName, fx.standardId(), today, today.plusDays(20),
					fx.assigneeId(mvc, rootInspector, "SPOT_CHECK"), fx.units().unitA()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.hidden").value(true))
			.andReturn().getResponse().getContentAsString()).path("id").asLong();
		long mystery = json(quality.post("/api/v1/inspection-plans/{id}/generate", "", mysteryPlan)
			.andReturn().getResponse().getContentAsString()).path("visitIds").get(0).asLong();
		long unannounced = json(quality.post("/api/v1/inspection-plans/{id}/generate", "", spotPlan)
			.andReturn().getResponse().getContentAsString()).path("visitIds").get(0).asLong();
		String[] secrets = { fx.shopper(), fx.shopperName(), mysteryPlanName, spotPlanName, "\"id\":" + mystery + ",",
				"\"id\":" + unannounced + ",", "\"planId\":" + mysteryPlan, "\"planId\":" + spotPlan };

		List<String> unitUsers = List.of(fx.units().userA(), fx.inspectorA(), staff, fx.units().userB(),
				fx.inspectorB());
		for (String user : unitUsers) {
			ApiSession session = fx.signIn(mvc, user);
			session.get("/api/v1/inspections?unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(0));
			session.get("/api/v1/inspections/{id}", mystery).andExpect(status().isNotFound());
			session.get("/api/v1/inspections/{id}", unannounced).andExpect(status().isNotFound());
			revealsNothing(everyResponse(session, mystery, unannounced, mysteryPlan, spotPlan), secrets);
		}

		// the shopper and the unannounced inspector do their visits
		ApiSession shopper = fx.signIn(mvc, fx.shopper());
		JsonNode mysteryVisit = json(shopper.get("/api/v1/inspections/{id}", mystery).andReturn().getResponse()
			.getContentAsString());
		String failed = items(mysteryVisit).get(0).path("clause").asString();
		shopper.get("/api/v1/inspections/assignments")
			.andExpect(jsonPath("$.items[*].id", hasItem((int) mystery)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) unannounced))));
		shopper.put("/api/v1/inspections/{id}/answers", allAnswers(mysteryVisit, "无人迎候", failed), mystery)
			.andExpect(status().isOk());
		InspectionFixture.photograph(shopper, mystery, InspectionFixture.itemId(mysteryVisit, failed));
		shopper.post("/api/v1/inspections/{id}/submit", "", mystery).andExpect(status().isOk());
		ApiSession spot = fx.signIn(mvc, rootInspector);
		JsonNode spotVisit = json(spot.get("/api/v1/inspections/{id}", unannounced).andReturn().getResponse()
			.getContentAsString());
		spot.put("/api/v1/inspections/{id}/answers", allAnswers(spotVisit, "x"), unannounced).andExpect(status().isOk());
		spot.post("/api/v1/inspections/{id}/submit", "", unannounced).andExpect(status().isOk());

		// submitted but not published: still nothing for the units' users, and nothing changed by them
		for (String user : unitUsers) {
			ApiSession session = fx.signIn(mvc, user);
			session.get("/api/v1/inspections?unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(0));
			revealsNothing(everyResponse(session, mystery, unannounced, mysteryPlan, spotPlan), secrets);
		}
		quality.get("/api/v1/inspections/publications?size=200")
			.andExpect(jsonPath("$.items[*].id", hasItems((int) mystery, (int) unannounced)));
		quality.post("/api/v1/inspections/publish", "{\"visitIds\":[" + mystery + "," + unannounced + "]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		quality.get("/api/v1/inspections/publications?size=200")
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) mystery))));

		// published: unit A's people see both results, without the shopper, the plan or the due date
		String visitDay = json(quality.get("/api/v1/inspections/{id}", mystery).andReturn().getResponse()
			.getContentAsString()).path("visit").path("submittedAt").asString().substring(0, 10);
		for (String user : List.of(fx.units().userA(), fx.inspectorA())) {
			ApiSession session = fx.signIn(mvc, user);
			session.get("/api/v1/inspections?unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(2));
			session.get("/api/v1/inspections/{id}", mystery)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.visit.inspectorHidden").value(true))
				.andExpect(jsonPath("$.visit.inspectorId").doesNotExist())
				.andExpect(jsonPath("$.visit.planId").doesNotExist())
				.andExpect(jsonPath("$.visit.dueDate").doesNotExist())
				.andExpect(jsonPath("$.visit.plannedDate").value(LocalDate.parse(visitDay).toString()))
				.andExpect(jsonPath("$.visit.publishedAt").exists());
			session.get("/api/v1/inspections/{id}/findings", mystery)
				.andExpect(jsonPath("$.length()").value(1))
				.andExpect(jsonPath("$[0].clause").value(failed));
			session.get("/api/v1/inspections/{id}", unannounced)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.visit.planId").doesNotExist())
				.andExpect(jsonPath("$.visit.dueDate").doesNotExist());
			revealsNothing(everyResponse(session, mystery, unannounced, mysteryPlan, spotPlan), fx.shopper(),
					fx.shopperName(), mysteryPlanName, spotPlanName, "\"planId\":" + mysteryPlan,
					"\"planId\":" + spotPlan);
		}
		// unit B still sees nothing; the staff member sees only their own records
		for (String user : List.of(fx.units().userB(), fx.inspectorB(), staff)) {
			ApiSession session = fx.signIn(mvc, user);
			session.get("/api/v1/inspections/{id}", mystery).andExpect(status().isNotFound());
			revealsNothing(everyResponse(session, mystery, unannounced, mysteryPlan, spotPlan), secrets);
		}
		// the shopper keeps their own view of their assignment, with its plan
		shopper.get("/api/v1/inspections/assignments?done=true")
			.andExpect(jsonPath("$.items[?(@.id == %d)].planId".formatted(mystery)).value((int) mysteryPlan));
	}
}
