package io.jingxi.reporting;

import static io.jingxi.reporting.ReportingFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.jingxi.identity.IdentityApi;
import io.jingxi.inspection.FindingSummary;
import io.jingxi.inspection.InspectionApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.rectification.RectificationApi;
import io.jingxi.rectification.RectificationSummary;
import io.jingxi.rectification.RectificationSweeps;
import io.jingxi.reporting.ReportingFixture.Visit;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;
import tools.jackson.databind.JsonNode;

/**
 * The open and overdue rectification notices on the dashboard, with real sign-ins and notices opened
 * by visits conducted through the inspection API: unit A's four notices (one closed, one submitted, two
 * overdue after the sweep at their deadline), unit B's one (due soon), unit C none. Each unit's manager
 * receives their own unit's figures, in the summary, the ranking rows, the drill-down and the export,
 * and never the other's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardRectificationsHttpTests {

	static final String FIGURES = "/api/v1/reporting/rectifications";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	InspectionApi inspections;

	@Autowired
	RectificationApi rectifications;

	@Autowired
	ApplicationContext context;

	ReportingFixture fx;

	String period;

	/** Unit A's overdue notice with the earliest deadline. */
	RectificationSummary oldestOverdueA;

	@BeforeAll
	void unitAWithTwoOverdueNoticesAndUnitBWithOneDueSoon() throws Exception {
		fx = ReportingFixture.create(mvc, organization, identity);
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		Visit visitA = fx.submitVisit(quality, fx.units().unitA(), "SUPERVISOR", 1, 2, 3, 4);
		fx.submitVisit(quality, fx.unitC(), "SUPERVISOR");
		period = visitA.month();
		List<RectificationSummary> a = noticesOf(visitA.id());
		assertThat(a).hasSize(4);

		// the unit's manager fixes the first (accepted: closed) and submits the second (waiting for the verifier)
		ApiSession managerA = fx.signIn(mvc, fx.units().userA());
		managerA.post("/api/v1/rectifications/{id}/submit", "{\"description\":\"已整改\"}", a.get(0).id())
			.andExpect(status().isOk());
		quality.post("/api/v1/rectifications/{id}/accept", "{}", a.get(0).id()).andExpect(status().isOk());
		managerA.post("/api/v1/rectifications/{id}/submit", "{\"description\":\"已整改\"}", a.get(1).id())
			.andExpect(status().isOk());
		// the other two run past their deadlines: the sweep at the later one marks both overdue
		List<RectificationSummary> open = a.subList(2, 4);
		RectificationSweeps.sweepAt(context,
				open.stream().map(RectificationSummary::deadline).max(Comparator.naturalOrder()).orElseThrow());
		oldestOverdueA = open.stream()
			.min(Comparator.comparing(RectificationSummary::deadline).thenComparing(RectificationSummary::id))
			.orElseThrow();

		// unit B's notice, opened after that sweep, comes within its warning time (the sweep a minute before
		// the deadline warns A's overdue notices too, which still count as overdue, not as due soon)
		Visit visitB = fx.submitVisit(quality, fx.units().unitB(), "SUPERVISOR", 5);
		RectificationSummary b = noticesOf(visitB.id()).get(0);
		RectificationSweeps.sweepAt(context, b.deadline().minusSeconds(60));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(rows(quality).keySet())
			.containsExactlyInAnyOrder(fx.units().unitA(), fx.units().unitB(), fx.unitC()));
	}

	List<RectificationSummary> noticesOf(long visitId) {
		List<FindingSummary> findings = AsSystem.call(() -> inspections.findingsOfVisit(visitId));
		assertThat(findings).isNotEmpty();
		List<RectificationSummary> opened = new ArrayList<>();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			opened.clear();
			for (FindingSummary finding : findings) {
				opened.add(rectifications.noticeOfFinding(finding.id())
					.orElseThrow(() -> new AssertionError("No notice yet for finding " + finding.id())));
			}
		});
		opened.sort(Comparator.comparing(RectificationSummary::id));
		return opened;
	}

	JsonNode get(ApiSession session, String url, Object... vars) throws Exception {
		return json(session.get(url, vars).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/** The ranking rows of this fixture's organisation the reader receives, by unit. */
	Map<Long, JsonNode> rows(ApiSession session) throws Exception {
		Map<Long, JsonNode> rows = new HashMap<>();
		get(session, "/api/v1/reporting/rankings?period={p}&size=500", period).path("rows").forEach(row -> {
			if (row.path("orgId").asLong() == fx.units().rootId()) {
				rows.put(row.path("unitId").asLong(), row);
			}
		});
		return rows;
	}

	static void assertCounts(JsonNode node, long open, long overdue) {
		assertThat(node.path("openRectifications").asLong()).as("open").isEqualTo(open);
		assertThat(node.path("overdueRectifications").asLong()).as("overdue").isEqualTo(overdue);
	}

	@Test
	void aUnitManagersSummaryCountsTheirUnitsNoticesAsTheNoticeListFindsThem() throws Exception {
		ApiSession managerA = fx.signIn(mvc, fx.units().userA());
		JsonNode figures = get(managerA, FIGURES);
		assertThat(figures.path("open").asLong()).isEqualTo(3);
		assertThat(figures.path("overdue").asLong()).isEqualTo(2);
		assertThat(figures.path("dueSoon").asLong()).isZero();
		JsonNode oldest = figures.path("oldestOverdue");
		assertThat(oldest.path("noticeId").asLong()).isEqualTo(oldestOverdueA.id());
		assertThat(oldest.path("number").asString()).isEqualTo(oldestOverdueA.number());
		assertThat(oldest.path("unitId").asLong()).isEqualTo(fx.units().unitA());
		assertThat(oldest.path("unitName").asString()).startsWith("甲单位");
		assertThat(Instant.parse(oldest.path("deadline").asString())).isEqualTo(oldestOverdueA.deadline());
		// the very notices behind the rectification list's open and overdue tabs
		managerA.get("/api/v1/rectifications?active=true").andExpect(jsonPath("$.total").value(3));
		managerA.get("/api/v1/rectifications?overdue=true").andExpect(jsonPath("$.total").value(2));

		JsonNode b = get(fx.signIn(mvc, fx.units().userB()), FIGURES);
		assertThat(b.path("open").asLong()).isEqualTo(1);
		assertThat(b.path("overdue").asLong()).isZero();
		assertThat(b.path("dueSoon").asLong()).isEqualTo(1);
		assertThat(b.path("oldestOverdue").isNull()).isTrue();
	}

	@Test
	void eachRankingRowAndTheDrillDownCarryTheUnitsOpenAndOverdueNotices() throws Exception {
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		Map<Long, JsonNode> rows = rows(quality);
		assertCounts(rows.get(fx.units().unitA()), 3, 2);
		assertCounts(rows.get(fx.units().unitB()), 1, 0);
		assertCounts(rows.get(fx.unitC()), 0, 0);
		JsonNode breakdown = get(quality, "/api/v1/reporting/units/{id}/breakdown?period={p}", fx.units().unitA(), period);
		assertCounts(breakdown, 3, 2);
		assertCounts(breakdown.path("standing"), 3, 2);
		// the figures are those of now: a period without a score still shows the unit's notices
		JsonNode before = get(quality, "/api/v1/reporting/units/{id}/breakdown?period=2019-01", fx.units().unitA());
		assertThat(before.path("standing").isNull()).isTrue();
		assertCounts(before, 3, 2);

		// everyone's notices are in the quality manager's summary
		JsonNode all = get(quality, FIGURES);
		assertThat(all.path("open").asLong()).isGreaterThanOrEqualTo(4);
		assertThat(all.path("overdue").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(all.path("oldestOverdue").path("noticeId").isNumber()).isTrue();
	}

	@Test
	void unitBsManagerNeverReceivesUnitAsFigures() throws Exception {
		ApiSession managerB = fx.signIn(mvc, fx.units().userB());
		Map<Long, JsonNode> rows = rows(managerB);
		assertThat(rows.keySet()).containsExactly(fx.units().unitB());
		assertCounts(rows.get(fx.units().unitB()), 1, 0);
		assertCounts(get(managerB, "/api/v1/reporting/units/{id}/breakdown?period={p}", fx.units().unitB(), period), 1, 0);
		managerB.get("/api/v1/reporting/units/{id}/breakdown?period={p}", fx.units().unitA(), period)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("reporting.unit.notFound"));
		String body = managerB.get(FIGURES).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(oldestOverdueA.number()).doesNotContain("甲单位");
		// and the other way round: A's manager's figures hold nothing of B's
		JsonNode a = get(fx.signIn(mvc, fx.units().userA()), FIGURES);
		assertThat(a.path("dueSoon").asLong()).isZero();
		assertThat(rows(fx.signIn(mvc, fx.units().userA())).keySet()).containsExactly(fx.units().unitA());
	}

	@Test
	void theRankingExportHasTheOpenAndOverdueColumns() throws Exception {
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		Sheet sheet = workbook(quality, "/api/v1/reporting/rankings/export?period={p}&parentId={id}", period,
				fx.units().rootId());
		assertThat(cell(sheet.getRow(0), 15)).isEqualTo("未关闭整改单（当前）");
		assertThat(cell(sheet.getRow(0), 16)).isEqualTo("逾期整改单（当前）");
		Map<String, List<String>> byCode = new HashMap<>();
		for (Row row : sheet) {
			if (row.getRowNum() > 0) {
				byCode.put(cell(row, 6), List.of(cell(row, 15), cell(row, 16)));
			}
		}
		assertThat(byCode).containsOnlyKeys(fx.units().codeA(), fx.units().codeB(), "C-" + fx.tag());
		assertThat(byCode.get(fx.units().codeA())).containsExactly("3", "2");
		assertThat(byCode.get(fx.units().codeB())).containsExactly("1", "0");
		assertThat(byCode.get("C-" + fx.tag())).containsExactly("0", "0");

		Sheet english = workbook(quality.inEnglish(), "/api/v1/reporting/rankings/export?period={p}&parentId={id}",
				period, fx.units().rootId());
		assertThat(cell(english.getRow(0), 15)).isEqualTo("Open rectification notices (now)");
		assertThat(cell(english.getRow(0), 16)).isEqualTo("Overdue rectification notices (now)");

		Sheet mine = workbook(fx.signIn(mvc, fx.units().userB()), "/api/v1/reporting/rankings/export?period={p}", period);
		assertThat(mine.getLastRowNum()).isEqualTo(1);
		assertThat(cell(mine.getRow(1), 6)).isEqualTo(fx.units().codeB());
		assertThat(List.of(cell(mine.getRow(1), 15), cell(mine.getRow(1), 16))).containsExactly("1", "0");
	}

	@Test
	void readersWithoutTheReadPermissionAreRefusedTheFigures() throws Exception {
		String staff = "rr-" + fx.tag();
		AsSystem.run(() -> identity.createAccount(new IdentityApi.NewAccount(staff, "员工", ReportingFixture.PASSWORD,
				fx.units().unitA(), null, Set.of("STAFF"), false)));
		fx.signIn(mvc, staff).get(FIGURES).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(FIGURES))
			.andExpect(status().isUnauthorized());
	}

	Sheet workbook(ApiSession session, String url, Object... vars) throws Exception {
		MvcResult started = session.get(url, vars).andExpect(request().asyncStarted()).andReturn();
		byte[] bytes = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
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
