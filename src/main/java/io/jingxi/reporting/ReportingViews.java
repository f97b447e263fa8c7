package io.jingxi.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.inspection.InspectionKind;

/** What the reporting endpoints answer. Periods are written 2026-11 (month), 2026-Q4 (quarter) or 2026 (year). */
public final class ReportingViews {

	private ReportingViews() {
	}

	/**
	 * One page of a period's ranking, with what produced it: the ranking policy and the kinds' weights,
	 * each with its version ("why this number").
	 *
	 * @param previousPeriod the period that movement compares with
	 * @param crisisMonths the months whose bottom three decide the crisis flag
	 * @param total how many rows the reader may see in all
	 */
	public record RankingPage(String period, PeriodKind periodKind, LocalDate from, LocalDate to,
			String previousPeriod, List<String> crisisMonths, String policy, int policyVersion, int weightsVersion,
			List<KindWeightView> weights, List<RankingRow> rows, long total, int page, int size) {
	}

	/** A kind of inspection and its weight in the combined score. */
	public record KindWeightView(InspectionKind kind, BigDecimal weight) {
	}

	/**
	 * A unit's standing in a period. Ranks are standard competition ranks (1, 2, 2, 4) among the units
	 * with a score in the period: {@code orgRank} of {@code orgCount} in the whole organisation (全市排名),
	 * {@code parentRank} of {@code parentCount} among the units under the same parent.
	 *
	 * @param movement places gained in the organisation since the previous period (negative: lost), null when
	 *        the unit was not ranked then
	 * @param bottomThree among the organisation's bottom three this period
	 * @param crisis among the organisation's bottom three in each of the three months ending with the period
	 * @param openRectifications the unit's rectification notices not closed yet (open or submitted) now, whatever
	 *        the period
	 * @param overdueRectifications how many of those are overdue now
	 */
	public record RankingRow(long unitId, String unitCode, String unitName, @Nullable Long parentId,
			@Nullable String parentName, long orgId, String orgName, BigDecimal score, int visits,
			List<KindScore> kinds, int orgRank, int orgCount, int parentRank, int parentCount,
			@Nullable Integer previousOrgRank, @Nullable Integer movement, boolean bottomThree, boolean crisis,
			long openRectifications, long overdueRectifications) {
	}

	/**
	 * The rectification notices (整改通知单) of the units the reader sees, now: not closed yet (open or
	 * submitted), overdue, due soon (warned before the deadline, not yet fixed), and the overdue one that
	 * has waited longest. The same notices the rectification list shows on its open and overdue tabs.
	 */
	public record RectificationFigures(long open, long overdue, long dueSoon, @Nullable OldestOverdue oldestOverdue) {
	}

	/** The overdue notice with the earliest deadline: its number, unit and the deadline it missed. */
	public record OldestOverdue(long noticeId, String number, long unitId, String unitName, Instant deadline) {
	}

	/** A unit's score over consecutive periods of one kind, oldest first, with the weights' version. */
	public record UnitTrend(long unitId, String unitName, PeriodKind periodKind, int weightsVersion,
			List<ScorePoint> points) {
	}

	/** A unit's score and rank in one period; all null when it had no score then. */
	public record ScorePoint(String period, @Nullable BigDecimal score, int visits, @Nullable Integer orgRank,
			@Nullable Integer orgCount) {
	}

	/**
	 * A section of the checklists and how it scored on average (weak points first).
	 *
	 * @param visits the visits in which the section counted
	 * @param units the units those visits checked
	 * @param failedItems the items of the section that failed in those visits
	 */
	public record WeakSection(String section, BigDecimal average, long visits, long units, long failedItems) {
	}

	/**
	 * A clause that failed: how often, the points lost, and in how many units. Overturned findings do
	 * not count.
	 */
	public record FailedClause(String clause, String itemText, long failures, BigDecimal pointsLost, long units) {
	}

	/**
	 * Drill-down from a rank: the unit's standing in the period and its visits with their deductions, and
	 * its rectification notices not closed yet and overdue now (also when it has no standing).
	 */
	public record UnitBreakdown(long unitId, String unitName, String period, LocalDate from, LocalDate to,
			@Nullable RankingRow standing, List<VisitScore> visits, long openRectifications,
			long overdueRectifications) {
	}

	/** A counted visit of the unit: its kind, day, total on 100 and the deductions that stand. */
	public record VisitScore(long visitId, InspectionKind kind, LocalDate day, BigDecimal total,
			BigDecimal pointsLost, List<Deduction> deductions) {
	}

	/** A single deduction (扣分): the finding, its visit, the clause, the item's text and the points lost. */
	public record Deduction(long findingId, long visitId, @Nullable Long itemId, InspectionKind kind, LocalDate day,
			String clause, String itemText, BigDecimal pointsLost, boolean critical) {
	}
}
