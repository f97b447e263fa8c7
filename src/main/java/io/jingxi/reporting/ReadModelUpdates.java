package io.jingxi.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.jingxi.inspection.FindingOverturned;
import io.jingxi.inspection.FindingRecorded;
import io.jingxi.inspection.InspectionApi;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.inspection.InspectionScoreChanged;
import io.jingxi.inspection.InspectionSubmitted;
import io.jingxi.inspection.InspectionSubmitted.SectionResult;
import io.jingxi.inspection.KindWeights;

/**
 * Keeps reporting's read model in step with the inspection module's events. Events may arrive twice
 * (they are republished after a restart) and in any order (listeners run in parallel), so every
 * handler upserts by the id of what it mirrors and first locks the visit's row: handlers of one visit
 * run one after the other, and the pre-aggregate per period, unit and kind is moved by the difference
 * between the visit's contribution before and after, and the unit's score in each period combined
 * again, in the same transaction; the section and clause pre-aggregates move likewise by the
 * difference between the visit's counted sections and standing findings before and after. A visit contributes once
 * its submission is known; a later score change replaces its total and sections; an overturned finding
 * stays, marked, and no longer counts.
 */
@Component
class ReadModelUpdates {

	/** Days and periods are those of China Standard Time, where the organisations work. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final UnitScores scores;

	private final InspectionApi inspections;

	ReadModelUpdates(JdbcClient jdbc, UnitScores scores, InspectionApi inspections) {
		this.jdbc = jdbc;
		this.scores = scores;
		this.inspections = inspections;
	}

	@ApplicationModuleListener
	void on(InspectionSubmitted event) {
		LocalDate day = LocalDate.ofInstant(event.submittedAt(), ZONE);
		VisitRow before = lockVisit(event.visitId(), event.unitId(), event.kind());
		Figures figuresBefore = figures(event.visitId());
		// a score change handled before the submission already holds the newer total and sections
		boolean changed = before.scoreChangedAt() != null;
		BigDecimal total = changed ? Objects.requireNonNull(before.total()) : event.total();
		jdbc.sql("""
				update rep_visit set unit_id = :unit, kind = :kind, standard_id = :standard, version_id = :version,
				  visit_day = :day, total = :total, submitted_at = :at
				where visit_id = :visit""")
			.param("unit", event.unitId())
			.param("kind", event.kind().name())
			.param("standard", event.standardId())
			.param("version", event.versionId())
			.param("day", day)
			.param("total", total)
			.param("at", time(event.submittedAt()))
			.param("visit", event.visitId())
			.update();
		if (changed) {
			jdbc.sql("update rep_section_score set visit_day = :day where visit_id = :visit")
				.param("day", day).param("visit", event.visitId()).update();
		}
		else {
			replaceSections(event.visitId(), event.unitId(), day, event.sections());
		}
		jdbc.sql("update rep_finding set visit_day = :day where visit_id = :visit")
			.param("day", day).param("visit", event.visitId()).update();
		move(before.contribution(), new Contribution(event.unitId(), event.kind(), day, total));
		moveFigures(event.unitId(), figuresBefore, figures(event.visitId()));
	}

	@ApplicationModuleListener
	void on(InspectionScoreChanged event) {
		VisitRow before = lockVisit(event.visitId(), event.unitId(), event.kind());
		Instant at = before.scoreChangedAt();
		if (at != null && at.isAfter(event.changedAt())) {
			return; // a later change was handled first: this one is history
		}
		Figures figuresBefore = figures(event.visitId());
		jdbc.sql("update rep_visit set kind = :kind, total = :total, score_changed_at = :at where visit_id = :visit")
			.param("kind", event.kind().name())
			.param("total", event.total())
			.param("at", time(event.changedAt()))
			.param("visit", event.visitId())
			.update();
		replaceSections(event.visitId(), before.unitId(), before.day(), event.sections());
		LocalDate day = before.day();
		move(before.contribution(),
				day == null ? null : new Contribution(before.unitId(), event.kind(), day, event.total()));
		moveFigures(before.unitId(), figuresBefore, figures(event.visitId()));
	}

	@ApplicationModuleListener
	void on(FindingRecorded event) {
		VisitRow visit = lockVisit(event.visitId(), event.unitId(), event.kind());
		Figures figuresBefore = figures(event.visitId());
		insertFinding(event.findingId(), event.visitId(), event.unitId(), event.clause(), event.pointsLost());
		// the inspector, their note and the person named are not kept: reporting never shows who inspected
		jdbc.sql("""
				update rep_finding set kind = :kind, item_id = :item, clause = :clause, item_text = :text,
				  points_lost = :lost, critical = :critical, visit_day = :day, recorded_at = :at
				where finding_id = :finding""")
			.param("kind", event.kind().name())
			.param("item", event.itemId())
			.param("clause", event.clause())
			.param("text", event.itemText())
			.param("lost", event.pointsLost())
			.param("critical", event.critical())
			.param("day", visit.day())
			.param("at", time(event.recordedAt()))
			.param("finding", event.findingId())
			.update();
		moveFigures(visit.unitId(), figuresBefore, figures(event.visitId()));
	}

	@ApplicationModuleListener
	void on(FindingOverturned event) {
		VisitRow visit = lockVisit(event.visitId(), event.unitId(), null);
		Figures figuresBefore = figures(event.visitId());
		insertFinding(event.findingId(), event.visitId(), event.unitId(), event.clause(), event.pointsRestored());
		jdbc.sql("update rep_finding set overturned = true, overturned_at = :at where finding_id = :finding")
			.param("at", time(event.overturnedAt()))
			.param("finding", event.findingId())
			.update();
		moveFigures(visit.unitId(), figuresBefore, figures(event.visitId()));
	}

	/**
	 * Makes sure the visit has a row and locks it for the rest of the transaction. The insert waits for
	 * another handler's uncommitted insert of the same visit, so the row read afterwards is current.
	 */
	private VisitRow lockVisit(long visitId, long unitId, @Nullable InspectionKind kind) {
		jdbc.sql("insert into rep_visit (visit_id, unit_id, kind) values (:visit, :unit, :kind) on conflict do nothing")
			.param("visit", visitId)
			.param("unit", unitId)
			.param("kind", kind == null ? null : kind.name())
			.update();
		return jdbc.sql("select unit_id, kind, visit_day, total, score_changed_at from rep_visit where visit_id = :visit for update")
			.param("visit", visitId)
			.query(ReadModelUpdates::visitRow)
			.single();
	}

