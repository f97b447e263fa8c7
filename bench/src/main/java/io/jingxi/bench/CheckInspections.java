package io.jingxi.bench;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Holds the bulk history ({@link History}) against the application's own path, three ways:
 * <ol>
 * <li>{@link #scores}: generated visits' answers are put on a draft visit through the API and the
 * application's running score (its ScoringPolicy, zh-CN) is compared with the generated visit's stored
 * total, sections and every item line, explanation text included;</li>
 * <li>{@link #submitted}: visits are created, answered (with people named, photos on failed items) and
 * submitted through the API, and reporting's handlers update the read model; then their rows are set
 * aside, derived again by the generator from the same answers, and compared table by table, including
 * the whole of every per-period pre-aggregate;</li>
 * <li>{@link #ranking}: a period's ranking as the API answers it against one computed by an independent
 * SQL from reporting's visit rows (averages per kind, weighted, ranked).</li>
 * </ol>
 * Each answers counts of what was compared and of mismatches, and logs the first mismatches.
 */
final class CheckInspections {

	private static final int SHOWN = 8;

	private final Connection db;

	private final History history;

	private final String url;

	private final Checklist.Version version;

	private final long seed;

	CheckInspections(Connection db, History history, String url, Checklist.Version version, long seed) {
		this.db = db;
		this.history = history;
		this.url = url;
		this.version = version;
		this.seed = seed;
	}

	/** Re-scores {@code samples} generated visits through the application and compares the results. */
	Map<String, String> scores(Api inspector, long draftId, int samples) throws SQLException {
		// a fifth of them among the visits a failed critical item capped, the rest at random
		java.util.Set<Long> picked = new java.util.LinkedHashSet<>();
		for (String sql : List.of("""
				select t.visit_id from b_target t join insp_visit v on v.id = t.visit_id where v.rule_applied
				order by pg_temp.rnd(t.visit_id, %d) limit %d""".formatted(seed + 32, samples / 5), """
				select visit_id from b_target order by pg_temp.rnd(visit_id, %d) limit %d""".formatted(seed + 31, samples))) {
			try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
				while (rs.next() && picked.size() < samples) {
					picked.add(rs.getLong(1));
				}
			}
		}
		List<Long> ids = new ArrayList<>(picked);
		int mismatches = 0;
		int lines = 0;
		int capped = 0;
		int failed = 0;
		List<String> shown = new ArrayList<>();
		for (long id : ids) {
			List<Map<String, Object>> answers = new ArrayList<>();
			try (PreparedStatement query = db.prepareStatement(
					"select item_id, compliant, answer_value, not_applicable, note from insp_answer where visit_id = ?")) {
				query.setLong(1, id);
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						Map<String, Object> answer = new LinkedHashMap<>();
						answer.put("itemId", rs.getLong(1));
						answer.put("compliant", rs.getObject(2));
						answer.put("value", rs.getBigDecimal(3));
						answer.put("notApplicable", rs.getBoolean(4));
						answer.put("note", rs.getString(5));
						answers.add(answer);
					}
				}
			}
			inspector.put("api/v1/inspections/" + draftId + "/answers", Map.of("answers", answers), 200);
			JsonNode score = inspector.get("api/v1/inspections/" + draftId + "/score", 200);
			List<String> problems = new ArrayList<>();
			Map<String, Object> visit = row("""
					select total, total_before_rule, rule_applied, rule_name, rule_version, policy, policy_version,
					  points_possible, points_earned from insp_visit where id = %d""".formatted(id)).get(0);
			same(problems, "total", score.path("total"), visit.get("total"));
			same(problems, "totalBeforeRule", score.path("totalBeforeRule"), visit.get("total_before_rule"));
			same(problems, "ruleApplied", score.path("ruleApplied"), visit.get("rule_applied"));
			same(problems, "ruleName", score.path("ruleName"), visit.get("rule_name"));
			same(problems, "ruleVersion", score.path("ruleVersion"), visit.get("rule_version"));
			same(problems, "policy", score.path("policy"), visit.get("policy"));
			same(problems, "policyVersion", score.path("policyVersion"), visit.get("policy_version"));
			same(problems, "pointsPossible", score.path("pointsPossible"), visit.get("points_possible"));
			same(problems, "pointsEarned", score.path("pointsEarned"), visit.get("points_earned"));
			List<Map<String, Object>> sections = row("""
					select section_id, name, weight, points_possible, points_earned, score, failed_items
					from insp_section_score where visit_id = %d order by position""".formatted(id));
			JsonNode apiSections = score.path("sections");
			if (apiSections.size() != sections.size()) {
				problems.add("sections: " + apiSections.size() + " vs " + sections.size());
			}
			for (int s = 0; s < Math.min(apiSections.size(), sections.size()); s++) {
				JsonNode a = apiSections.get(s);
				Map<String, Object> g = sections.get(s);
				for (String[] field : new String[][] { { "sectionId", "section_id" }, { "name", "name" },
						{ "weight", "weight" }, { "pointsPossible", "points_possible" }, { "pointsEarned", "points_earned" },
						{ "score", "score" }, { "failedItems", "failed_items" } }) {
					same(problems, "sections[" + s + "]." + field[0], a.path(field[0]), g.get(field[1]));
				}
			}
			List<Map<String, Object>> items = row("""
					select item_id, section_id, clause, answer_type, outcome, answer, points_possible, points_earned,
					  points_lost, critical, explanation from insp_item_line where visit_id = %d order by position"""
				.formatted(id));
			JsonNode apiLines = score.path("lines");
			if (apiLines.size() != items.size()) {
				problems.add("lines: " + apiLines.size() + " vs " + items.size());
			}
			for (int l = 0; l < Math.min(apiLines.size(), items.size()); l++) {
				JsonNode a = apiLines.get(l);
				Map<String, Object> g = items.get(l);
				for (String[] field : new String[][] { { "itemId", "item_id" }, { "sectionId", "section_id" },
						{ "clause", "clause" }, { "answerType", "answer_type" }, { "outcome", "outcome" },
						{ "answer", "answer" }, { "pointsPossible", "points_possible" }, { "pointsEarned", "points_earned" },
						{ "pointsLost", "points_lost" }, { "critical", "critical" }, { "explanation", "explanation" } }) {
					same(problems, "lines[" + l + "]." + field[0], a.path(field[0]), g.get(field[1]));
				}
				if (a.path("failed").asBoolean()) {
					failed++;
				}
				lines++;
			}
			if (score.path("ruleApplied").asBoolean()) {
				capped++;
			}
			if (!problems.isEmpty()) {
				mismatches++;
				if (shown.size() < SHOWN) {
					shown.add("visit " + id + ": " + String.join("; ", problems.subList(0, Math.min(6, problems.size()))));
				}
			}
		}
		shown.forEach(line -> Generate.log("  score mismatch: %s", line));
		Generate.log("  scores: %d generated visits (%,d lines, %d failed, %d under the critical rule) re-scored by the "
				+ "application: %d differ", ids.size(), lines, failed, capped, mismatches);
		Map<String, String> result = new LinkedHashMap<>();
		result.put("check.scores.visits", Integer.toString(ids.size()));
		result.put("check.scores.lines", Integer.toString(lines));
		result.put("check.scores.failed_lines", Integer.toString(failed));
		result.put("check.scores.critical_rule_applied", Integer.toString(capped));
		result.put("check.scores.mismatches", Integer.toString(mismatches));
		return result;
	}

	/**
	 * Submits {@code count} visits through the API, lets reporting's handlers catch up, then derives the
	 * same visits with the generator and compares every row both wrote.
	 */
	Map<String, String> submitted(List<GenerateInspections.Inspector> inspectors, int count) throws Exception {
		Map<String, String> result = new LinkedHashMap<>();
		if (count <= 0) {
			return result;
		}
		Random random = new Random(seed + 41);
		Path photo = Files.createTempFile("jingxi-check-", ".jpg");
		try {
			Files.write(photo, Photos.jpeg(Photos.small(random), 0.9f));
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				GenerateInspections.Inspector inspector = inspectors.get(i % inspectors.size());
				Api api = inspector.signIn(url);
				long unitId = inspector.unitIds().get(random.nextInt(inspector.unitIds().size()));
				String kind = History.KINDS.get(i % History.KINDS.size());
				if (kind.equals("COMPANY")) {
					kind = "SPOT_CHECK"; // an inspector's kinds; company checks are the quality managers'
				}
				JsonNode visit = api.post("api/v1/inspections", Map.of("unitId", unitId, "standardId", version.standardId(),
						"kind", kind, "plannedDate", LocalDate.now(GenerateInspections.CHINA).toString()), 201);
				long id = visit.path("visit").path("id").asLong();
				// some visits fail often, so that critical items, N/A and every outcome come up
				double rate = i % 4 == 3 ? 0.45 : 0.05 + random.nextDouble() * 0.15;
				List<Answers.Answer> answers = new ArrayList<>(Answers.draw(version, rate, random, -1));
				if (i % 4 == 3) {
					// and a failed critical item, which caps the visit
					int critical = (i / 4) % 3;
					for (int a = 0; a < answers.size(); a++) {
						if (version.items().get(a).spec().critical() && critical-- == 0) {
							answers.set(a, new Answers.Answer(answers.get(a).itemId(), false, null, false, "当场发现，已拍照", true));
							break;
						}
					}
				}
				List<Long> people = new ArrayList<>();
				api.get("api/v1/inspections/" + id + "/people", 200).forEach(p -> people.add(p.path("id").asLong()));
				List<Map<String, Object>> bodies = new ArrayList<>();
				for (Answers.Answer answer : answers) {
					Map<String, Object> body = answer.body();
					if (answer.failed() && !people.isEmpty() && random.nextDouble() < 0.3) {
						body.put("personId", people.get(random.nextInt(people.size())));
					}
					bodies.add(body);
				}
				api.put("api/v1/inspections/" + id + "/answers", Map.of("answers", bodies), 200);
				for (int a = 0; a < answers.size(); a++) {
					if (answers.get(a).failed() && version.items().get(a).spec().photoRequired()) {
						api.upload("api/v1/inspections/" + id + "/photos", photo, "image/jpeg",
								Map.of("itemId", Long.toString(answers.get(a).itemId())), 201);
					}
				}
				api.post("api/v1/inspections/" + id + "/submit", Map.of(), 200);
				ids.add(id);
			}
			waitForReadModel();
			return compare(ids);
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	/** Waits until every event publication is completed: reporting's handlers have run. */
	private void waitForReadModel() throws SQLException, InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		while (true) {
			long open = Long.parseLong(history.scalar("select count(*) from event_publication where completion_date is null"));
			if (open == 0) {
				return;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException(open + " event publications still incomplete after 120 s");
			}
			Thread.sleep(250);
		}
	}

	private Map<String, String> compare(List<Long> ids) throws SQLException {
		String list = String.join(",", ids.stream().map(String::valueOf).toList());
		String where = "visit_id in (" + list + ")";
		// what the application and its handlers wrote
		history.exec("drop table if exists c_visit, c_line, c_section, c_finding, c_rep_visit, c_rep_section, "
				+ "c_rep_finding, c_unit_period, c_unit_score, c_section_period, c_clause_period");
		history.exec("""
				create temp table c_visit as select id, total, total_before_rule, rule_applied, rule_name, rule_version,
				  policy, policy_version, points_possible, points_earned from insp_visit where id in (%s)""".formatted(list));
		history.exec("create temp table c_line as select * from insp_item_line where " + where);
		history.exec("create temp table c_section as select * from insp_section_score where " + where);
		history.exec("""
				create temp table c_finding as select id, visit_id, unit_id, item_id, clause, points_lost, note, person_id,
				  status, overturned_at, overturn_cause, recorded_at from insp_finding where %s""".formatted(where));
		history.exec("create temp table c_rep_visit as select * from rep_visit where " + where);
		history.exec("create temp table c_rep_section as select * from rep_section_score where " + where);
		history.exec("create temp table c_rep_finding as select * from rep_finding where " + where);
		history.exec("create temp table c_unit_period as select * from rep_unit_period where visits <> 0");
		history.exec("create temp table c_unit_score as select * from rep_unit_score where visits <> 0");
		history.exec("create temp table c_section_period as select * from rep_section_period where sections <> 0");
		history.exec("create temp table c_clause_period as select * from rep_clause_period where failures <> 0");
		Map<String, String> result = new LinkedHashMap<>();
		result.put("check.submitted.visits", Integer.toString(ids.size()));
		result.put("check.submitted.lines", history.scalar("select count(*) from c_line"));
		result.put("check.submitted.findings", history.scalar("select count(*) from c_finding"));
		result.put("check.submitted.critical_rule_applied", history.scalar("select count(*) from c_visit where rule_applied"));
		result.put("check.submitted.visit_row_version",
				history.scalar("select string_agg(distinct version::text, ',') from insp_visit where id in (" + list + ")"));
		// set aside, then derived again by the generator from the same visits and answers
		history.exec("delete from rep_finding where " + where);
		history.exec("delete from rep_section_score where " + where);
		history.exec("delete from rep_visit where " + where);
		history.exec("delete from insp_finding where " + where);
		history.exec("delete from insp_section_score where " + where);
		history.exec("delete from insp_item_line where " + where);
		history.exec("""
				update insp_visit set total = null, total_before_rule = null, rule_applied = false, rule_name = null,
				  rule_version = null, policy = null, policy_version = null, points_possible = null, points_earned = null
				where id in (%s)""".formatted(list));
		history.exec("drop table if exists b_target");
		history.exec("create temp table b_target as select unnest(array[" + list + "]::bigint[]) as visit_id");
		history.derive(false, 0, seed);
		history.rebuildAggregates();
		// every difference, both ways
		long differences = 0;
		differences += differ(result, "insp_visit", """
				select id, total, total_before_rule, rule_applied, rule_name, rule_version, policy, policy_version,
				  points_possible, points_earned from insp_visit where id in (%s)""".formatted(list), "select * from c_visit");
		differences += differ(result, "insp_item_line", "select * from insp_item_line where " + where,
				"select * from c_line");
		differences += differ(result, "insp_section_score", "select * from insp_section_score where " + where,
				"select * from c_section");
		String findingColumns = "visit_id, unit_id, item_id, clause, points_lost, note, person_id, status, overturned_at, "
				+ "overturn_cause";
		differences += differ(result, "insp_finding", "select " + findingColumns + " from insp_finding where " + where,
				"select " + findingColumns + " from c_finding");
		// the application records a finding a moment after the visit's submission; the generator at the submission
		differences += differ(result, "insp_finding.recorded_at (over 5 s apart)", """
				select c.visit_id, c.item_id from c_finding c join insp_finding f on f.visit_id = c.visit_id
				  and f.item_id = c.item_id where abs(extract(epoch from f.recorded_at - c.recorded_at)) > 5""", "select 0, 0 where false");
		differences += differ(result, "rep_visit", "select * from rep_visit where " + where, "select * from c_rep_visit");
		differences += differ(result, "rep_section_score", "select * from rep_section_score where " + where,
				"select * from c_rep_section");
		String repFindingColumns = "visit_id, unit_id, kind, item_id, clause, item_text, points_lost, critical, visit_day, "
				+ "overturned, overturned_at";
		differences += differ(result, "rep_finding", "select " + repFindingColumns + " from rep_finding where " + where,
				"select " + repFindingColumns + " from c_rep_finding");
		differences += differ(result, "rep_finding.finding_id", """
				select r.finding_id from rep_finding r where r.%s
				  and not exists (select 1 from insp_finding f where f.id = r.finding_id and f.item_id = r.item_id)""".formatted(where),
				"select 0 where false");
		differences += differ(result, "rep_unit_period", "select * from rep_unit_period", "select * from c_unit_period");
		differences += differ(result, "rep_unit_score", "select * from rep_unit_score", "select * from c_unit_score");
		differences += differ(result, "rep_section_period", "select * from rep_section_period",
				"select * from c_section_period");
		differences += differ(result, "rep_clause_period", "select * from rep_clause_period",
				"select * from c_clause_period");
		result.put("check.submitted.differences", Long.toString(differences));
		Generate.log("  submitted: %d visits through the API (%s lines, %s findings), derived again by the generator: "
				+ "%d rows differ", ids.size(), result.get("check.submitted.lines"), result.get("check.submitted.findings"),
				differences);
		return result;
	}

	/** Rows in one query and not the other, both ways; logs a few and records the count. */
	private long differ(Map<String, String> result, String table, String generated, String application)
			throws SQLException {
		List<String> rows = new ArrayList<>();
		long count = 0;
		for (String[] pair : new String[][] { { "generator only", generated, application },
				{ "application only", application, generated } }) {
			try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(
					"(" + pair[1] + ") except all (" + pair[2] + ")")) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					count++;
					if (rows.size() < SHOWN) {
						StringBuilder row = new StringBuilder(pair[0]).append(": ");
						for (int c = 1; c <= columns; c++) {
							row.append(c > 1 ? " | " : "").append(rs.getString(c));
						}
						rows.add(row.toString());
					}
				}
			}
		}
		rows.forEach(row -> Generate.log("  %s differs: %s", table, row));
		result.put("check.submitted.differ." + table, Long.toString(count));
		return count;
	}

	/**
	 * The period's ranking as a quality manager reads it through the API, held against SQL: each unit's
	 * score computed straight from reporting's visit rows (each kind's average total, weighted by the
	 * current weights) in exact arithmetic and rounded half up to two decimals, its counted visits, and
	 * the competition ranks (in the organisation, in the parent unit) the API's scores give. Where the
	 * exact score is a tie at the third decimal (say 92.075, from averages such as 553.45 / 6), the
	 * application's 16-digit arithmetic (UnitScore.combine, DECIMAL64) may round it either way; such a
	 * unit is counted apart, not as a difference.
	 */
	Map<String, String> ranking(Api reader, String period) throws SQLException {
		Map<Long, JsonNode> api = new HashMap<>();
		long total = -1;
		for (int page = 0; total < 0 || api.size() < total; page++) {
			JsonNode answer = reader.get("api/v1/reporting/rankings?size=500&page=" + page + "&period="
					+ URLEncoder.encode(period, StandardCharsets.UTF_8), 200);
			total = answer.path("total").asLong();
			if (answer.path("rows").isEmpty()) {
				break;
			}
			answer.path("rows").forEach(row -> api.put(row.path("unitId").asLong(), row));
		}
		LocalDate[] range = range(period);
		Map<Long, Map<String, Object>> sql = new HashMap<>();
		for (Map<String, Object> row : row("""
				with k as (
				  select unit_id, kind, count(*) as n, sum(total) as s from rep_visit
				  where visit_day between date '%s' and date '%s' and total is not null and kind is not null
				  group by unit_id, kind
				), e as (
				  select k.unit_id, sum(k.n) as visits,
				    sum(w.weight * (k.s::numeric(60, 40) / k.n)) / sum(w.weight) as exact
				  from k join b_weight w on w.kind = k.kind where w.weight > 0 group by k.unit_id
				)
				select e.unit_id, e.visits, round(e.exact + 1e-25, 2) as score,
				  abs(e.exact * 100 - trunc(e.exact * 100) - 0.5) < 1e-20 as tie, u.parent_id
				from e join org_unit u on u.id = e.unit_id""".formatted(range[0], range[1]))) {
			sql.put(((Number) row.get("unit_id")).longValue(), row);
		}
		// the ranks the API's scores give: 1 + the units scoring higher, in the organisation and in the parent
		List<BigDecimal> all = new ArrayList<>();
		Map<Long, List<BigDecimal>> byParent = new HashMap<>();
		for (JsonNode row : api.values()) {
			BigDecimal score = new BigDecimal(row.path("score").asText());
			all.add(score);
			byParent.computeIfAbsent(row.path("parentId").asLong(), p -> new ArrayList<>()).add(score);
		}
		List<String> problems = new ArrayList<>();
		if (api.size() != sql.size()) {
			problems.add("units: API " + api.size() + ", SQL " + sql.size());
		}
		int differing = 0;
		int ties = 0;
		for (var entry : sql.entrySet()) {
			JsonNode row = api.get(entry.getKey());
			Map<String, Object> expected = entry.getValue();
			List<String> unit = new ArrayList<>();
			if (row == null) {
				unit.add("missing from the API");
			}
			else {
				BigDecimal score = new BigDecimal(row.path("score").asText());
				BigDecimal exact = (BigDecimal) expected.get("score");
				if (Boolean.TRUE.equals(expected.get("tie")) && score.subtract(exact).abs().compareTo(new BigDecimal("0.01")) <= 0) {
					ties += score.compareTo(exact) == 0 ? 0 : 1;
				}
				else {
					same(unit, "score", row.path("score"), exact, "SQL");
				}
				same(unit, "visits", row.path("visits"), expected.get("visits"), "SQL");
				same(unit, "orgRank", row.path("orgRank"), 1 + all.stream().filter(s -> s.compareTo(score) > 0).count(),
						"the API's scores");
				same(unit, "orgCount", row.path("orgCount"), api.size(), "the API's rows");
				same(unit, "parentRank", row.path("parentRank"), 1 + byParent.get(row.path("parentId").asLong())
					.stream()
					.filter(s -> s.compareTo(score) > 0)
					.count(), "the API's scores");
				same(unit, "parentId", row.path("parentId"), expected.get("parent_id"), "SQL");
			}
			if (!unit.isEmpty()) {
				differing++;
				if (problems.size() < SHOWN) {
					problems.add("unit " + entry.getKey() + ": " + String.join("; ", unit));
				}
			}
		}
		problems.forEach(problem -> Generate.log("  ranking %s differs: %s", period, problem));
		Generate.log("  ranking %s: %d units through the API, %d by SQL, %d differ, %d exact ties rounded the other way",
				period, api.size(), sql.size(), differing, ties);
		Map<String, String> result = new LinkedHashMap<>();
		result.put("check.ranking." + period + ".units", Integer.toString(api.size()));
		result.put("check.ranking." + period + ".differences", Integer.toString(differing + (api.size() == sql.size() ? 0 : 1)));
		result.put("check.ranking." + period + ".ties_rounded_down", Integer.toString(ties));
		return result;
	}

	private static LocalDate[] range(String period) {
		if (period.contains("-Q")) {
			int year = Integer.parseInt(period.substring(0, 4));
			int quarter = period.charAt(6) - '0';
			return new LocalDate[] { LocalDate.of(year, quarter * 3 - 2, 1),
					YearMonth.of(year, quarter * 3).atEndOfMonth() };
		}
		if (period.length() == 4) {
			int year = Integer.parseInt(period);
			return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31) };
		}
		YearMonth month = YearMonth.parse(period);
		return new LocalDate[] { month.atDay(1), month.atEndOfMonth() };
	}

	private List<Map<String, Object>> row(String sql) throws SQLException {
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int c = 1; c <= columns; c++) {
					row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/** Whether an API value and a database value say the same: numbers by value, the rest by text. */
	private static void same(List<String> problems, String field, JsonNode api, Object db) {
		same(problems, field, api, db, "generator");
	}

	private static void same(List<String> problems, String field, JsonNode api, Object db, String source) {
		boolean equal;
		if (db == null || api.isNull() || api.isMissingNode()) {
			equal = db == null && (api.isNull() || api.isMissingNode());
		}
		else if (db instanceof Number number) {
			equal = api.isNumber() && new BigDecimal(api.asText()).compareTo(new BigDecimal(number.toString())) == 0;
		}
		else {
			equal = Objects.equals(api.asText(), db.toString());
		}
		if (!equal) {
			problems.add(field + ": API " + api + ", " + source + " " + db);
		}
	}
}
