package io.jingxi.reporting;

import static io.jingxi.reporting.ReadModelDriver.finding;
import static io.jingxi.reporting.ReadModelDriver.nextId;
import static io.jingxi.reporting.ReadModelDriver.section;
import static io.jingxi.reporting.ReadModelDriver.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import io.jingxi.identity.IdentityApi;
import io.jingxi.inspection.FindingOverturned;
import io.jingxi.inspection.InspectionApi;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.inspection.InspectionScoreChanged;
import io.jingxi.inspection.KindWeights;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.TwoUnits;

/**
 * The read model under republished, reordered and concurrent events: a visit counts once, a score
 * change replaces its total and sections, an overturned finding stops counting, and the pre-aggregate
 * always agrees with the visits it sums.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReadModelTests {

	@Autowired
	ReadModelUpdates updates;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	InspectionApi inspections;

	@Autowired
	ReportingApi reporting;

	@Autowired
	ReadModelQueries queries;

	@Autowired
	UnitScores scores;

	@Autowired
	IdentityApi identity;

	@Autowired
	MockMvc mvc;

	ReadModelDriver driver;

	long root;

	List<Long> units;

	static final Instant MARCH = Instant.parse("2025-03-10T02:00:00Z");

	@BeforeEach
	void anOrganisationOfEightUnits() {
		driver = new ReadModelDriver(updates, publisher, transactions, jdbc);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		units = new ArrayList<>();
		root = AsSystem.call(() -> organization.createUnit(new OrganizationApi.NewUnit(null, "RM-" + tag, "报表测试" + tag,
				"company", null, null, 0)));
		for (int i = 0; i < 8; i++) {
			int n = i;
			units.add(AsSystem.call(() -> organization.createUnit(new OrganizationApi.NewUnit(root, "RM-" + tag + "-" + n,
					"营业厅" + n + "-" + tag, "business_hall", null, null, n))));
		}
	}

	long unit(int n) {
		return units.get(n);
	}

	/** visits and sum of totals of the unit's row for the period and kind, or null when there is none. */
	Object[] row(String period, long unitId, InspectionKind kind) {
		return jdbc.sql("select visits, total_sum from rep_unit_period where period = :p and unit_id = :u and kind = :k")
			.param("p", period).param("u", unitId).param("k", kind.name())
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getBigDecimal(2) })
			.optional().orElse(null);
	}

	UnitStanding standing(String period, long unitId) {
		return reporting.standings(period).stream().filter(s -> s.unitId() == unitId).findFirst().orElse(null);
	}

	@Test
	void aSubmissionRepublishedAfterARestartCountsOnceInItsMonthQuarterAndYear() {
		long visit = nextId();
		var event = submitted(visit, unit(0), InspectionKind.SUPERVISOR, "82.50", MARCH,
				section(1, "外部环境", "90", 1), section(2, "服务规范", "75", 2));
		driver.publish(event);
		driver.publish(event);
		for (String period : List.of("2025-03", "2025-Q1", "2025")) {
			Object[] row = row(period, unit(0), InspectionKind.SUPERVISOR);
			assertThat(row[0]).as(period).isEqualTo(1);
			assertThat((BigDecimal) row[1]).as(period).isEqualByComparingTo("82.50");
		}
		assertThat(jdbc.sql("select count(*) from rep_section_score where visit_id = :v").param("v", visit)
			.query(Long.class).single()).isEqualTo(2);
		UnitStanding standing = standing("2025-03", unit(0));
		assertThat(standing.score()).isEqualByComparingTo("82.50");
		assertThat(standing.orgId()).isEqualTo(root);
		assertThat(standing.orgRank()).isEqualTo(1);
		assertThat(standing.weightsVersion()).isEqualTo(inspections.kindWeights().version());
	}

	@Test
	void theDayIsTheDayOfSubmissionInChinaStandardTime() {
		// 16:30 UTC on 30 September is half past midnight on 1 October in Shanghai
		driver.handle(submitted(nextId(), unit(0), InspectionKind.COMPANY, "70", Instant.parse("2025-09-30T16:30:00Z")));
		assertThat(row("2025-09", unit(0), InspectionKind.COMPANY)).isNull();
		assertThat(row("2025-Q3", unit(0), InspectionKind.COMPANY)).isNull();
		assertThat(row("2025-10", unit(0), InspectionKind.COMPANY)[0]).isEqualTo(1);
		assertThat(row("2025-Q4", unit(0), InspectionKind.COMPANY)[0]).isEqualTo(1);
	}

	@Test
	void aScoreChangeReplacesTotalAndSectionsAndAnOlderChangeArrivingLateIsIgnored() {
		long visit = nextId();
		driver.handle(submitted(visit, unit(1), InspectionKind.SUPERVISOR, "60", MARCH, section(1, "外部环境", "50", 3)));
		var first = new InspectionScoreChanged(visit, unit(1), InspectionKind.SUPERVISOR, new BigDecimal("60"),
				new BigDecimal("70"), List.of(section(1, "外部环境", "65", 2)), MARCH.plusSeconds(3600));
		var second = new InspectionScoreChanged(visit, unit(1), InspectionKind.SUPERVISOR, new BigDecimal("70"),
				new BigDecimal("75"), List.of(section(1, "外部环境", "72", 1)), MARCH.plusSeconds(7200));
		driver.handle(second);
		driver.handle(first);
		driver.handle(second);
		Object[] row = row("2025-03", unit(1), InspectionKind.SUPERVISOR);
		assertThat(row[0]).isEqualTo(1);
		assertThat((BigDecimal) row[1]).isEqualByComparingTo("75");
		assertThat(jdbc.sql("select score from rep_section_score where visit_id = :v").param("v", visit)
			.query(BigDecimal.class).single()).isEqualByComparingTo("72");
		assertThat(queries.weakSections(ReadModelQueries.Units.one(unit(1)), Period.parse("2025-03", "p"), 10)).singleElement()
			.satisfies(s -> assertThat(s.average()).isEqualByComparingTo("72"));
	}

	@Test
	void aScoreChangeHandledBeforeItsSubmissionIsKept() {
		long visit = nextId();
		driver.handle(new InspectionScoreChanged(visit, unit(2), InspectionKind.SPOT_CHECK, new BigDecimal("50"),
				new BigDecimal("88"), List.of(section(1, "收银服务", "88", 0)), MARCH.plusSeconds(600)));
		assertThat(row("2025-03", unit(2), InspectionKind.SPOT_CHECK)).isNull();
		driver.handle(submitted(visit, unit(2), InspectionKind.SPOT_CHECK, "50", MARCH, section(1, "收银服务", "40", 4)));
		assertThat((BigDecimal) row("2025-03", unit(2), InspectionKind.SPOT_CHECK)[1]).isEqualByComparingTo("88");
		assertThat(jdbc.sql("select score from rep_section_score where visit_id = :v").param("v", visit)
			.query(BigDecimal.class).single()).isEqualByComparingTo("88");
	}

	@Test
	void anOverturnedFindingNoLongerCountsInWhicheverOrderTheEventsArrive() {
		long visit = nextId();
		long kept = nextId();
		long overturned = nextId();
		long overturnedEarly = nextId();
		LocalDate from = LocalDate.of(2025, 3, 1);
		LocalDate to = LocalDate.of(2025, 3, 31);
		// findings and an overturn heard of before their visit's submission
		driver.handle(new FindingOverturned(overturnedEarly, visit, unit(3), "3.1", new BigDecimal("2"),
				FindingOverturned.Cause.APPEAL, MARCH.plusSeconds(100)));
		driver.handle(finding(overturnedEarly, visit, unit(3), "3.1", "主动问候", "2", MARCH));
		driver.handle(finding(kept, visit, unit(3), "1.2", "门头整洁", "3", MARCH));
		driver.handle(submitted(visit, unit(3), InspectionKind.SUPERVISOR, "95", MARCH));
		driver.handle(finding(overturned, visit, unit(3), "2.4", "唱收唱付", "5", MARCH));
		driver.handle(finding(kept, visit, unit(3), "1.2", "门头整洁", "3", MARCH));
		assertThat(queries.deductions(ReadModelQueries.Units.one(unit(3)), from, to))
			.extracting(ReportingViews.Deduction::findingId).containsExactlyInAnyOrder(kept, overturned);

		var overturn = new FindingOverturned(overturned, visit, unit(3), "2.4", new BigDecimal("5"),
				FindingOverturned.Cause.APPEAL, MARCH.plusSeconds(200));
		driver.handle(overturn);
		driver.handle(overturn);
		driver.handle(finding(overturned, visit, unit(3), "2.4", "唱收唱付", "5", MARCH));
		assertThat(queries.deductions(ReadModelQueries.Units.one(unit(3)), from, to)).singleElement()
			.satisfies(d -> {
				assertThat(d.findingId()).isEqualTo(kept);
				assertThat(d.visitId()).isEqualTo(visit);
				assertThat(d.clause()).isEqualTo("1.2");
				assertThat(d.itemText()).isEqualTo("门头整洁");
				assertThat(d.pointsLost()).isEqualByComparingTo("3");
				assertThat(d.day()).isEqualTo(LocalDate.of(2025, 3, 10));
			});
		assertThat(queries.failedClauses(ReadModelQueries.Units.one(unit(3)), Period.parse("2025-03", "p"), 10))
			.extracting(ReportingViews.FailedClause::clause).containsExactly("1.2");
	}

	@Test
	void concurrentSubmissionsForOneUnitKindAndMonthAreAllCounted() throws Exception {
		int visits = 24;
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < visits; i++) {
				long visit = nextId();
				int total = 50 + i;
				done.add(pool.submit(() -> driver.handle(submitted(visit, unit(4), InspectionKind.CROSS,
						String.valueOf(total), MARCH.plusSeconds(total)))));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		// 50 + 51 + … + 73
		for (String period : List.of("2025-03", "2025-Q1", "2025")) {
			Object[] row = row(period, unit(4), InspectionKind.CROSS);
			assertThat(row[0]).isEqualTo(visits);
			assertThat((BigDecimal) row[1]).isEqualByComparingTo(String.valueOf(visits * 50 + visits * (visits - 1) / 2));
			// the stored score agrees: the average of 50 … 73
			assertThat(jdbc.sql("select score from rep_unit_score where period = :p and unit_id = :u")
				.param("p", period).param("u", unit(4)).query(BigDecimal.class).single()).isEqualByComparingTo("61.50");
		}
	}

	@Test
	void aVolumeOfPublishedSubmissionsRanksAsAPlainReferenceSays() {
		Random random = new Random(20250301);
		InspectionKind[] kinds = { InspectionKind.SUPERVISOR, InspectionKind.SELF, InspectionKind.MYSTERY_SHOPPER,
				InspectionKind.THIRD_PARTY };
		// per unit and kind, the totals of April 2025
		Map<Long, Map<InspectionKind, List<Integer>>> april = new HashMap<>();
		List<Object> events = new ArrayList<>();
		for (long unit : units) {
			for (int visit = 0; visit < 6; visit++) {
				InspectionKind kind = kinds[random.nextInt(kinds.length)];
				int total = 40 + random.nextInt(61);
				Instant at = Instant.parse("2025-04-01T00:00:00Z").plusSeconds(random.nextInt(29 * 86400));
				events.add(submitted(nextId(), unit, kind, String.valueOf(total), at));
				if (LocalDate.ofInstant(at, ReadModelUpdates.ZONE).getMonthValue() == 4) {
					april.computeIfAbsent(unit, u -> new EnumMap<>(InspectionKind.class))
						.computeIfAbsent(kind, k -> new ArrayList<>()).add(total);
				}
			}
		}
		driver.publish(events.toArray());

		KindWeights weights = inspections.kindWeights();
		Map<Long, BigDecimal> expected = new HashMap<>();
		april.forEach((unit, byKind) -> {
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal weightSum = BigDecimal.ZERO;
			for (var entry : byKind.entrySet()) {
				BigDecimal weight = weights.of(entry.getKey());
				BigDecimal average = BigDecimal.valueOf(entry.getValue().stream().mapToInt(Integer::intValue).sum())
					.divide(BigDecimal.valueOf(entry.getValue().size()), MathContext.DECIMAL64);
				sum = sum.add(weight.multiply(average));
				weightSum = weightSum.add(weight);
			}
			if (weightSum.signum() > 0) {
				expected.put(unit, sum.divide(weightSum, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP));
			}
		});
		List<UnitStanding> standings = reporting.standings("2025-04").stream().filter(s -> s.orgId() == root).toList();
		assertThat(standings).hasSize(expected.size());
		for (UnitStanding standing : standings) {
			BigDecimal score = expected.get(standing.unitId());
			assertThat(standing.score()).isEqualByComparingTo(score);
			long higher = expected.values().stream().filter(other -> other.compareTo(score) > 0).count();
			assertThat(standing.orgRank()).isEqualTo(higher + 1);
			assertThat(standing.orgCount()).isEqualTo(expected.size());
		}
		// the ranking's order: by rank within the organisation
		assertThat(standings).extracting(UnitStanding::orgRank).isSorted();
	}

	@Test
	void threeMonthsInTheBottomThreeMakeACrisisAndMovementComparesWithTheMonthBefore() {
		// eight units; units 0 and 1 are last in May, June and July; unit 2 only in July
		int[][] totals = { { 40, 45, 90, 80, 81, 82, 83, 84 }, { 41, 46, 91, 80, 81, 82, 83, 84 },
				{ 42, 47, 30, 80, 81, 82, 83, 84 } };
		String[] months = { "2025-05-15T04:00:00Z", "2025-06-15T04:00:00Z", "2025-07-15T04:00:00Z" };
		for (int m = 0; m < 3; m++) {
			for (int u = 0; u < units.size(); u++) {
				driver.handle(submitted(nextId(), unit(u), InspectionKind.COMPANY, String.valueOf(totals[m][u]),
						Instant.parse(months[m])));
			}
		}
		List<UnitStanding> july = reporting.standings("2025-07").stream().filter(s -> s.orgId() == root).toList();
		assertThat(july).filteredOn(UnitStanding::crisis).extracting(UnitStanding::unitId)
			.containsExactlyInAnyOrder(unit(0), unit(1));
		assertThat(july).filteredOn(UnitStanding::bottomThree).extracting(UnitStanding::unitId)
			.containsExactlyInAnyOrder(unit(0), unit(1), unit(2));
		UnitStanding fallen = july.stream().filter(s -> s.unitId() == unit(2)).findFirst().orElseThrow();
		assertThat(fallen.orgRank()).isEqualTo(8);
		assertThat(fallen.movement()).isEqualTo(-7);
		// the quarter of those months: its crisis months are July, August and September, two without scores
		assertThat(reporting.standings("2025-Q3").stream().filter(s -> s.orgId() == root))
			.noneMatch(UnitStanding::crisis);
	}

	@Test
	void scoresStoredWithAnOlderWeightsVersionAreCombinedAgainWhenRead() {
		driver.handle(submitted(nextId(), unit(5), InspectionKind.SUPERVISOR, "60", MARCH));
		driver.handle(submitted(nextId(), unit(5), InspectionKind.SELF, "90", MARCH));
		driver.handle(submitted(nextId(), unit(6), InspectionKind.THIRD_PARTY, "50", MARCH));
		KindWeights now = inspections.kindWeights();
		BigDecimal first = scores.read(List.of("2025-03"), now).get("2025-03").get(unit(5)).score();
		assertThat(first).isEqualByComparingTo(UnitScore.combine(List.of(new KindStats(InspectionKind.SUPERVISOR, 1,
				new BigDecimal("60")), new KindStats(InspectionKind.SELF, 1, new BigDecimal("90"))), now)
			.orElseThrow().score());
		// a quality manager gives self-inspections the full weight and third parties none
		KindWeights next = RankingMathTests.weights(InspectionKind.SELF, "1", InspectionKind.THIRD_PARTY, "0");
		next = new KindWeights(now.version() + 1, next.weights());
		Map<Long, UnitScore> read = scores.read(List.of("2025-03"), next).get("2025-03");
		assertThat(read.get(unit(5)).score()).isEqualByComparingTo("75");
		assertThat(read).doesNotContainKey(unit(6));
		assertThat(jdbc.sql("select weights_version from rep_unit_score where period = '2025-03' and unit_id = :u")
			.param("u", unit(5)).query(Integer.class).single()).isEqualTo(next.version());
		assertThat(jdbc.sql("select score from rep_unit_score where period = '2025-03' and unit_id = :u")
			.param("u", unit(6)).query(BigDecimal.class).optional()).isEmpty();
		// and back: third parties count again, the unit with only their visit has a score again
		Map<Long, UnitScore> back = scores.read(List.of("2025-03"), now).get("2025-03");
		assertThat(back.get(unit(6)).score()).isEqualByComparingTo("50");
		assertThat(back.get(unit(5)).score()).isEqualByComparingTo(first);
	}

	@Test
	void aUnitMovedToAnotherParentIsRankedUnderItAtOnce() throws Exception {
		driver.handle(submitted(nextId(), unit(0), InspectionKind.COMPANY, "80", MARCH));
		driver.handle(submitted(nextId(), unit(1), InspectionKind.COMPANY, "70", MARCH));
		assertThat(standing("2025-03", unit(1)).parentId()).isEqualTo(root);
		assertThat(standing("2025-03", unit(1)).parentRank()).isEqualTo(2);
		String admin = "ra-" + UUID.randomUUID().toString().substring(0, 8);
		AsSystem.run(() -> identity.createAccount(new IdentityApi.NewAccount(admin, "管理员", TwoUnits.PASSWORD, null,
				null, Set.of("SYSTEM_ADMIN"), false)));
		ApiSession.signIn(mvc, admin, TwoUnits.PASSWORD)
			.post("/api/v1/units/{id}/move", "{\"parentId\":" + unit(7) + "}", unit(1))
			.andExpect(status().isOk());
		UnitStanding moved = standing("2025-03", unit(1));
		assertThat(moved.parentId()).isEqualTo(unit(7));
		assertThat(moved.parentRank()).isEqualTo(1);
		assertThat(moved.parentCount()).isEqualTo(1);
		assertThat(moved.orgRank()).isEqualTo(2);
	}

	@Test
	void anyOrderAndRepetitionOfEventsHandledInParallelEndsInTheStateTheLastWordsDescribe() throws Exception {
		Random random = new Random(20250601);
		InspectionKind[] kinds = { InspectionKind.SUPERVISOR, InspectionKind.SELF, InspectionKind.THIRD_PARTY };
		List<Object> events = new ArrayList<>();
		// the truth: per visit its unit, kind, final total; per unit the clauses of findings that stand
		Map<Long, Object[]> visits = new HashMap<>();
		Map<Long, Map<String, Integer>> standing = new HashMap<>();
		for (int v = 0; v < 40; v++) {
			long visit = nextId();
			long unitId = unit(random.nextInt(3));
			InspectionKind kind = kinds[random.nextInt(kinds.length)];
			Instant at = Instant.parse("2025-06-01T02:00:00Z").plusSeconds(random.nextInt(29) * 86400L);
			int total = 40 + random.nextInt(61);
			events.add(submitted(visit, unitId, kind, String.valueOf(total), at, section(1, "外部环境", String.valueOf(total), 0)));
			int changes = random.nextInt(3);
			for (int c = 1; c <= changes; c++) {
				int changed = 40 + random.nextInt(61);
				events.add(new InspectionScoreChanged(visit, unitId, kind, new BigDecimal(total), new BigDecimal(changed),
						List.of(section(1, "外部环境", String.valueOf(changed), 0)), at.plusSeconds(3600L * c)));
				total = changed;
			}
			visits.put(visit, new Object[] { unitId, kind, total });
			for (int f = 0; f < random.nextInt(4); f++) {
				long finding = nextId();
				String clause = "9." + random.nextInt(5);
				events.add(finding(finding, visit, unitId, clause, "条款" + clause, "2", at));
				if (random.nextInt(3) == 0) {
					events.add(new FindingOverturned(finding, visit, unitId, clause, new BigDecimal("2"),
							FindingOverturned.Cause.APPEAL, at.plusSeconds(7200)));
				}
				else {
					standing.computeIfAbsent(unitId, u -> new HashMap<>()).merge(clause, 1, Integer::sum);
				}
			}
		}
		// a third of the events again (republished), all in any order, four handlers at a time
		List<Object> delivered = new ArrayList<>(events);
		for (Object event : events) {
			if (random.nextInt(3) == 0) {
				delivered.add(event);
			}
		}
		java.util.Collections.shuffle(delivered, random);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Object event : delivered) {
				done.add(pool.submit(() -> driver.handle(event)));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		KindWeights weights = inspections.kindWeights();
		for (int u = 0; u < 3; u++) {
			long unitId = unit(u);
			List<KindStats> expected = new ArrayList<>();
			for (InspectionKind kind : kinds) {
				int count = 0;
				int sum = 0;
				for (Object[] visit : visits.values()) {
					if ((long) visit[0] == unitId && visit[1] == kind) {
						count++;
						sum += (int) visit[2];
					}
				}
				Object[] row = row("2025-06", unitId, kind);
				if (count == 0) {
					assertThat(row == null || (int) row[0] == 0).isTrue();
					continue;
				}
				expected.add(new KindStats(kind, count, BigDecimal.valueOf(sum)));
				for (String period : List.of("2025-06", "2025-Q2", "2025")) {
					Object[] r = row(period, unitId, kind);
					assertThat(r[0]).as(period + " " + kind).isEqualTo(count);
					assertThat((BigDecimal) r[1]).as(period + " " + kind).isEqualByComparingTo(String.valueOf(sum));
				}
			}
			var score = UnitScore.combine(expected, weights);
			var stored = jdbc.sql("select score from rep_unit_score where period = '2025-06' and unit_id = :u")
				.param("u", unitId).query(BigDecimal.class).optional();
			if (score.isPresent()) {
				assertThat(stored).get().satisfies(value -> assertThat(value).isEqualByComparingTo(score.get().score()));
			}
			Map<String, Integer> clauses = new HashMap<>();
			queries.failedClauses(ReadModelQueries.Units.one(unitId), Period.parse("2025-06", "p"), 100)
				.forEach(clause -> clauses.put(clause.clause(), (int) clause.failures()));
			assertThat(clauses).isEqualTo(standing.getOrDefault(unitId, Map.of()));
			Map<String, Integer> yearly = new HashMap<>();
			queries.failedClauses(ReadModelQueries.Units.one(unitId), Period.parse("2025", "p"), 100)
				.forEach(clause -> yearly.put(clause.clause(), (int) clause.failures()));
			assertThat(yearly).isEqualTo(clauses);
			// the section average is the mean of the final totals of the unit's visits
			int count = 0;
			int sum = 0;
			for (Object[] visit : visits.values()) {
				if ((long) visit[0] == unitId) {
					count++;
					sum += (int) visit[2];
				}
			}
			var weak = queries.weakSections(ReadModelQueries.Units.one(unitId), Period.parse("2025-Q2", "p"), 10);
			if (count == 0) {
				assertThat(weak).isEmpty();
			}
			else {
				assertThat(weak).hasSize(1);
				assertThat(weak.get(0).visits()).isEqualTo(count);
				assertThat(weak.get(0).average()).isEqualByComparingTo(
						BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
			}
		}
		// every visit's one section carries its final total
		for (var visit : visits.entrySet()) {
			assertThat(jdbc.sql("select score from rep_section_score where visit_id = :v").param("v", visit.getKey())
				.query(BigDecimal.class).single()).isEqualByComparingTo(String.valueOf(visit.getValue()[2]));
		}
	}
}