	private void insertFinding(long findingId, long visitId, long unitId, String clause, BigDecimal points) {
		jdbc.sql("""
				insert into rep_finding (finding_id, visit_id, unit_id, clause, points_lost)
				values (:finding, :visit, :unit, :clause, :points) on conflict do nothing""")
			.param("finding", findingId)
			.param("visit", visitId)
			.param("unit", unitId)
			.param("clause", clause)
			.param("points", points)
			.update();
	}

	private void replaceSections(long visitId, long unitId, @Nullable LocalDate day, List<SectionResult> sections) {
		jdbc.sql("delete from rep_section_score where visit_id = :visit").param("visit", visitId).update();
		for (SectionResult section : sections) {
			jdbc.sql("""
					insert into rep_section_score (visit_id, section_id, unit_id, visit_day, name, score, failed_items)
					values (:visit, :section, :unit, :day, :name, :score, :failed)""")
				.param("visit", visitId)
				.param("section", section.sectionId())
				.param("unit", unitId)
				.param("day", day)
				.param("name", section.name())
				.param("score", section.score())
				.param("failed", section.failedItems())
				.update();
		}
	}

	/** Moves the pre-aggregate from the visit's old contribution to its new one (nothing when they agree). */
	private void move(@Nullable Contribution before, @Nullable Contribution after) {
		if (before != null && before.sameAs(after)) {
			return;
		}
		if (before != null) {
			add(before, -1, before.total().negate());
		}
		if (after != null) {
			add(after, 1, after.total());
		}
	}

	/**
	 * Adds to the unit's rows of the day's month, quarter and year, always in that order (so two
	 * handlers never wait for each other crosswise): under the lock of the unit's score row for the
	 * period, the kind's row is created if missing and moved, and the score combined again by the
	 * current weights.
	 */
	private void add(Contribution contribution, int visits, BigDecimal sum) {
		KindWeights weights = inspections.kindWeights();
		for (String period : Period.keysOf(contribution.day())) {
			scores.lock(period, contribution.unitId());
			jdbc.sql("""
					insert into rep_unit_period (period, unit_id, kind, visits, total_sum)
					values (:period, :unit, :kind, 0, 0) on conflict do nothing""")
				.param("period", period)
				.param("unit", contribution.unitId())
				.param("kind", contribution.kind().name())
				.update();
			jdbc.sql("""
					update rep_unit_period set visits = visits + :visits, total_sum = total_sum + :sum
					where period = :period and unit_id = :unit and kind = :kind""")
				.param("visits", visits)
				.param("sum", sum)
				.param("period", period)
				.param("unit", contribution.unitId())
				.param("kind", contribution.kind().name())
				.update();
			scores.combine(period, contribution.unitId(), weights);
		}
	}

	/** What the visit adds to the section and clause pre-aggregates now: its counted sections and standing findings. */
	private Figures figures(long visitId) {
		List<SectionPart> sections = jdbc.sql("""
				select visit_day, name, score, failed_items from rep_section_score
				where visit_id = :visit and visit_day is not null and score is not null""")
			.param("visit", visitId)
			.query((rs, n) -> new SectionPart(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBigDecimal(3),
					rs.getInt(4)))
			.list();
		List<ClausePart> clauses = jdbc.sql("""
				select visit_day, clause, points_lost, item_text from rep_finding
				where visit_id = :visit and visit_day is not null and recorded_at is not null and not overturned""")
			.param("visit", visitId)
			.query((rs, n) -> new ClausePart(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBigDecimal(3),
					rs.getString(4)))
			.list();
		return new Figures(sections, clauses);
	}

