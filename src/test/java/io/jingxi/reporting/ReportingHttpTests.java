package io.jingxi.reporting;

import static io.jingxi.reporting.ReportingFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;

import io.jingxi.identity.IdentityApi;
import io.jingxi.inspection.FindingRecorded;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.reporting.ReportingFixture.Visit;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard endpoints with real sign-ins, fed by visits conducted through the inspection API: a
 * quality manager sees every unit ranked and drills down to the deductions; unit B's manager receives
 * only B's row (ranked among all) and a 404 for anything of unit A; bad parameters are named.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	ReadModelUpdates updates;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	ReportingFixture fx;

	Visit visitA;

	Visit visitB;

	Visit visitC;

	String period;

	@BeforeAll
	void threeUnitsInspectedThisMonth() throws Exception {
		fx = ReportingFixture.create(mvc, organization, identity);
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		visitA = fx.submitVisit(quality, fx.units().unitA(), "SUPERVISOR", 1, 2, 3);
		visitB = fx.submitVisit(quality, fx.units().unitB(), "SUPERVISOR", 5);
		visitC = fx.submitVisit(quality, fx.unitC(), "SUPERVISOR");
		period = visitA.month();
		assertThat(visitA.total()).isLessThan(visitB.total());
		assertThat(visitB.total()).isLessThan(visitC.total());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ourRows(quality)).hasSize(3));
	}

	List<JsonNode> ourRows(ApiSession session) throws Exception {
		JsonNode page = json(session.get("/api/v1/reporting/rankings?period={p}&size=500", period)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		List<JsonNode> rows = new ArrayList<>();
		page.path("rows").forEach(row -> {
			if (row.path("orgId").asLong() == fx.units().rootId()) {
				rows.add(row);
			}
		});
		return rows;
	}

	JsonNode get(ApiSession session, String url, Object... vars) throws Exception {
		return json(session.get(url, vars).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aQualityManagerSeesEveryUnitRankedInTheOrganisationWithWhyThisNumber() throws Exception {
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		JsonNode page = get(quality, "/api/v1/reporting/rankings?period={p}&size=500", period);
		assertThat(page.path("period").asString()).isEqualTo(period);
		assertThat(page.path("periodKind").asString()).isEqualTo("MONTH");
		assertThat(page.path("policy").asString()).isEqualTo("reporting.unit-ranking");
		assertThat(page.path("policyVersion").asInt()).isEqualTo(1);
		assertThat(page.path("weightsVersion").isInt()).isTrue();
		assertThat(page.path("weights").size()).isEqualTo(8);
		assertThat(page.path("crisisMonths").size()).isEqualTo(3);
		assertThat(page.path("crisisMonths").get(2).asString()).isEqualTo(period);

		List<JsonNode> rows = ourRows(quality);
		assertThat(rows).extracting(row -> row.path("unitId").asLong())
			.containsExactly(fx.unitC(), fx.units().unitB(), fx.units().unitA());
		JsonNode a = rows.get(2);
		assertThat(a.path("orgRank").asInt()).isEqualTo(3);
		assertThat(a.path("orgCount").asInt()).isEqualTo(3);
		assertThat(a.path("parentId").asLong()).isEqualTo(fx.units().rootId());
		assertThat(a.path("parentRank").asInt()).isEqualTo(3);
		assertThat(a.path("parentCount").asInt()).isEqualTo(3);
		assertThat(a.path("score").decimalValue()).isEqualByComparingTo(visitA.total());
		assertThat(a.path("visits").asInt()).isEqualTo(1);
		assertThat(a.path("kinds").get(0).path("kind").asString()).isEqualTo("SUPERVISOR");
		assertThat(a.path("kinds").get(0).path("average").decimalValue()).isEqualByComparingTo(visitA.total());
		assertThat(a.path("movement").isNull()).isTrue();
		// three units only: nobody is singled out as the bottom three
		assertThat(a.path("bottomThree").asBoolean()).isFalse();
		assertThat(a.path("crisis").asBoolean()).isFalse();

		// the ranking under one parent, and the quarter and year that hold the month
		assertThat(get(quality, "/api/v1/reporting/rankings?period={p}&parentId={id}", period, fx.units().rootId())
			.path("total").asInt()).isEqualTo(3);
		String quarter = Period.of(PeriodKind.QUARTER, Period.parse(period, "p").from()).key();
		JsonNode quarterly = get(quality, "/api/v1/reporting/rankings?period={p}&parentId={id}", quarter,
				fx.units().rootId());
		assertThat(quarterly.path("periodKind").asString()).isEqualTo("QUARTER");
		assertThat(quarterly.path("rows").get(0).path("unitId").asLong()).isEqualTo(fx.unitC());
		// a page of one
		JsonNode second = get(quality, "/api/v1/reporting/rankings?period={p}&parentId={id}&page=1&size=1", period,
				fx.units().rootId());
		assertThat(second.path("total").asInt()).isEqualTo(3);
		assertThat(second.path("rows").size()).isEqualTo(1);
		assertThat(second.path("rows").get(0).path("unitId").asLong()).isEqualTo(fx.units().unitB());
	}

	@Test
	void theDrillDownFromARankReachesTheSingleDeductionsOfTheVisit() throws Exception {
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		JsonNode breakdown = get(quality, "/api/v1/reporting/units/{id}/breakdown?period={p}", fx.units().unitA(),
				period);
		assertThat(breakdown.path("standing").path("orgRank").asInt()).isEqualTo(3);
		assertThat(breakdown.path("visits").size()).isEqualTo(1);
		JsonNode visit = breakdown.path("visits").get(0);
		assertThat(visit.path("visitId").asLong()).isEqualTo(visitA.id());
		assertThat(visit.path("total").decimalValue()).isEqualByComparingTo(visitA.total());
		assertThat(visit.path("deductions").size()).isEqualTo(3);

		JsonNode findings = get(quality, "/api/v1/inspections/{id}/findings", visitA.id());
		Set<Long> findingIds = new HashSet<>();
		BigDecimal lost = BigDecimal.ZERO;
		for (JsonNode finding : findings) {
			findingIds.add(finding.path("id").asLong());
			lost = lost.add(finding.path("pointsLost").decimalValue());
		}
		Set<Long> deducted = new HashSet<>();
		for (JsonNode deduction : visit.path("deductions")) {
			deducted.add(deduction.path("findingId").asLong());
			assertThat(deduction.path("visitId").asLong()).isEqualTo(visitA.id());
			assertThat(visitA.failedClauses()).contains(deduction.path("clause").asString());
			assertThat(deduction.path("itemText").asString()).isNotBlank();
			assertThat(deduction.path("pointsLost").decimalValue()).isPositive();
		}
		assertThat(deducted).isEqualTo(findingIds);
		assertThat(visit.path("pointsLost").decimalValue()).isEqualByComparingTo(lost);

		JsonNode deductions = get(quality, "/api/v1/reporting/units/{id}/deductions?period={p}", fx.units().unitA(),
				period);
		assertThat(deductions.size()).isEqualTo(3);
	}

	@Test
	void weakSectionsFailedClausesAndTheTrendFollowTheVisits() throws Exception {
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		JsonNode sections = get(quality, "/api/v1/reporting/weak-sections?period={p}&unitId={id}&limit=20", period,
				fx.units().unitA());
		assertThat(sections.size()).isGreaterThan(1);
		List<BigDecimal> averages = new ArrayList<>();
		sections.forEach(section -> averages.add(section.path("average").decimalValue()));
		assertThat(averages).isSortedAccordingTo(Comparator.naturalOrder());
		assertThat(sections.get(0).path("average").decimalValue()).isLessThan(new BigDecimal("100"));
		assertThat(sections.get(0).path("failedItems").asLong()).isPositive();

		JsonNode clauses = get(quality, "/api/v1/reporting/failed-clauses?period={p}&unitId={id}", period,
				fx.units().unitA());
		assertThat(clauses.size()).isEqualTo(3);
		clauses.forEach(clause -> {
			assertThat(visitA.failedClauses()).contains(clause.path("clause").asString());
			assertThat(clause.path("failures").asLong()).isEqualTo(1);
			assertThat(clause.path("units").asLong()).isEqualTo(1);
		});
		// across the organisation the reader sees: A's and B's clauses among the most failed
		JsonNode all = get(quality, "/api/v1/reporting/failed-clauses?period={p}&limit=1000", period);
		List<String> allClauses = new ArrayList<>();
		all.forEach(clause -> allClauses.add(clause.path("clause").asString()));
		assertThat(allClauses).containsAll(visitA.failedClauses()).containsAll(visitB.failedClauses());

		JsonNode trend = get(quality, "/api/v1/reporting/units/{id}/trend?period={p}", fx.units().unitA(), period);
		assertThat(trend.path("points").size()).isEqualTo(12);
		JsonNode last = trend.path("points").get(11);
		assertThat(last.path("period").asString()).isEqualTo(period);
		assertThat(last.path("score").decimalValue()).isEqualByComparingTo(visitA.total());
		assertThat(last.path("orgRank").asInt()).isEqualTo(3);
		assertThat(trend.path("points").get(10).path("score").isNull()).isTrue();
	}

	@Test
	void aUnitManagerReceivesOnlyTheirOwnUnitsRowRankedAmongAllUnits() throws Exception {
		ApiSession managerB = fx.signIn(mvc, fx.units().userB());
		JsonNode page = get(managerB, "/api/v1/reporting/rankings?period={p}&size=500", period);
		assertThat(page.path("total").asInt()).isEqualTo(1);
		JsonNode row = page.path("rows").get(0);
		assertThat(row.path("unitId").asLong()).isEqualTo(fx.units().unitB());
		assertThat(row.path("orgRank").asInt()).isEqualTo(2);
		assertThat(row.path("orgCount").asInt()).isEqualTo(3);
		assertThat(row.path("parentRank").asInt()).isEqualTo(2);
		assertThat(row.path("parentCount").asInt()).isEqualTo(3);
		// the parent's filter does not widen the view
		assertThat(get(managerB, "/api/v1/reporting/rankings?period={p}&parentId={id}", period, fx.units().rootId())
			.path("total").asInt()).isEqualTo(1);
		// B's own drill-down, sections and clauses; none of A's clauses
		assertThat(get(managerB, "/api/v1/reporting/units/{id}/breakdown?period={p}", fx.units().unitB(), period)
			.path("visits").get(0).path("visitId").asLong()).isEqualTo(visitB.id());
		JsonNode clauses = get(managerB, "/api/v1/reporting/failed-clauses?period={p}&limit=1000", period);
		List<String> seen = new ArrayList<>();
		clauses.forEach(clause -> seen.add(clause.path("clause").asString()));
		assertThat(seen).containsExactlyElementsOf(visitB.failedClauses());
		JsonNode sections = get(managerB, "/api/v1/reporting/weak-sections?period={p}&limit=1000", period);
		sections.forEach(section -> assertThat(section.path("units").asLong()).isEqualTo(1));
	}

	@Test
	void everythingOfAUnitOutsideTheScopeAnswers404() throws Exception {
		ApiSession managerB = fx.signIn(mvc, fx.units().userB());
		long a = fx.units().unitA();
		for (String url : List.of("/api/v1/reporting/units/{id}/breakdown?period={p}",
				"/api/v1/reporting/units/{id}/deductions?period={p}", "/api/v1/reporting/units/{id}/trend?period={p}",
				"/api/v1/reporting/units/{id}/deductions/export?period={p}",
				"/api/v1/reporting/units/{id}/trend/export?period={p}",
				"/api/v1/reporting/weak-sections?unitId={id}&period={p}",
				"/api/v1/reporting/failed-clauses?unitId={id}&period={p}",
				"/api/v1/reporting/weak-sections/export?unitId={id}&period={p}",
				"/api/v1/reporting/failed-clauses/export?unitId={id}&period={p}")) {
			managerB.get(url, a, period)
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("reporting.unit.notFound"));
		}
		// a unit that does not exist answers the same
		managerB.get("/api/v1/reporting/units/{id}/breakdown?period={p}", 987654321L, period)
			.andExpect(status().isNotFound());
		Sheet export = workbook(managerB, "/api/v1/reporting/rankings/export?period={p}", period);
		for (Row row : export) {
			assertThat(cell(row, 7)).doesNotStartWith("甲单位");
		}
	}

	@Test
	void badParametersAreRefusedNamingTheParameter() throws Exception {
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		quality.get("/api/v1/reporting/rankings?period=2026-13")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.detail").value(containsString("2026-13")));
		quality.inEnglish().get("/api/v1/reporting/units/{id}/trend?period=Q4-2026", fx.units().unitA())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.detail").value(containsString("is not valid")));
		quality.get("/api/v1/reporting/rankings?period={p}&size=0", period)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		quality.get("/api/v1/reporting/rankings?period={p}&page=-1", period)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		quality.get("/api/v1/reporting/failed-clauses?period={p}&limit=1001", period)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
		quality.get("/api/v1/reporting/weak-sections?unitId=abc")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		quality.get("/api/v1/reporting/rankings/export?period=1999")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		// a page far beyond the end is empty, not an error
		quality.get("/api/v1/reporting/rankings?period={p}&page=2147483647&size=500", period)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(0));
		// without a period: this month
		quality.get("/api/v1/reporting/rankings").andExpect(status().isOk())
			.andExpect(jsonPath("$.periodKind").value("MONTH"));
	}

	@Test
	void usersWithoutTheReadPermissionAreRefused() throws Exception {
		String staff = "rs-" + fx.tag();
		String shopper = "rm-" + fx.tag();
		AsSystem.run(() -> {
			identity.createAccount(new IdentityApi.NewAccount(staff, "员工", ReportingFixture.PASSWORD, fx.units().unitA(),
					null, Set.of("STAFF"), false));
			identity.createAccount(new IdentityApi.NewAccount(shopper, "暗访员", ReportingFixture.PASSWORD,
					fx.units().rootId(), null, Set.of("MYSTERY_SHOPPER"), false));
		});
		for (String user : List.of(staff, shopper)) {
			ApiSession session = fx.signIn(mvc, user);
			session.get("/api/v1/reporting/rankings?period={p}", period).andExpect(status().isForbidden());
			session.get("/api/v1/reporting/units/{id}/breakdown?period={p}", fx.units().unitA(), period)
				.andExpect(status().isForbidden());
		}
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/reporting/rankings")).andExpect(status().isUnauthorized());
	}

	@Test
	void everyListExportsAsAWorkbookOfTheSameRows() throws Exception {
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		Sheet ranking = workbook(quality, "/api/v1/reporting/rankings/export?period={p}&parentId={id}", period,
				fx.units().rootId());
		assertThat(ranking.getLastRowNum()).isEqualTo(3);
		assertThat(cell(ranking.getRow(0), 1)).isEqualTo("全市排名");
		assertThat(cell(ranking.getRow(1), 1)).isEqualTo("1");
		assertThat(cell(ranking.getRow(3), 7)).startsWith("甲单位");
		assertThat(new BigDecimal(cell(ranking.getRow(3), 10))).isEqualByComparingTo(visitA.total());
		assertThat(cell(ranking.getRow(3), 12)).contains("上级检查");

		Sheet deductions = workbook(quality, "/api/v1/reporting/units/{id}/deductions/export?period={p}",
				fx.units().unitA(), period);
		assertThat(deductions.getLastRowNum()).isEqualTo(3);
		List<String> clauses = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			clauses.add(cell(deductions.getRow(i), 5));
			assertThat(cell(deductions.getRow(i), 2)).isEqualTo(String.valueOf(visitA.id()));
		}
		assertThat(clauses).containsExactlyInAnyOrderElementsOf(visitA.failedClauses());

		Sheet trend = workbook(quality, "/api/v1/reporting/units/{id}/trend/export?period={p}", fx.units().unitA(),
				period);
		assertThat(trend.getLastRowNum()).isEqualTo(12);
		assertThat(cell(trend.getRow(12), 1)).isEqualTo(period);

		Sheet clauseSheet = workbook(quality, "/api/v1/reporting/failed-clauses/export?period={p}&unitId={id}", period,
				fx.units().unitA());
		assertThat(clauseSheet.getLastRowNum()).isEqualTo(3);
		Sheet sections = workbook(quality, "/api/v1/reporting/weak-sections/export?period={p}&unitId={id}", period,
				fx.units().unitA());
		assertThat(sections.getLastRowNum()).isGreaterThan(1);

		// in English, and for unit B's manager only B's row
		Sheet english = workbook(quality.inEnglish(), "/api/v1/reporting/rankings/export?period={p}&parentId={id}",
				period, fx.units().rootId());
		assertThat(cell(english.getRow(0), 1)).isEqualTo("Rank in organisation");
		assertThat(cell(english.getRow(3), 12)).contains("Supervisor inspection");
		Sheet mine = workbook(fx.signIn(mvc, fx.units().userB()), "/api/v1/reporting/rankings/export?period={p}", period);
		assertThat(mine.getLastRowNum()).isEqualTo(1);
		assertThat(cell(mine.getRow(1), 7)).startsWith("乙单位");
	}

	@Test
	void aMysteryShoppersIdentityAndNotesNeverReachReporting() throws Exception {
		String shopper = "rx-" + fx.tag();
		String shopperName = "暗访员" + fx.tag();
		long[] ids = AsSystem.call(() -> {
			long person = organization.createPerson(new OrganizationApi.NewPerson("RX" + fx.tag(), shopperName, null,
					fx.units().rootId(), List.of("暗访员"), UnitRole.MEMBER, PersonStatus.ACTIVE, null));
			long user = identity.createAccount(new IdentityApi.NewAccount(shopper, shopperName, ReportingFixture.PASSWORD,
					fx.units().rootId(), person, Set.of("MYSTERY_SHOPPER"), false));
			return new long[] { person, user };
		});
		// a published mystery-shopper visit of unit A in June 2024, its finding noted by the shopper
		var driver = new ReadModelDriver(updates, publisher, transactions, jdbc);
		long visit = ReadModelDriver.nextId();
		long finding = ReadModelDriver.nextId();
		Instant at = Instant.parse("2024-06-12T03:00:00Z");
		driver.handle(ReadModelDriver.submitted(visit, fx.units().unitA(), InspectionKind.MYSTERY_SHOPPER, "91", at));
		driver.handle(new FindingRecorded(finding, visit, fx.units().unitA(), InspectionKind.MYSTERY_SHOPPER, 9, "4.2",
				"五声服务", new BigDecimal("9"), false, "由" + shopperName + "在柜台发现", ids[0], ids[1], at));

		ApiSession managerA = fx.signIn(mvc, fx.units().userA());
		List<String> bodies = new ArrayList<>();
		for (String url : List.of("/api/v1/reporting/units/{id}/breakdown?period=2024-06",
				"/api/v1/reporting/units/{id}/deductions?period=2024-06",
				"/api/v1/reporting/failed-clauses?period=2024-06&unitId={id}",
				"/api/v1/reporting/rankings?period=2024-06", "/api/v1/reporting/units/{id}/trend?period=2024-06")) {
			bodies.add(managerA.get(url, fx.units().unitA()).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
		}
		// the deduction is there, the shopper is not
		assertThat(bodies.get(1)).contains("\"findingId\":" + finding).contains("五声服务");
		assertThat(bodies.get(0)).contains("MYSTERY_SHOPPER");
		for (String body : bodies) {
			assertThat(body).doesNotContain(shopper).doesNotContain(shopperName).doesNotContain("在柜台发现")
				.doesNotContain("\"inspector").doesNotContain("\"note\"");
		}
		Sheet export = workbook(managerA, "/api/v1/reporting/units/{id}/deductions/export?period=2024-06",
				fx.units().unitA());
		for (Row row : export) {
			for (var cell : row) {
				assertThat(cell.getStringCellValue()).doesNotContain(shopperName).doesNotContain("在柜台发现");
			}
		}
		assertThat(export.getLastRowNum()).isEqualTo(1);
	}

	Sheet workbook(ApiSession session, String url, Object... vars) throws Exception {
		MvcResult started = session.get(url, vars).andExpect(request().asyncStarted()).andReturn();
		byte[] bytes = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			return book.getSheetAt(0);
		}
	}

	static String cell(Row row, int column) {
		var cell = row.getCell(column);
		return cell == null ? "" : cell.getStringCellValue();
	}
}
