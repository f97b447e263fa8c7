package io.jingxi.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

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
 * again, in the same transaction. A visit contributes once
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
	}

	@ApplicationModuleListener
	void on(InspectionScoreChanged event) {
		VisitRow before = lockVisit(event.visitId(), event.unitId(), event.kind());
		Instant at = before.scoreChangedAt();
		if (at != null && at.isAfter(event.changedAt())) {
			return; // a later change was handled first: this one is history
		}
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
	}

	@ApplicationModuleListener
	void on(FindingRecorded event) {
		VisitRow visit = lockVisit(event.visitId(), event.unitId(), event.kind());
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
	}

	@ApplicationModuleListener
	void on(FindingOverturned event) {
		lockVisit(event.visitId(), event.unitId(), null);
		insertFinding(event.findingId(), event.visitId(), event.unitId(), event.clause(), event.pointsRestored());
		jdbc.sql("update rep_finding set overturned = true, overturned_at = :at where finding_id = :finding")
			.param("at", time(event.overturnedAt()))
			.param("finding", event.findingId())
			.update();
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

	/** One counted visit in the pre-aggregate: its unit, kind, day and total. */
	private record Contribution(long unitId, InspectionKind kind, LocalDate day, BigDecimal total) {

		boolean sameAs(@Nullable Contribution other) {
			return other != null && unitId == other.unitId && kind == other.kind && day.equals(other.day)
					&& total.compareTo(other.total) == 0;
		}
	}
}