	/**
	 * Moves the unit's section and clause pre-aggregates from the visit's figures before the event to
	 * those after it, under the locks of the unit's score rows of the periods concerned (taken in the
	 * order of the days' month, quarter and year, as {@link #add} takes them).
	 */
	private void moveFigures(long unitId, Figures before, Figures after) {
		Map<List<String>, BigDecimal[]> sections = new LinkedHashMap<>();
		Map<List<String>, BigDecimal[]> clauses = new LinkedHashMap<>();
		Map<List<String>, String> texts = new HashMap<>();
		Set<String> periods = new LinkedHashSet<>();
		for (int sign : new int[] { -1, 1 }) {
			Figures figures = sign < 0 ? before : after;
			BigDecimal one = BigDecimal.valueOf(sign);
			for (SectionPart part : figures.sections()) {
				for (String period : Period.keysOf(part.day())) {
					periods.add(period);
					BigDecimal[] delta = sections.computeIfAbsent(List.of(period, part.name()),
							key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
					delta[0] = delta[0].add(one);
					delta[1] = delta[1].add(part.score().multiply(one));
					delta[2] = delta[2].add(BigDecimal.valueOf((long) sign * part.failedItems()));
				}
			}
			for (ClausePart part : figures.clauses()) {
				for (String period : Period.keysOf(part.day())) {
					periods.add(period);
					BigDecimal[] delta = clauses.computeIfAbsent(List.of(period, part.clause()),
							key -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
					delta[0] = delta[0].add(one);
					delta[1] = delta[1].add(part.points().multiply(one));
					if (sign > 0 && part.itemText() != null) {
						texts.put(List.of(period, part.clause()), part.itemText());
					}
				}
			}
		}
		sections.values().removeIf(delta -> delta[0].signum() == 0 && delta[1].signum() == 0 && delta[2].signum() == 0);
		clauses.values().removeIf(delta -> delta[0].signum() == 0 && delta[1].signum() == 0);
		if (sections.isEmpty() && clauses.isEmpty()) {
			return;
		}
		for (String period : periods) {
			scores.lock(period, unitId);
		}
		sections.forEach((key, delta) -> {
			jdbc.sql("""
					insert into rep_section_period (period, unit_id, name, sections, score_sum, failed_items)
					values (:period, :unit, :name, 0, 0, 0) on conflict do nothing""")
				.param("period", key.get(0)).param("unit", unitId).param("name", key.get(1))
				.update();
			jdbc.sql("""
					update rep_section_period set sections = sections + :count, score_sum = score_sum + :sum,
					  failed_items = failed_items + :failed
					where period = :period and unit_id = :unit and name = :name""")
				.param("count", delta[0].intValueExact()).param("sum", delta[1]).param("failed", delta[2].intValueExact())
				.param("period", key.get(0)).param("unit", unitId).param("name", key.get(1))
				.update();
		});
		clauses.forEach((key, delta) -> {
			jdbc.sql("""
					insert into rep_clause_period (period, unit_id, clause, failures, points_lost, item_text)
					values (:period, :unit, :clause, 0, 0, null) on conflict do nothing""")
				.param("period", key.get(0)).param("unit", unitId).param("clause", key.get(1))
				.update();
			jdbc.sql("""
					update rep_clause_period set failures = failures + :count, points_lost = points_lost + :points,
					  item_text = coalesce(:text, item_text)
					where period = :period and unit_id = :unit and clause = :clause""")
				.param("count", delta[0].intValueExact()).param("points", delta[1])
				.param("text", texts.get(key), Types.VARCHAR)
				.param("period", key.get(0)).param("unit", unitId).param("clause", key.get(1))
				.update();
		});
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static VisitRow visitRow(ResultSet rs, int row) throws SQLException {
		String kind = rs.getString("kind");
		OffsetDateTime changed = rs.getObject("score_changed_at", OffsetDateTime.class);
		return new VisitRow(rs.getLong("unit_id"), kind == null ? null : InspectionKind.valueOf(kind),
				rs.getObject("visit_day", LocalDate.class), rs.getBigDecimal("total"),
				changed == null ? null : changed.toInstant());
	}

	/** The visit's row as it was before this event. */
	private record VisitRow(long unitId, @Nullable InspectionKind kind, @Nullable LocalDate day,
			@Nullable BigDecimal total, @Nullable Instant scoreChangedAt) {

		/** What the visit adds to the pre-aggregate: nothing until its submission is known. */
		@Nullable Contribution contribution() {
			return day == null || total == null || kind == null ? null : new Contribution(unitId, kind, day, total);
		}
	}

	/** A visit's counted section scores and standing findings. */
	private record Figures(List<SectionPart> sections, List<ClausePart> clauses) {
	}

	private record SectionPart(LocalDate day, String name, BigDecimal score, int failedItems) {
	}

	private record ClausePart(LocalDate day, String clause, BigDecimal points, @Nullable String itemText) {
	}

	/** One counted visit in the pre-aggregate: its unit, kind, day and total. */
	private record Contribution(long unitId, InspectionKind kind, LocalDate day, BigDecimal total) {

		boolean sameAs(@Nullable Contribution other) {
			return other != null && unitId == other.unitId && kind == other.kind && day.equals(other.day)
					&& total.compareTo(other.total) == 0;
		}
	}
}
