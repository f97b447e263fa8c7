package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

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
import io.jingxi.shared.AsSystem;

/**
 * The plan API over real sign-ins: a quality manager creates, previews, revises, pauses, resumes and
 * generates a plan; bad plans are refused naming the field (an invalid recurrence, an unknown
 * standard, a unit outside the scope, an assignee the kind rules refuse) and change nothing; a
 * manager of part of the organisation plans only announced visits of their own units.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PlanHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	InspectionFixture fx;

	ApiSession quality;

	LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void twoUnitsAndAPublishedStandard() throws Exception {
		fx = InspectionFixture.create(mvc, organization, identity);
		quality = fx.signIn(mvc, fx.qualityManager());
	}

	String plan(String name, String kind, String assignee, long unitId) {
		return """
				{"name":"%s","kind":"%s","standardId":%d,"recurrence":"MONTHLY","startDate":"%s",
				 "dueRule":"NTH_WORKING_DAY","dueDays":5,%s,"unitIds":[%d]}"""
			.formatted(name, kind, fx.standardId(), today.withDayOfMonth(1), assignee, unitId);
	}

	String named(String username, String kind) throws Exception {
		return "\"assigneeRule\":\"NAMED\",\"assigneeUserId\":" + fx.assigneeId(mvc, username, kind);
	}

	@Test
	void aQualityManagerCreatesPreviewsRevisesPausesResumesAndGeneratesAPlan() throws Exception {
		String settings = plan("月度督查" + fx.tag(), "SUPERVISOR", named(fx.inspectorA(), "SUPERVISOR"),
				fx.units().unitA());
		quality.post("/api/v1/inspection-plans/preview", settings)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(3))
			.andExpect(jsonPath("$.rows[0].unitId").value(fx.units().unitA()))
			.andExpect(jsonPath("$.rows[0].assigneeName").value(fx.inspectorA()))
			.andExpect(jsonPath("$.rows[2].periodKey").value(
					"%04d-%02d".formatted(today.plusMonths(2).getYear(), today.plusMonths(2).getMonthValue())));
		long id = json(quality.post("/api/v1/inspection-plans", settings)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("SUPERVISOR"))
			.andExpect(jsonPath("$.hidden").value(false))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.standardCode").value("BH-" + fx.tag()))
			.andExpect(jsonPath("$.units[0].id").value(fx.units().unitA()))
			.andExpect(jsonPath("$.assignee.username").value(fx.inspectorA()))
			.andReturn().getResponse().getContentAsString()).path("id").asLong();

		quality.put("/api/v1/inspection-plans/{id}", settings.replace("\"NTH_WORKING_DAY\",\"dueDays\":5",
				"\"LAST_WORKING_DAY\"").replace("\"unitIds\":[", "\"visitsPerPeriod\":2,\"unitIds\":["), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueRule").value("LAST_WORKING_DAY"))
			.andExpect(jsonPath("$.dueDays").value(0))
			.andExpect(jsonPath("$.visitsPerPeriod").value(2));
		quality.get("/api/v1/inspection-plans/{id}/schedule", id)
			.andExpect(jsonPath("$.rows.length()").value(6));

		quality.post("/api/v1/inspection-plans/{id}/pause", "", id).andExpect(jsonPath("$.status").value("PAUSED"));
		quality.post("/api/v1/inspection-plans/{id}/pause", "", id).andExpect(status().isConflict());
		quality.inEnglish().post("/api/v1/inspection-plans/{id}/generate", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("paused")));
		quality.post("/api/v1/inspection-plans/{id}/resume", "", id).andExpect(jsonPath("$.status").value("ACTIVE"));

		// the month's second half is still ahead whatever today is, so something is generated, and only once
		int created = json(quality.post("/api/v1/inspection-plans/{id}/generate", "", id)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).path("created").asInt();
		org.assertj.core.api.Assertions.assertThat(created).isPositive();
		quality.post("/api/v1/inspection-plans/{id}/generate", "", id).andExpect(jsonPath("$.created").value(0));
		quality.get("/api/v1/inspection-plans/{id}", id).andExpect(jsonPath("$.openVisits").value(created));
		quality.get("/api/v1/inspection-plans?q={q}", fx.tag())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
		// the visits are the inspector's assignments, announced to the unit
		fx.signIn(mvc, fx.inspectorA()).get("/api/v1/inspections/assignments")
			.andExpect(jsonPath("$.items[?(@.planId == %d)]".formatted(id)).isNotEmpty());
		fx.signIn(mvc, fx.units().userA()).get("/api/v1/inspections?unitId={u}", fx.units().unitA())
			.andExpect(jsonPath("$.total").value(created));
	}

	@Test
	void badPlansAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
		ApiSession english = quality.inEnglish();
		String good = plan("好计划" + fx.tag(), "SUPERVISOR", named(fx.inspectorA(), "SUPERVISOR"), fx.units().unitA());
		long id = json(quality.post("/api/v1/inspection-plans", good).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).path("id").asLong();
		String before = quality.get("/api/v1/inspection-plans/{id}", id).andReturn().getResponse().getContentAsString();

		// an invalid recurrence, visits per period, dates
		english.post("/api/v1/inspection-plans", good.replace("\"MONTHLY\"", "\"FORTNIGHTLY\""))
			.andExpect(status().isBadRequest());
		english.post("/api/v1/inspection-plans", good.replace("\"unitIds\"", "\"visitsPerPeriod\":0,\"unitIds\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("visitsPerPeriod"));
		english.post("/api/v1/inspection-plans", good.replace("\"MONTHLY\"", "\"ONCE\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("one-off plan needs an end date")));
		english.post("/api/v1/inspection-plans", good.replace("\"dueDays\":5", "\"dueDays\":0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueDays"));
		// an unknown standard and unit
		english.post("/api/v1/inspection-plans", good.replace("\"standardId\":" + fx.standardId(),
				"\"standardId\":987654321"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("standardId"));
		english.post("/api/v1/inspection-plans", good.replace("\"unitIds\":[" + fx.units().unitA(),
				"\"unitIds\":[987654321"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitIds"));
		// assignees the kind rules refuse: named in the request's language, with the kind
		english.post("/api/v1/inspection-plans", good.replace(named(fx.inspectorA(), "SUPERVISOR"),
				"\"assigneeRule\":\"NAMED\",\"assigneeUserId\":" + fx.assigneeId(mvc, fx.shopper(), "MYSTERY_SHOPPER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeUserId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("\"supervisor inspection\"")));
		quality.post("/api/v1/inspection-plans", good.replace(named(fx.inspectorA(), "SUPERVISOR"),
				named(fx.inspectorB(), "SUPERVISOR")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeUserId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("不在")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("上级检查")));
		english.post("/api/v1/inspection-plans", plan("自查", "SELF", named(fx.inspectorA(), "SUPERVISOR"),
				fx.units().unitA()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("may not conduct inspections of the kind \"self-inspection\"")));
		english.post("/api/v1/inspection-plans", plan("交叉", "CROSS", "\"assigneeRule\":\"ROTATION\",\"pool\":["
				+ fx.assigneeId(mvc, fx.inspectorA(), "CROSS") + "]", fx.units().unitA()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pool"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Nobody in the rotation")));
		english.post("/api/v1/inspection-plans", good.replace(named(fx.inspectorA(), "SUPERVISOR"),
				"\"assigneeRule\":\"NAMED\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assigneeUserId"));
		// the preview checks the same way, and a bad revision leaves the plan as it was
		english.post("/api/v1/inspection-plans/preview", good.replace("\"standardId\":" + fx.standardId(),
				"\"standardId\":987654321"))
			.andExpect(status().isBadRequest());
		english.put("/api/v1/inspection-plans/{id}", good.replace("\"dueDays\":5", "\"dueDays\":999"), id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueDays"));
		english.put("/api/v1/inspection-plans/{id}", good.replace(named(fx.inspectorA(), "SUPERVISOR"),
				named(fx.inspectorB(), "SUPERVISOR")), id)
			.andExpect(status().isBadRequest());
		quality.get("/api/v1/inspection-plans/{id}", id)
			.andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse()
				.getContentAsString()).isEqualTo(before));
		quality.get("/api/v1/inspection-plans?q={q}", fx.tag()).andExpect(jsonPath("$.total").value(1));
		quality.get("/api/v1/inspection-plans/{id}", 987654321).andExpect(status().isNotFound());
	}

	@Test
	void aManagerOfPartOfTheOrganisationPlansOnlyAnnouncedVisitsOfTheirOwnUnits() throws Exception {
		String admin = "adm-" + fx.tag();
		AsSystem.run(() -> identity.createAccount(new IdentityApi.NewAccount(admin, "管理员", InspectionFixture.PASSWORD,
				null, null, Set.of("SYSTEM_ADMIN"), false)));
		String role = "PLANNER_" + fx.tag();
		fx.signIn(mvc, admin).post("/api/v1/roles", """
				{"code":"%s","name":"片区质量员","permissions":["inspection:read","inspection:manage","standard:read",
				 "org:unit:read"],"dataScope":"SUBTREE"}""".formatted(role)).andExpect(status().isCreated());
		String planner = "pl-" + fx.tag();
		AsSystem.run(() -> identity.createAccount(new IdentityApi.NewAccount(planner, "片区质量员", InspectionFixture.PASSWORD,
				fx.units().unitA(), null, Set.of(role), false)));
		ApiSession local = fx.signIn(mvc, planner).inEnglish();
		String inspectorA = named(fx.inspectorA(), "SUPERVISOR");

		long hiddenPlan = json(quality.post("/api/v1/inspection-plans", plan("暗访" + fx.tag(), "MYSTERY_SHOPPER",
				named(fx.shopper(), "MYSTERY_SHOPPER"), fx.units().unitA())).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).path("id").asLong();
		long planB = json(quality.post("/api/v1/inspection-plans", plan("乙" + fx.tag(), "SUPERVISOR",
				named(fx.inspectorB(), "SUPERVISOR"), fx.units().unitB())).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).path("id").asLong();

		// a unit outside the scope, hidden kinds and unannounced plans are refused
		local.post("/api/v1/inspection-plans", plan("乙", "SUPERVISOR", inspectorA, fx.units().unitB()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitIds"));
		local.post("/api/v1/inspection-plans", plan("暗访", "MYSTERY_SHOPPER", named(fx.shopper(), "MYSTERY_SHOPPER"),
				fx.units().unitA()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("whole organisation")));
		local.post("/api/v1/inspection-plans", plan("不通知", "SUPERVISOR", inspectorA, fx.units().unitA())
			.replace("\"unitIds\"", "\"announced\":false,\"unitIds\""))
			.andExpect(status().isForbidden());
		long own = json(local.post("/api/v1/inspection-plans", plan("甲" + fx.tag(), "SUPERVISOR", inspectorA,
				fx.units().unitA())).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).path("id").asLong();

		local.get("/api/v1/inspection-plans?size=200")
			.andExpect(jsonPath("$.items[*].id", hasItem((int) own)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) hiddenPlan))))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) planB))));
		local.get("/api/v1/inspection-plans/{id}", hiddenPlan).andExpect(status().isNotFound());
		local.get("/api/v1/inspection-plans/{id}/schedule", hiddenPlan).andExpect(status().isNotFound());
		local.post("/api/v1/inspection-plans/{id}/generate", "", planB).andExpect(status().isNotFound());
		local.post("/api/v1/inspection-plans/{id}/pause", "", hiddenPlan).andExpect(status().isNotFound());
		quality.get("/api/v1/inspection-plans/{id}", hiddenPlan).andExpect(jsonPath("$.status").value("ACTIVE"));

		// people who do not manage inspections have no plans at all
		for (String user : new String[] { fx.inspectorA(), fx.units().userA(), fx.shopper() }) {
			ApiSession session = fx.signIn(mvc, user);
			session.get("/api/v1/inspection-plans").andExpect(status().isForbidden());
			session.get("/api/v1/inspection-plans/{id}", own).andExpect(status().isForbidden());
			session.post("/api/v1/inspection-plans", plan("x", "SUPERVISOR", inspectorA, fx.units().unitA()))
				.andExpect(status().isForbidden());
		}
	}
}
