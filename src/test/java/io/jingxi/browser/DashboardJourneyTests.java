package io.jingxi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.inspection.FindingRecorded;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.inspection.InspectionSubmitted;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.rectification.RectificationApi;
import io.jingxi.rectification.RectificationSweeps;
import io.jingxi.rectification.UnitRectificationCounts;
import io.jingxi.reporting.ReportingApi;
import io.jingxi.shared.AsSystem;

/**
 * The dashboard: a quality manager on a desktop sees six business halls ranked for March 2019 —
 * movement, the bottom three, two halls in crisis after three months at the bottom — with each hall's
 * open and overdue rectification notices, and drills down from the last one to a single deduction; the
 * manager of one hall, on a phone, sees only that hall's card with its rank in the organisation, the
 * card of their open and overdue notices, and follows it to the overdue notice. The three months of
 * visits and the findings are published as the inspection module publishes them; the findings open
 * notices, which the rectification sweep marks overdue once their deadlines in March 2019 have passed.
 */
class DashboardJourneyTests extends BrowserTestSupport {

	static final String PERIOD = "2019-03";

	/** Far above the inspection module's own ids, so these visits and findings never meet real ones. */
	static final AtomicLong IDS = new AtomicLong(7_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

	@Autowired
	OrganizationApi organization;

	@Autowired
	ReportingApi reporting;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RectificationApi rectifications;

	@Autowired
	ApplicationContext context;

	record Halls(long root, List<Long> units, long lastVisit, long singingFinding, long hall2Finding, String tag) {

		long unit(int n) {
			return units.get(n - 1);
		}
	}

	/**
	 * Six halls; totals in January, February and March 2019. March ranks them 1 2 3 5 4 6 (hall 4 fell
	 * from third); halls 5 and 6 were in the bottom three all three months.
	 */
	Halls halls() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		long root = AsSystem.call(() -> organization.createUnit(new OrganizationApi.NewUnit(null, "DB" + tag,
				"看板市公司" + tag, "company", null, null, 0)));
		List<Long> units = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			int n = i;
			units.add(AsSystem.call(() -> organization.createUnit(new OrganizationApi.NewUnit(root, "DB" + tag + n,
					"第" + n + "营业厅" + tag, "business_hall", null, null, n))));
		}
		int[][] totals = { { 95, 88, 80, 70, 64, 52 }, { 94, 90, 82, 85, 66, 50 }, { 96, 89, 85, 60, 65, 55 } };
		List<Object> events = new ArrayList<>();
		long lastVisit = 0;
		for (int month = 0; month < 3; month++) {
			Instant at = Instant.parse("2019-0" + (month + 1) + "-15T04:00:00Z");
			for (int u = 0; u < 6; u++) {
				long visit = IDS.incrementAndGet();
				events.add(new InspectionSubmitted(visit, units.get(u), InspectionKind.SUPERVISOR, 1, 1,
						BigDecimal.valueOf(totals[month][u]), List.of(new InspectionSubmitted.SectionResult(1, "收银服务",
								BigDecimal.valueOf(totals[month][u]), 1)),
						at.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), at));
				lastVisit = visit;
			}
		}
		long door = IDS.incrementAndGet();
		long singing = IDS.incrementAndGet();
		Instant march = Instant.parse("2019-03-15T04:00:00Z");
		events.add(new FindingRecorded(door, lastVisit, units.get(5), InspectionKind.SUPERVISOR, 1, "2.1", "门头灯箱完好",
				new BigDecimal("4"), false, null, null, 1, march));
		events.add(new FindingRecorded(singing, lastVisit, units.get(5), InspectionKind.SUPERVISOR, 2, "3.5",
				"收银唱收唱付", new BigDecimal("3"), false, null, null, 1, march));
		long hall2Visit = lastVisit - 4;
		long hall2Finding = IDS.incrementAndGet();
		events.add(new FindingRecorded(hall2Finding, hall2Visit, units.get(1), InspectionKind.SUPERVISOR, 1, "2.1",
				"门头灯箱完好", new BigDecimal("4"), false, null, null, 1, march));
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.forEach(publisher::publishEvent));
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where (listener_id like 'io.jingxi.reporting.%' or listener_id like 'io.jingxi.rectification.%')
				and completion_date is null""").query(Long.class).single() == 0);
		assertThat(reporting.standings(PERIOD).stream().filter(s -> s.orgId() == root)).hasSize(6);
		// each finding opened a notice with a deadline in March 2019; by the end of April all three are overdue
		assertThat(rectifications.countsByUnit(List.of(units.get(1), units.get(5))))
			.extracting(UnitRectificationCounts::active)
			.containsExactly(1L, 2L);
		RectificationSweeps.sweepAt(context, Instant.parse("2019-04-30T10:00:00Z"));
		return new Halls(root, units, lastVisit, singing, hall2Finding, tag);
	}

	@Test
	void aQualityManagerOnADesktopSeesTheRankingAndDrillsDownToADeduction() {
		Halls halls = halls();
		String quality = AsSystem.call(() -> account(null, "QUALITY_MANAGER"));
		open(Screen.DESKTOP);
		signIn(quality);
		navigate("nav-dashboard");
		assertThat(byTestId("ranking-rows")).isVisible();
		page.navigate(url("/dashboard?period=" + PERIOD));

		assertThat(byTestId("ranking-policy")).containsText("reporting.unit-ranking");
		assertThat(byTestId("ranking-rank-" + halls.unit(1))).hasText("1");
		assertThat(byTestId("ranking-rank-" + halls.unit(4))).hasText("5");
		assertThat(byTestId("ranking-movement-" + halls.unit(4))).hasText("▼2");
		assertThat(byTestId("ranking-movement-" + halls.unit(3))).hasText("▲1");
		// the bottom three are highlighted; halls 5 and 6 carry the crisis badge, hall 4 does not
		assertThat(byTestId("ranking-row-" + halls.unit(4))).hasAttribute("data-bottom-three", "true");
		assertThat(byTestId("ranking-row-" + halls.unit(3))).hasAttribute("data-bottom-three", "false");
		assertThat(byTestId("ranking-crisis-" + halls.unit(5))).isVisible();
		assertThat(byTestId("ranking-crisis-" + halls.unit(6))).isVisible();
		assertThat(byTestId("ranking-crisis-" + halls.unit(4))).hasCount(0);
		assertThat(byTestId("trend-chart")).isVisible();
		assertThat(byTestId("weak-sections-chart")).isVisible();
		assertThat(byTestId("failed-clause-3.5")).containsText("收银唱收唱付");
		assertThat(byTestId("export-rankings")).hasAttribute("href", Pattern.compile("/api/v1/reporting/rankings/export\\?period=" + PERIOD));
		// the notices now: hall 6's two findings, both overdue; hall 1 none; the card counts every unit's
		assertThat(byTestId("ranking-rectifications-" + halls.unit(6))).hasText("2 / 2");
		assertThat(byTestId("ranking-rectifications-" + halls.unit(6))).hasAttribute("data-overdue", "2");
		assertThat(byTestId("ranking-rectifications-" + halls.unit(1))).hasText("0 / 0");
		assertThat(byTestId("dashboard-rectifications")).isVisible();
		assertThat(byTestId("dashboard-rectifications-overdue")).hasText(Pattern.compile("^[1-9]\\d*$"));
		assertThat(byTestId("dashboard-rectifications-overdue-link")).hasAttribute("href", "/rectifications/overdue");
		assertThat(byTestId("dashboard-rectifications-open-link")).hasAttribute("href", "/rectifications/open");
		assertThat(byTestId("dashboard-rectifications-oldest")).hasAttribute("href", Pattern.compile("^/rectifications/\\d+$"));

		byTestId("ranking-open-" + halls.unit(6)).click();
		assertThat(byTestId("drilldown")).isVisible();
		assertThat(byTestId("drilldown-standing")).containsText("6 / 6");
		assertThat(byTestId("drilldown-score")).hasText("55.00");
		assertThat(byTestId("drilldown-visit-" + halls.lastVisit())).containsText("55.00");
		assertThat(byTestId("deduction-" + halls.singingFinding())).containsText("3.5");
		assertThat(byTestId("deduction-" + halls.singingFinding())).containsText("收银唱收唱付");
		assertThat(byTestId("deduction-" + halls.singingFinding())).containsText("−3");
		assertThat(byTestId("deduction-link-" + halls.singingFinding())).hasAttribute("href",
				"/inspections/" + halls.lastVisit());
		assertThat(byTestId("export-deductions")).hasAttribute("href",
				Pattern.compile("/api/v1/reporting/units/" + halls.unit(6) + "/deductions/export"));
		assertThat(byTestId("drilldown-rectifications")).hasAttribute("data-open", "2");
		assertThat(byTestId("drilldown-rectifications")).hasAttribute("data-overdue", "2");
		assertThat(byTestId("drilldown-rectifications-link")).hasAttribute("href",
				"/rectifications/open?unitId=" + halls.unit(6));
	}

	@Test
	void aUnitManagerOnAPhoneSeesOnlyTheirOwnHallsCardWithItsRankInTheOrganisation() {
		Halls halls = halls();
		String manager = AsSystem.call(() -> account(halls.unit(2), "UNIT_MANAGER"));
		open(Screen.PHONE);
		signIn(manager);
		navigate("nav-dashboard");
		assertThat(byTestId("ranking-rows")).isVisible();
		page.navigate(url("/dashboard?period=" + PERIOD));

		assertThat(byTestId("ranking-row-" + halls.unit(2))).isVisible();
		assertThat(byTestId("ranking-rank-" + halls.unit(2))).hasText("2");
		assertThat(byTestId("ranking-place-" + halls.unit(2))).containsText("全市排名 第 2 / 6 名");
		assertThat(page.locator("[data-testid^=ranking-row-]")).hasCount(1);
		assertThat(byTestId("ranking-row-" + halls.unit(6))).hasCount(0);
		assertThat(byTestId("trend-chart")).isVisible();
		// the phone shows cards, not a wide table
		assertThat(page.locator("[data-testid=ranking-rows] table")).hasCount(0);
		// the hall's one notice, overdue: on the card of the hall and on the rectification card
		assertThat(byTestId("ranking-rectifications-" + halls.unit(2))).containsText("整改 1");
		assertThat(byTestId("ranking-rectifications-" + halls.unit(2))).containsText("逾期 1");
		assertThat(byTestId("dashboard-rectifications-open")).hasText("1");
		assertThat(byTestId("dashboard-rectifications-overdue")).hasText("1");
		assertThat(byTestId("dashboard-rectifications-due-soon")).hasText("0");
		long notice = rectifications.noticeOfFinding(halls.hall2Finding()).orElseThrow().id();
		String number = rectifications.noticeOfFinding(halls.hall2Finding()).orElseThrow().number();
		assertThat(byTestId("dashboard-rectifications-oldest")).containsText(number);
		assertThat(byTestId("dashboard-rectifications-oldest")).containsText("第2营业厅" + halls.tag());
		byTestId("ranking-open-" + halls.unit(2)).click();
		assertThat(byTestId("drilldown-standing")).containsText("2 / 6");
		assertThat(byTestId("drilldown-rectifications")).hasAttribute("data-overdue", "1");

		// from the card to the overdue notices: the hall's notice is there
		page.keyboard().press("Escape");
		assertThat(byTestId("drilldown")).isHidden();
		byTestId("dashboard-rectifications-overdue-link").click();
		assertThat(page).hasURL(Pattern.compile("/rectifications/overdue$"));
		assertThat(byTestId("rectification-card-" + notice)).isVisible();
		assertThat(page.locator("[data-testid^=rectification-card-]")).hasCount(1);
	}
}
