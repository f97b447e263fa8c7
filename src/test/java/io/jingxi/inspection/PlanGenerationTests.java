package io.jingxi.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.calendar.CalendarApi;
import io.jingxi.calendar.WorkingDay;
import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;

/**
 * Generating plans' visits with a fixed clock, as the timer does: due dates on each unit's working
 * calendar across Spring Festival and National Day (make-up Saturdays included), a rerun that creates
 * nothing twice, rotations of shoppers, cross-inspections by inspectors of other units, past slots
 * left out, paused plans left alone, and overdue assignments flagged.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PlanGenerationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	PlanGenerator generator;

	@Autowired
	CalendarApi calendar;

	@Autowired
	Visits visits;

	InspectionFixture fx;

	ApiSession quality;

	@BeforeEach
	void twoUnitsAndAPublishedStandard() throws Exception {
		fx = InspectionFixture.create(mvc, organization, identity);
		quality = fx.signIn(mvc, fx.qualityManager());
	}

	long plan(String settings) throws Exception {
		String body = quality.post("/api/v1/inspection-plans", settings.replace("STANDARD", String.valueOf(fx.standardId())))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return InspectionFixture.json(body).path("id").asLong();
	}

	List<Visit> visitsOf(long planId) {
		Specification<Visit> ofPlan = (root, query, cb) -> cb.equal(root.get("slot").get("planId"), planId);
		List<Visit> found = new ArrayList<>(visits.findAll(ofPlan));
		found.sort(Comparator.comparing((Visit v) -> v.slot().dueDate()).thenComparing(Visit::unitId)
			.thenComparing(v -> v.slot().sequence()));
		return found;
	}

	static Instant at(String date) {
		return LocalDate.parse(date).atTime(9, 0).atZone(SHANGHAI).toInstant();
	}

	@Test
	void monthlySelfInspectionsFallOnTheThirdWorkingDayOfEachUnitsCalendarAndARerunCreatesNothingTwice()
			throws Exception {
		long planId = plan("""
				{"name":"月度自查","kind":"SELF","standardId":STANDARD,"recurrence":"MONTHLY","startDate":"2026-01-01",
				 "endDate":"2026-12-31","dueRule":"NTH_WORKING_DAY","dueDays":3,"assigneeRule":"UNIT_OWN",
				 "unitIds":[%d,%d]}""".formatted(fx.units().unitA(), fx.units().unitB()));
		long managerA = fx.assigneeId(mvc, fx.units().userA(), "SELF");
		long managerB = fx.assigneeId(mvc, fx.units().userB(), "SELF");

		// the timer runs a few days before each month starts, twice, and once more inside the month
		for (int month = 1; month <= 12; month++) {
			LocalDate first = LocalDate.of(2026, month, 1);
			GenerationResult run = generator.generate(planId, at(first.minusDays(3).toString()));
			assertThat(run.created()).as("month %d", month).isEqualTo(2);
			assertThat(run.skipped()).isEmpty();
			GenerationResult rerun = generator.generate(planId, at(first.minusDays(3).toString()));
			assertThat(rerun.created()).isZero();
			// the month that is ending and the one about to start
			assertThat(rerun.existing()).isEqualTo(month == 1 ? 2 : 4);
			assertThat(generator.generate(planId, at(first.plusDays(10).toString())).created()).isZero();
		}

		List<Visit> generated = visitsOf(planId);
		assertThat(generated).hasSize(24);
		for (Visit visit : generated) {
			PlanSlot slot = visit.slot();
			Period period = Recurrence.MONTHLY.periodOf(slot.dueDate());
			List<WorkingDay> days = calendar.workingDays(visit.unitId(), period.start(), period.end());
			assertThat(days.get(2).date()).as("the third working day").isEqualTo(slot.dueDate());
			assertThat(days.get(2).end()).isEqualTo(slot.dueAt());
			assertThat(slot.periodKey()).isEqualTo("%04d-%02d".formatted(period.start().getYear(),
					period.start().getMonthValue()));
			assertThat(visit.kind()).isEqualTo(InspectionKind.SELF);
			assertThat(visit.hidden()).isFalse();
			assertThat(visit.status()).isEqualTo(VisitStatus.DRAFT);
			assertThat(visit.plannedDate()).isEqualTo(slot.dueDate());
			assertThat(visit.inspectorUserId()).isEqualTo(visit.unitId() == fx.units().unitA() ? managerA : managerB);
		}
		assertThat(generated).extracting(v -> v.slot().dueDate()).contains(
				// Spring Festival: 2, 3, 4 February
				LocalDate.of(2026, 2, 4),
				// National Day: 8, 9 and the make-up Saturday 10 October, ending at 17:30 in Shanghai
				LocalDate.of(2026, 10, 10));
		assertThat(generated).filteredOn(v -> v.slot().dueDate().equals(LocalDate.of(2026, 10, 10)))
			.allSatisfy(v -> assertThat(v.slot().dueAt()).isEqualTo(Instant.parse("2026-10-10T09:30:00Z")));
	}

	@Test
	void aMysteryShopperPlanRotatesItsShoppersSpreadsTwoVisitsOverTheMonthAndLeavesPastSlotsOut() throws Exception {
		String second = "ms2-" + fx.tag();
		AsSystem.run(() -> identity.createAccount(new IdentityApi.NewAccount(second, "第二暗访员", InspectionFixture.PASSWORD,
				fx.units().rootId(), null, Set.of("MYSTERY_SHOPPER"), false)));
		long first = fx.assigneeId(mvc, fx.shopper(), "MYSTERY_SHOPPER");
		long other = fx.assigneeId(mvc, second, "MYSTERY_SHOPPER");
		long planId = plan("""
				{"name":"暗访轮换","kind":"MYSTERY_SHOPPER","standardId":STANDARD,"recurrence":"MONTHLY",
				 "visitsPerPeriod":2,"startDate":"2026-10-01","dueRule":"LAST_WORKING_DAY","assigneeRule":"ROTATION",
				 "pool":[%d,%d],"unitIds":[%d,%d]}""".formatted(first, other, fx.units().unitA(), fx.units().unitB()));

		// on 20 October the first half of October (due 19 October) is past; November starts within two weeks
		GenerationResult run = generator.generate(planId, at("2026-10-20"));
		assertThat(run.past()).isEqualTo(2);
		assertThat(run.created()).isEqualTo(6);
		List<Visit> generated = visitsOf(planId);
		assertThat(generated).extracting(v -> v.slot().dueDate()).containsExactly(LocalDate.of(2026, 10, 30),
				LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 13),
				LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30));
		assertThat(generated).allSatisfy(visit -> {
			assertThat(visit.hidden()).isTrue();
			assertThat(visit.kind()).isEqualTo(InspectionKind.MYSTERY_SHOPPER);
		});
		// in turn, slot by slot (period, unit, sequence)
		List<Visit> inOrder = new ArrayList<>(generated);
		inOrder.sort(Comparator.comparing((Visit v) -> v.slot().periodKey()).thenComparing(Visit::unitId)
			.thenComparing(v -> v.slot().sequence()));
		assertThat(inOrder).extracting(Visit::inspectorUserId).containsExactly(first, other, first, other, first,
				other);
		assertThat(generator.generate(planId, at("2026-10-25")).created()).isZero();
	}

	@Test
	void aCrossInspectionPlanGivesEachUnitAnInspectorOfTheOtherUnit() throws Exception {
		long inspectorA = fx.assigneeId(mvc, fx.inspectorA(), "CROSS");
		long inspectorB = fx.assigneeId(mvc, fx.inspectorB(), "CROSS");
		long planId = plan("""
				{"name":"中心交叉检查","kind":"CROSS","standardId":STANDARD,"recurrence":"QUARTERLY","startDate":"2026-10-01",
				 "dueRule":"WORKING_DAYS_AFTER_START","dueDays":10,"assigneeRule":"ROTATION","pool":[%d,%d],
				 "unitIds":[%d,%d]}""".formatted(inspectorA, inspectorB, fx.units().unitA(), fx.units().unitB()));
		assertThat(generator.generate(planId, at("2026-10-05")).created()).isEqualTo(2);
		List<Visit> generated = visitsOf(planId);
		assertThat(generated).allSatisfy(visit -> {
			assertThat(visit.inspectorUserId()).isEqualTo(visit.unitId() == fx.units().unitA() ? inspectorB : inspectorA);
			// 1 October is a holiday: the 10th working day after it is 20 October (8, 9, 10, 12–16, 19, 20)
			assertThat(visit.slot().dueDate()).isEqualTo(LocalDate.of(2026, 10, 20));
			assertThat(visit.slot().dueAt()).isEqualTo(calendar.deadline(visit.unitId(),
					LocalDate.of(2026, 10, 1).atStartOfDay(SHANGHAI).toInstant(),
					io.jingxi.calendar.WorkingDuration.workingDays(10)));
		});
	}

	@Test
	void theTimersRunGeneratesActivePlansOnlyAndOverdueAssignmentsAreFlagged() throws Exception {
		long inspectorA = fx.assigneeId(mvc, fx.inspectorA(), "SPOT_CHECK");
		String once = """
				{"name":"%s","kind":"SPOT_CHECK","standardId":STANDARD,"recurrence":"ONCE","startDate":"2026-11-02",
				 "endDate":"2026-11-06","dueRule":"LAST_WORKING_DAY","assigneeRule":"NAMED","assigneeUserId":%d,
				 "unitIds":[%d]}""";
		long active = plan(once.formatted("抽查一次", inspectorA, fx.units().unitA()));
		long paused = plan(once.formatted("暂停的抽查", inspectorA, fx.units().unitA()));
		quality.post("/api/v1/inspection-plans/{id}/pause", "", paused).andExpect(status().isOk());

		generator.generateAll(at("2026-11-02"));
		generator.generateAll(at("2026-11-03"));
		assertThat(visitsOf(active)).hasSize(1).allSatisfy(visit -> {
			assertThat(visit.slot().periodKey()).isEqualTo("ONCE");
			assertThat(visit.slot().dueDate()).isEqualTo(LocalDate.of(2026, 11, 6));
		});
		assertThat(visitsOf(paused)).isEmpty();

		// due at the end of 6 November, and not submitted since: overdue in the inspector's list and the plan's
		long visitId = visitsOf(active).get(0).id();
		ApiSession inspector = fx.signIn(mvc, fx.inspectorA());
		inspector.get("/api/v1/inspections/assignments")
			.andExpect(jsonPath("$.items[?(@.id == %d)].overdue".formatted(visitId)).value(true))
			.andExpect(jsonPath("$.items[?(@.id == %d)].dueDate".formatted(visitId)).value("2026-11-06"))
			.andExpect(jsonPath("$.items[?(@.id == %d)].planId".formatted(visitId)).value((int) active));
		quality.get("/api/v1/inspection-plans/{id}", active)
			.andExpect(jsonPath("$.openVisits").value(1))
			.andExpect(jsonPath("$.overdueVisits").value(1));
		quality.get("/api/v1/inspection-plans/{id}/visits", active)
			.andExpect(jsonPath("$.items[0].overdue").value(true));
	}
}
