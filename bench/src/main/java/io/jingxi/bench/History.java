package io.jingxi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes months of inspection history straight into PostgreSQL, in bulk ({@code insert … select} over
 * {@code generate_series}), bypassing the API on purpose: 14 million item results through the API
 * would take many hours on this machine. What it writes is what the application would have written
 * had every visit been created, answered and submitted through the API and its events handled by
 * reporting's read model:
 * <ul>
 * <li>the inspection module's tables: {@code insp_visit} (submitted, with its total, the total before
 * the critical-item rule, the rule and the scoring policy), {@code insp_answer}, {@code insp_item_line}
 * (answer, points and explanation as the zh-CN scoring policy words them), {@code insp_section_score},
 * {@code insp_finding} for every failed item and {@code insp_photo} for every failed item that needs a
 * photo (pointing at photos uploaded once through the API), with their sequences moved past the ids
 * used;</li>
 * <li>reporting's read model: {@code rep_visit}, {@code rep_section_score}, {@code rep_finding} per
 * visit, and the per-period pre-aggregates {@code rep_unit_period}, {@code rep_unit_score},
 * {@code rep_section_period} and {@code rep_clause_period}, rebuilt from those rows.</li>
 * </ul>
 * Not written: the audit log entries and the event publications (completed) that the API path would
 * also have left; neither is read by the measured requests.
 *
 * <p>Scoring follows {@code ScoringPolicy} (jingxi.standard.scoring v1) in SQL, down to its arithmetic:
 * section scores and the weighted total to 34 significant digits (Java's DECIMAL128), rounded half up
 * to two decimals at the end; the unit's score per period follows {@code UnitScore.combine} (DECIMAL64).
 * {@link #derive} does this for any set of visits with answers, which is how {@link CheckInspections}
 * holds it against the application's own path: the rows of visits submitted through the API are set
 * aside, derived again here, and compared.
 *
 * <p>All randomness is a hash of the row's key and the seed, so the same seed gives the same history.
 * Each unit has a quality level (a failure rate of 4–14 %), which drifts over the year and varies from
 * visit to visit; items fail by their difficulty, critical items an eighth as often.
 */
final class History {

	static final String RULE_POLICY = "jingxi.standard.scoring";

	static final int RULE_POLICY_VERSION = 1;

	/** The kinds of a unit's visits in a month, in turn: two supervisor visits, a spot check, a company check. */
	static final List<String> KINDS = List.of("SUPERVISOR", "SPOT_CHECK", "COMPANY", "SUPERVISOR");

	/** The tables the history fills. */
	static final List<String> TABLES = List.of("insp_visit", "insp_answer", "insp_item_line", "insp_section_score",
			"insp_finding", "insp_photo", "rep_visit", "rep_section_score", "rep_finding", "rep_unit_period",
			"rep_unit_score", "rep_section_period", "rep_clause_period");

	private final Connection db;

	private final Map<String, String> timings = new LinkedHashMap<>();

	History(Connection db) {
		this.db = db;
	}

	Map<String, String> timings() {
		return timings;
	}

	/** The session's helpers: deterministic randomness, number formatting as the scoring policy does it, rounding. */
	void prepare(Checklist.Version version, long seed) throws SQLException {
		exec("set work_mem = '256MB'");
		exec("set maintenance_work_mem = '512MB'");
		exec("set synchronous_commit = off");
		exec("""
				create or replace function pg_temp.rnd(k bigint, salt bigint) returns float8 language sql immutable
				as $$ select (hashint8extended(k, salt) & 2147483647)::float8 / 2147483648.0 $$""");
		// BigDecimal.stripTrailingZeros().toPlainString(): 5.00 -> 5, 2.50 -> 2.5
		exec("create or replace function pg_temp.fmt(x numeric) returns text language sql immutable "
				+ "as $$ select trim_scale(x)::text $$");
		// rounding to a number of significant digits, as a java.math.MathContext does
		exec("""
				create or replace function pg_temp.sig(x numeric, digits int) returns numeric language sql immutable
				as $$ select case when x = 0 then x else round(x, digits - 1 - floor(log(abs(x)))::int) end $$""");
		exec("drop table if exists b_spec");
		exec("""
				create temp table b_spec (clause text primary key, difficulty float8, good_min float8, good_max float8,
				  bad_min float8, bad_max float8)""");
		try (PreparedStatement insert = db.prepareStatement("insert into b_spec values (?, ?, ?, ?, ?, ?)")) {
			for (Checklist.Item item : Checklist.items()) {
				insert.setString(1, item.clause());
				insert.setDouble(2, item.difficulty());
				insert.setObject(3, item.good() == null ? null : item.good()[0]);
				insert.setObject(4, item.good() == null ? null : item.good()[1]);
				insert.setObject(5, item.bad() == null ? null : item.bad()[0]);
				insert.setObject(6, item.bad() == null ? null : item.bad()[1]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		exec("drop table if exists b_item");
		int items = update("""
				create temp table b_item as
				select i.id as item_id,
				  (row_number() over (order by s.position, i.position) - 1)::int as ipos,
				  s.id as section_id, (dense_rank() over (order by s.position) - 1)::int as section_pos,
				  s.name as section_name, s.weight, i.clause, i.text, i.answer_type, i.na_allowed, i.points,
				  coalesce(i.deduction, i.points) as ded, coalesce(i.unit, '') as unit, i.lower_limit, i.upper_limit,
				  i.critical, i.photo_required, b.difficulty, b.good_min, b.good_max, b.bad_min, b.bad_max,
				  v.rule_name, v.critical_effect, v.critical_cap, v.number as rule_version,
				  (first_value(s.weight) over (order by s.position) is not null) as weighted
				from std_item i join std_section s on s.id = i.section_id join std_version v on v.id = s.version_id
				join b_spec b on b.clause = i.clause
				where s.version_id = %d""".formatted(version.versionId()));
		if (items != version.items().size()) {
			throw new IllegalStateException("b_item has " + items + " items, the version " + version.items().size());
		}
		exec("alter table b_item add primary key (item_id)");
		exec("analyze b_item");
		// the organisation's kind weights now: the latest stored kind policy, or the built-in defaults (version 0)
		exec("drop table if exists b_weight");
		exec("""
				create temp table b_weight as
				select r.kind, r.weight, r.policy_version as version from insp_kind_rule r
				where r.policy_version = (select max(version) from insp_kind_policy)
				union all
				select d.kind, d.weight, 0 from (values ('SUPERVISOR', 1.0), ('SELF', 0.5), ('COMPANY', 1.0),
				  ('SPOT_CHECK', 1.0), ('CROSS', 1.0), ('EXTERNAL_SUPERVISOR', 1.0), ('MYSTERY_SHOPPER', 1.0),
				  ('THIRD_PARTY', 0.2)) d(kind, weight)
				where not exists (select 1 from insp_kind_policy)""");
	}

	/** Who inspects: per branch unit id its inspectors (user id, name as a visit records it); branch -1 the quality managers. */
	record Inspector(long branchId, long userId, String name) {
	}

	/** What the history is: its months, visits per unit and month, and where the visits' ids start. */
	record Plan(long seed, YearMonth firstMonth, int months, int visitsPerMonth, long standardId, long versionId,
			int kindPolicyVersion, long holderVisitId, List<String> unitTypes) {
	}

	/** Generates the visits and their answers, derives everything else, and answers the row counts. */
	Map<String, Long> generate(Plan plan, List<Inspector> inspectors) throws SQLException {
		long started = System.nanoTime();
		exec("drop table if exists b_inspector");
		exec("create temp table b_inspector (branch_id bigint, user_id bigint, name text)");
		try (PreparedStatement insert = db.prepareStatement("insert into b_inspector values (?, ?, ?)")) {
			for (Inspector inspector : inspectors) {
				insert.setLong(1, inspector.branchId());
				insert.setLong(2, inspector.userId());
				insert.setString(3, inspector.name());
				insert.addBatch();
			}
			insert.executeBatch();
		}
		exec("drop table if exists b_branch");
		exec("""
				create temp table b_branch as select branch_id, array_agg(user_id order by user_id) as ids,
				  array_agg(name order by user_id) as names from b_inspector group by branch_id""");
		exec("drop table if exists b_unit");
		long units = time("units", """
				create temp table b_unit as
				select u.id as unit_id, nullif(split_part(u.path, '/', 3), '')::bigint as branch_id,
				  0.04 + 0.10 * pg_temp.rnd(u.id, %1$d + 101) as p_fail,
				  pg_temp.rnd(u.id, %1$d + 102) as phase,
				  coalesce((select array_agg(p.id order by p.id) from org_person p
				            where p.unit_id = u.id and p.status <> 'LEFT'), '{}') as people
				from org_unit u where u.active and u.type_code in (%2$s)""".formatted(plan.seed(),
				String.join(", ", plan.unitTypes().stream().map(t -> "'" + t.replace("'", "") + "'").toList())));
		exec("alter table b_unit add primary key (unit_id)");
		long visitBase = nextId("insp_visit_seq", "insp_visit");
		exec("drop table if exists b_visit");
		// a unit's visits of a month spread over its weeks; kinds in turn; submitted in office hours, China time
		long visits = time("visit plan", """
				create temp table b_visit as
				with slot as (
				  select u.unit_id, u.branch_id, u.p_fail, u.phase, m, j,
				    (date '%2$s' + make_interval(months => m))::date as month_start,
				    (u.unit_id * 1000 + m) * 100 + j as k
				  from b_unit u cross join generate_series(0, %3$d - 1) m cross join generate_series(0, %4$d - 1) j
				), dated as (
				  select s.*, s.month_start + least(((s.month_start + interval '1 month')::date - s.month_start) - 1,
				      floor((s.j + pg_temp.rnd(s.k, %1$d + 1)) * ((s.month_start + interval '1 month')::date - s.month_start)
				            / %4$d)::int) as planned_date,
				    (array['%5$s'])[1 + s.j %% %6$d] as kind
				  from slot s
				), timed as (
				  select d.*, ((d.planned_date + time '09:00') + make_interval(secs => floor(pg_temp.rnd(d.k, %1$d + 2)
				      * 30600000) / 1000.0)) at time zone 'Asia/Shanghai' as submitted_at,
				    coalesce(case when d.kind <> 'COMPANY' then b.ids end, q.ids) as ids,
				    coalesce(case when d.kind <> 'COMPANY' then b.names end, q.names) as names
				  from dated d left join b_branch b on b.branch_id = d.branch_id
				  cross join (select ids, names from b_branch where branch_id = -1) q
				)
				select %7$d + row_number() over (order by t.planned_date, t.submitted_at, t.unit_id, t.j) as visit_id,
				  t.unit_id, t.kind, t.planned_date, t.submitted_at,
				  t.submitted_at - make_interval(secs => 900 + floor(pg_temp.rnd(t.k, %1$d + 3) * 3600)) as created_at,
				  t.ids[1 + floor(pg_temp.rnd(t.k, %1$d + 4) * cardinality(t.ids))::int] as inspector_user_id,
				  t.names[1 + floor(pg_temp.rnd(t.k, %1$d + 4) * cardinality(t.ids))::int] as inspector_name,
				  -- the unit's level, a seasonal swing, a slow improvement over the year, the visit's own luck
				  least(0.5, t.p_fail * (1 + 0.25 * sin(2 * pi() * (t.m / 12.0 + t.phase)))
				    * (1.1 - 0.2 * t.m / greatest(1, %3$d - 1)) * (0.6 + 0.8 * pg_temp.rnd(t.k, %1$d + 5))) as p_visit
				from timed t""".formatted(plan.seed(), plan.firstMonth().atDay(1), plan.months(), plan.visitsPerMonth(),
				String.join("','", KINDS), KINDS.size(), visitBase - 1));
		exec("alter table b_visit add primary key (visit_id)");
		exec("analyze b_visit");
		time("insp_visit", """
				insert into insp_visit (id, unit_id, kind, standard_id, version_id, inspector_user_id, inspector_name,
				  planned_date, status, created_at, updated_at, submitted_at, rule_applied, version, hidden,
				  kind_policy_version)
				select visit_id, unit_id, kind, %d, %d, inspector_user_id, inspector_name, planned_date, 'SUBMITTED',
				  created_at, submitted_at, submitted_at, false, 2, false, %d
				from b_visit order by visit_id""".formatted(plan.standardId(), plan.versionId(), plan.kindPolicyVersion()));
		// answers: N/A now and then where allowed; a failure by the visit's rate and the item's difficulty
		time("insp_answer", """
				insert into insp_answer (visit_id, item_id, compliant, answer_value, not_applicable, note, person_id)
				select v.visit_id, i.item_id,
				  case when x.na or i.answer_type <> 'YES_NO' then null else not x.fail end,
				  case when x.na then null
				       when i.answer_type = 'POINTS' then case when x.fail then floor((x.r3 * i.points * 2)::numeric) / 2
				                                                else i.points end
				       when i.answer_type = 'MEASURED' then case when x.fail
				            then round((i.bad_min + x.r3 * (i.bad_max - i.bad_min))::numeric, 1)
				            else round((i.good_min + x.r3 * (i.good_max - i.good_min))::numeric, 1) end end,
				  x.na,
				  case when x.fail and x.r4 < %2$s then (array['%3$s'])[1 + floor(x.r5 * %4$d)::int] end,
				  case when x.fail and x.r6 < 0.3 and cardinality(u.people) > 0
				       then u.people[1 + floor(x.r7 * cardinality(u.people))::int] end
				from b_visit v join b_unit u on u.unit_id = v.unit_id cross join b_item i
				cross join lateral (
				  select n.na, not n.na and pg_temp.rnd(n.k, %1$d + 12) < v.p_visit * i.difficulty
				           * case when i.critical then %5$s else 1 end as fail,
				    pg_temp.rnd(n.k, %1$d + 13) as r3, pg_temp.rnd(n.k, %1$d + 14) as r4, pg_temp.rnd(n.k, %1$d + 15) as r5,
				    pg_temp.rnd(n.k, %1$d + 16) as r6, pg_temp.rnd(n.k, %1$d + 17) as r7
				  from (select v.visit_id * 64 + i.ipos as k,
				          i.na_allowed and pg_temp.rnd(v.visit_id * 64 + i.ipos, %1$d + 11) < %6$s as na) n
				) x""".formatted(plan.seed(), Answers.NOTE_RATE,
				String.join("','", Checklist.NOTES), Checklist.NOTES.size(), Answers.CRITICAL_FACTOR, Answers.NA_RATE));
		exec("drop table if exists b_target");
		exec("create temp table b_target as select visit_id from b_visit");
		exec("alter table b_target add primary key (visit_id)");
		derive(true, plan.holderVisitId(), plan.seed());
		rebuildAggregates();
		vacuum();
		lap("history in all", started);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("inspected_units", units);
		counts.put("visits", visits);
		return counts;
	}

	/**
	 * Derives, for the visits in {@code b_target} (submitted, with answers), what submitting them and
	 * handling their events writes: item lines, section scores, totals, findings, (with {@code photos},
	 * a photo on every failed item that needs one, copied from the holder visit's uploads) and
	 * reporting's rows per visit. The pre-aggregates are rebuilt apart ({@link #rebuildAggregates}).
	 */
	void derive(boolean photos, long holderVisitId, long seed) throws SQLException {
		exec("analyze b_target");
		String rule = scalar("select max(rule_name) from b_item");
		// every item's line: the outcome, the points, the answer and why, as ScoringPolicy words them in zh-CN
		time("insp_item_line", """
				insert into insp_item_line (visit_id, position, item_id, section_id, clause, answer_type, outcome, answer,
				  points_possible, points_earned, points_lost, critical, explanation)
				select a.visit_id, i.ipos, i.item_id, i.section_id, i.clause, i.answer_type, o.outcome, p.answer,
				  p.possible, p.earned, p.possible - p.earned, i.critical,
				  '【' || i.clause || '】回答：' || p.answer || '；失分 ' || pg_temp.fmt(p.possible - p.earned) || '：' || p.why
				  || case when p.possible - p.earned > 0 and i.critical then '；关键项不合格，适用规则“' || i.rule_name || '”'
				          else '' end
				from b_target t join insp_answer a on a.visit_id = t.visit_id join b_item i on i.item_id = a.item_id
				cross join lateral (
				  select case when a.not_applicable then 'NOT_APPLICABLE'
				              when i.answer_type = 'YES_NO' then case when a.compliant then 'MET' else 'NOT_MET' end
				              when i.answer_type = 'POINTS' then case when a.answer_value >= i.points then 'FULL_POINTS'
				                                                      else 'SHORTFALL' end
				              when i.lower_limit is not null and a.answer_value < i.lower_limit then 'BELOW_LOWER'
				              when i.upper_limit is not null and a.answer_value > i.upper_limit then 'ABOVE_UPPER'
				              else 'WITHIN_LIMITS' end as outcome
				) o
				cross join lateral (
				  select case o.outcome when 'NOT_APPLICABLE' then 0 else i.points end as possible,
				    case o.outcome when 'NOT_APPLICABLE' then 0 when 'MET' then i.points when 'WITHIN_LIMITS' then i.points
				      when 'FULL_POINTS' then a.answer_value when 'SHORTFALL' then a.answer_value
				      else i.points - i.ded end as earned,
				    case o.outcome when 'NOT_APPLICABLE' then '不适用' when 'MET' then '是' when 'NOT_MET' then '否'
				      when 'FULL_POINTS' then pg_temp.fmt(a.answer_value) || ' 分'
				      when 'SHORTFALL' then pg_temp.fmt(a.answer_value) || ' 分'
				      else pg_temp.fmt(a.answer_value) || ' ' || i.unit end as answer,
				    case o.outcome when 'NOT_APPLICABLE' then '不适用，不计入满分' when 'MET' then '符合要求'
				      when 'NOT_MET' then '未做到，扣 ' || pg_temp.fmt(i.ded) || ' 分'
				      when 'FULL_POINTS' then '得满分'
				      when 'SHORTFALL' then '得 ' || pg_temp.fmt(a.answer_value) || ' 分，满分 ' || pg_temp.fmt(i.points)
				        || ' 分，差 ' || pg_temp.fmt(i.points - a.answer_value) || ' 分'
				      when 'WITHIN_LIMITS' then '在限值以内'
				      when 'BELOW_LOWER' then '低于下限 ' || pg_temp.fmt(i.lower_limit) || ' ' || i.unit || '，扣 '
				        || pg_temp.fmt(i.ded) || ' 分'
				      else '高于上限 ' || pg_temp.fmt(i.upper_limit) || ' ' || i.unit || '，扣 ' || pg_temp.fmt(i.ded) || ' 分'
				    end as why
				) p""");
		// sections: points, failed items, the score to 34 significant digits (rounded to two when stored)
		exec("drop table if exists b_section");
		time("sections (temp)", """
				create temp table b_section as
				select l.visit_id, i.section_pos, i.section_id, i.section_name, i.weight,
				  sum(l.points_possible) as possible, sum(l.points_earned) as earned,
				  count(*) filter (where l.points_lost > 0)::int as failed,
				  bool_or(l.points_lost > 0 and l.critical) as critical_failed
				from b_target t join insp_item_line l on l.visit_id = t.visit_id join b_item i on i.item_id = l.item_id
				group by l.visit_id, i.section_pos, i.section_id, i.section_name, i.weight""");
		exec("alter table b_section add column score34 numeric");
		exec("""
				update b_section set score34 = case when possible = 0 then null
				  else pg_temp.sig((earned * 100)::numeric(80, 40) / possible, 34) end""");
		time("insp_section_score", """
				insert into insp_section_score (visit_id, position, section_id, name, weight, points_possible,
				  points_earned, score, failed_items)
				select visit_id, section_pos, section_id, section_name, weight, possible, earned, round(score34, 2), failed
				from b_section order by visit_id, section_pos""");
		// the total: weighted sections (or all points), then the critical-item rule
		exec("drop table if exists b_total");
		String weighted = scalar("select bool_and(weighted)::text from b_item");
		String effect = scalar("select max(critical_effect) from b_item");
		String cap = scalar("select coalesce(max(critical_cap)::text, 'null') from b_item");
		time("totals (temp)", """
				create temp table b_total as
				select visit_id, possible, earned, raw, critical_failed,
				  case when not critical_failed then raw when '%2$s' = 'ZERO' then 0
				       when %3$s is not null and raw > %3$s then %3$s else raw end as total
				from (
				  select visit_id, sum(possible) as possible, sum(earned) as earned, bool_or(critical_failed) as critical_failed,
				    case when %1$s then
				      case when coalesce(sum(weight) filter (where score34 is not null), 0) = 0 then 100
				           else pg_temp.sig((sum(weight * score34) filter (where score34 is not null))::numeric(80, 40)
				                / sum(weight) filter (where score34 is not null), 34) end
				    else case when sum(possible) = 0 then 100
				              else pg_temp.sig((sum(earned) * 100)::numeric(80, 40) / sum(possible), 34) end
				    end as raw
				  from b_section group by visit_id
				) s""".formatted(weighted, effect, cap));
		time("insp_visit totals", """
				update insp_visit v set total = round(t.total, 2), total_before_rule = round(t.raw, 2),
				  rule_applied = t.critical_failed, rule_name = %s, rule_version = (select max(rule_version) from b_item),
				  policy = '%s', policy_version = %d, points_possible = t.possible, points_earned = t.earned
				from b_total t where v.id = t.visit_id""".formatted(literal(rule), RULE_POLICY, RULE_POLICY_VERSION));
		// a finding per failed item, in the order of the lines, recorded when the visit was submitted
		long findingBase = nextId("insp_finding_seq", "insp_finding");
		time("insp_finding", """
				insert into insp_finding (id, visit_id, unit_id, item_id, clause, points_lost, note, recorded_at, person_id,
				  status)
				select %d + row_number() over (order by l.visit_id, l.position), l.visit_id, v.unit_id, l.item_id,
				  l.clause, l.points_lost, a.note, v.submitted_at, a.person_id, 'STANDING'
				from b_target t join insp_item_line l on l.visit_id = t.visit_id join insp_visit v on v.id = l.visit_id
				join insp_answer a on a.visit_id = l.visit_id and a.item_id = l.item_id
				where l.points_lost > 0""".formatted(findingBase - 1));
		if (photos) {
			exec("drop table if exists b_photo");
			exec("""
					create temp table b_photo as select (row_number() over (order by id) - 1)::int as k, file_key,
					  thumbnail_key, width, height, thumbnail_width, thumbnail_height, bytes, source_type
					from insp_photo where visit_id = %d""".formatted(holderVisitId));
			long count = Long.parseLong(scalar("select count(*) from b_photo"));
			if (count == 0) {
				throw new IllegalStateException("the holder visit " + holderVisitId + " has no photos to copy");
			}
			long photoBase = nextId("insp_photo_seq", "insp_photo");
			// taken between the visit's start and its submission
			time("insp_photo", """
					insert into insp_photo (id, visit_id, unit_id, item_id, file_key, thumbnail_key, width, height,
					  thumbnail_width, thumbnail_height, bytes, source_type, uploaded_at)
					select %1$d + row_number() over (order by f.visit_id, f.id), f.visit_id, f.unit_id, f.item_id,
					  p.file_key, p.thumbnail_key, p.width, p.height, p.thumbnail_width, p.thumbnail_height, p.bytes,
					  p.source_type, v.created_at + (v.submitted_at - v.created_at) * pg_temp.rnd(f.id, %2$d + 21)
					from b_target t join insp_finding f on f.visit_id = t.visit_id join b_item i on i.item_id = f.item_id
					join insp_visit v on v.id = f.visit_id
					join b_photo p on p.k = (f.id %% %3$d)::int
					where i.photo_required""".formatted(photoBase - 1, seed, count));
		}
		// reporting's rows per visit, as its handlers of InspectionSubmitted and FindingRecorded leave them
		time("rep_visit", """
				insert into rep_visit (visit_id, unit_id, kind, standard_id, version_id, visit_day, total, submitted_at)
				select v.id, v.unit_id, v.kind, v.standard_id, v.version_id,
				  (v.submitted_at at time zone 'Asia/Shanghai')::date, v.total, v.submitted_at
				from b_target t join insp_visit v on v.id = t.visit_id order by v.id""");
		time("rep_section_score", """
				insert into rep_section_score (visit_id, section_id, unit_id, visit_day, name, score, failed_items)
				select s.visit_id, s.section_id, r.unit_id, r.visit_day, s.name, s.score, s.failed_items
				from b_target t join insp_section_score s on s.visit_id = t.visit_id join rep_visit r on r.visit_id = s.visit_id
				order by s.visit_id, s.position""");
		time("rep_finding", """
				insert into rep_finding (finding_id, visit_id, unit_id, kind, item_id, clause, item_text, points_lost,
				  critical, visit_day, recorded_at)
				select f.id, f.visit_id, f.unit_id, r.kind, f.item_id, f.clause, i.text, f.points_lost, i.critical,
				  r.visit_day, f.recorded_at
				from b_target t join insp_finding f on f.visit_id = t.visit_id join rep_visit r on r.visit_id = f.visit_id
				join std_item i on i.id = f.item_id
				order by f.id""");
	}

	/**
	 * Rebuilds reporting's per-period pre-aggregates from its per-visit rows: what the handlers keep in step
	 * visit by visit. A visit counts in the month, quarter and year of its day; the unit's score combines
	 * the kinds' averages by the current weights.
	 */
	void rebuildAggregates() throws SQLException {
		exec("delete from rep_unit_period");
		exec("delete from rep_unit_score");
		exec("delete from rep_section_period");
		exec("delete from rep_clause_period");
		String periods = """
				cross join lateral (values (to_char(%1$s, 'YYYY-MM')), (to_char(%1$s, 'YYYY') || '-Q' || extract(quarter from %1$s)),
				  (to_char(%1$s, 'YYYY'))) p(period)""";
		time("rep_unit_period", """
				insert into rep_unit_period (period, unit_id, kind, visits, total_sum)
				select p.period, v.unit_id, v.kind, count(*), sum(v.total)
				from rep_visit v %s
				where v.visit_day is not null and v.total is not null and v.kind is not null
				group by p.period, v.unit_id, v.kind""".formatted(periods.formatted("v.visit_day")));
		// UnitScore.combine: each kind's average (DECIMAL64), weighted by the kind's weight, over the weights
		time("rep_unit_score", """
				insert into rep_unit_score (period, unit_id, visits, counted_visits, score, weights_version)
				select period, unit_id, sum(visits), coalesce(sum(visits) filter (where weight > 0), 0),
				  case when coalesce(sum(weight) filter (where weight > 0), 0) > 0
				    then round(pg_temp.sig(pg_temp.sig(sum(pg_temp.sig(weight * average, 16)) filter (where weight > 0), 16)
				         ::numeric(60, 30) / sum(weight) filter (where weight > 0), 16), 2) end,
				  (select coalesce(max(version), 0) from b_weight)
				from (
				  select k.period, k.unit_id, k.visits, w.weight, pg_temp.sig(k.total_sum::numeric(60, 30) / k.visits, 16) as average
				  from rep_unit_period k join b_weight w on w.kind = k.kind where k.visits > 0
				) k
				group by period, unit_id""");
		time("rep_section_period", """
				insert into rep_section_period (period, unit_id, name, sections, score_sum, failed_items)
				select p.period, s.unit_id, s.name, count(*), sum(s.score), sum(s.failed_items)
				from rep_section_score s %s
				where s.visit_day is not null and s.score is not null
				group by p.period, s.unit_id, s.name""".formatted(periods.formatted("s.visit_day")));
		time("rep_clause_period", """
				insert into rep_clause_period (period, unit_id, clause, failures, points_lost, item_text)
				select p.period, f.unit_id, f.clause, count(*), sum(f.points_lost), max(f.item_text)
				from rep_finding f %s
				where f.visit_day is not null and f.recorded_at is not null and not f.overturned
				group by p.period, f.unit_id, f.clause""".formatted(periods.formatted("f.visit_day")));
		// Hibernate's pooled sequences hand out the 50 ids below each value: move them past every id used
		for (String[] sequence : new String[][] { { "insp_visit_seq", "insp_visit" }, { "insp_finding_seq", "insp_finding" },
				{ "insp_photo_seq", "insp_photo" } }) {
			exec("select setval('%s', greatest((select last_value from %s), coalesce((select max(id) from %s), 0) + 50))"
				.formatted(sequence[0], sequence[0], sequence[1]));
		}
	}

	/** What autovacuum would have done to a year-old database: statistics and the visibility map. */
	void vacuum() throws SQLException {
		boolean auto = db.getAutoCommit();
		db.setAutoCommit(true);
		for (String table : TABLES) {
			time("vacuum analyze " + table, "vacuum (analyze) " + table);
		}
		db.setAutoCommit(auto);
	}

	/** Row counts and sizes of the tables the history fills. */
	Map<String, String> tableSizes() throws SQLException {
		Map<String, String> sizes = new LinkedHashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
				select c.relname, c.reltuples::bigint, pg_size_pretty(pg_table_size(c.oid)),
				  pg_size_pretty(pg_indexes_size(c.oid))
				from pg_class c where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace and c.relname in (%s)
				order by pg_total_relation_size(c.oid) desc""".formatted(String.join(", ",
				TABLES.stream().map(table -> "'" + table + "'").toList())))) {
			while (rs.next()) {
				sizes.put(rs.getString(1), "%,d rows, %s + %s indexes".formatted(rs.getLong(2), rs.getString(3),
						rs.getString(4)));
			}
		}
		return sizes;
	}

	/** The first id above the sequence's value and every id in the table: where bulk ids may start. */
	private long nextId(String sequence, String table) throws SQLException {
		return Long.parseLong(scalar("select greatest((select last_value from %s), coalesce((select max(id) from %s), 0)) + 1"
			.formatted(sequence, table)));
	}

	private long time(String step, String sql) throws SQLException {
		long start = System.nanoTime();
		long rows = update(sql);
		lap(step, start);
		timings.put(step + ".rows", Long.toString(rows));
		Generate.log("  %s: %,d rows, %s s", step, rows, timings.get(step));
		return rows;
	}

	private int update(String sql) throws SQLException {
		try (Statement statement = db.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}

	void exec(String sql) throws SQLException {
		try (Statement statement = db.createStatement()) {
			statement.execute(sql);
		}
	}

	String scalar(String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private void lap(String step, long startNanos) {
		timings.put(step, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9));
	}
}
