package io.jingxi.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.jingxi.inspection.InspectionKind;
import io.jingxi.reporting.ReportingViews.Deduction;
import io.jingxi.reporting.ReportingViews.FailedClause;
import io.jingxi.reporting.ReportingViews.WeakSection;
import io.jingxi.shared.DataScope;

/**
 * Set-based reads of the read model with {@link JdbcClient}. Every read for a reader takes a
 * {@link Units} filter, which narrows the SQL itself to the reader's data scope (or to one unit).
 * (The ranking reads {@link UnitScores}, never narrowed: ranks are computed over every unit and only
 * the rows a reader receives are filtered.)
 */
@Component
class ReadModelQueries {

	private final JdbcClient jdbc;

	ReadModelQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The unit's counted visits in the days, newest first. */
	List<VisitRow> visits(long unitId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select visit_id, kind, visit_day, total from rep_visit
				where unit_id = :unit and visit_day between :from and :to and total is not null
				order by visit_day desc, visit_id desc""")
			.param("unit", unitId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new VisitRow(rs.getLong(1), InspectionKind.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)))
			.list();
	}

	/** The deductions that stand in the units' visits of the days, newest visit first, largest first. */
	List<Deduction> deductions(Units units, LocalDate from, LocalDate to) {
		if (units.none()) {
			return List.of();
		}
		return jdbc.sql("""
				select finding_id, visit_id, kind, visit_day, clause, item_text, points_lost, critical, item_id from rep_finding
				where visit_day between :from and :to and not overturned and recorded_at is not null""" + units.sql() + """

				order by visit_day desc, visit_id desc, points_lost desc, finding_id""")
			.params(units.params())
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new Deduction(rs.getLong(1), rs.getLong(2), rs.getObject(9, Long.class),
					InspectionKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
					text(rs.getString(6)), rs.getBigDecimal(7), rs.getBoolean(8)))
			.list();
	}

	/**
	 * Sections by average score, lowest first: read from the pre-aggregate of the period, one row per
	 * unit and section (primary key: period first).
	 */
	List<WeakSection> weakSections(Units units, Period period, int limit) {
		if (units.none()) {
			return List.of();
		}
		return jdbc.sql("""
				select name, sum(score_sum) / sum(sections), sum(sections), count(*), sum(failed_items)
				from rep_section_period where period = :period and sections > 0""" + units.sql() + """

				group by name order by sum(score_sum) / sum(sections), name limit :limit""")
			.params(units.params())
			.param("period", period.key())
			.param("limit", limit)
			.query((rs, row) -> new WeakSection(rs.getString(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP),
					rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.list();
	}

	/**
	 * Clauses by how often they failed, then by points lost: read from the pre-aggregate of the period,
	 * one row per unit and clause (primary key: period first).
	 */
	List<FailedClause> failedClauses(Units units, Period period, int limit) {
		if (units.none()) {
			return List.of();
		}
		return jdbc.sql("""
				select clause, min(item_text), sum(failures), sum(points_lost), count(*) from rep_clause_period
				where period = :period and failures > 0""" + units.sql() + """

				group by clause order by sum(failures) desc, sum(points_lost) desc, clause limit :limit""")
			.params(units.params())
			.param("period", period.key())
			.param("limit", limit)
			.query((rs, row) -> new FailedClause(rs.getString(1), text(rs.getString(2)), rs.getLong(3),
					rs.getBigDecimal(4), rs.getLong(5)))
			.list();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** A counted visit as the drill-down lists it. */
	record VisitRow(long visitId, InspectionKind kind, LocalDate day, BigDecimal total) {
	}

	/**
	 * Which units a read covers, written into the SQL: one unit, the reader's scope, or everything
	 * for a reader who sees the whole organisation.
	 */
	record Units(boolean all, List<Long> ids) {

		Units {
			ids = List.copyOf(ids);
		}

		static Units of(DataScope scope) {
			return new Units(scope.all(), List.copyOf(scope.unitIds()));
		}

		static Units one(long unitId) {
			return new Units(false, List.of(unitId));
		}

		boolean none() {
			return !all && ids.isEmpty();
		}

		String sql() {
			return all ? "" : " and unit_id in (:units)";
		}

		Map<String, Object> params() {
			Map<String, Object> params = new LinkedHashMap<>();
			if (!all) {
				params.put("units", ids);
			}
			return params;
		}
	}
}
