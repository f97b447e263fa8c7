package io.jingxi.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import io.jingxi.inspection.InspectionApi;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.inspection.KindWeights;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.rectification.RectificationApi;
import io.jingxi.rectification.RectificationTotals;
import io.jingxi.rectification.RectificationTotals.OverdueNotice;
import io.jingxi.rectification.UnitRectificationCounts;
import io.jingxi.reporting.ReadModelQueries.Units;
import io.jingxi.reporting.ReportingViews.Deduction;
import io.jingxi.reporting.ReportingViews.FailedClause;
import io.jingxi.reporting.ReportingViews.KindWeightView;
import io.jingxi.reporting.ReportingViews.OldestOverdue;
import io.jingxi.reporting.ReportingViews.RankingPage;
import io.jingxi.reporting.ReportingViews.RankingRow;
import io.jingxi.reporting.ReportingViews.RectificationFigures;
import io.jingxi.reporting.ReportingViews.ScorePoint;
import io.jingxi.reporting.ReportingViews.UnitBreakdown;
import io.jingxi.reporting.ReportingViews.UnitTrend;
import io.jingxi.reporting.ReportingViews.VisitScore;
import io.jingxi.reporting.ReportingViews.WeakSection;
import io.jingxi.reporting.Standings.Standing;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;

/**
 * Rankings, trends, weak sections, failed clauses and the drill-down, for the current reader. Ranks
 * are computed over every unit with a score; a reader receives only the rows, trends, sections,
 * clauses and deductions of units in their data scope, and a unit outside it answers 404. Units'
 * names, parents and organisations come from the organisation module at query time, since units move
 * (through {@link UnitDirectory}, which forgets them whenever a unit changes).
 */
@Service
class ReportingService implements ReportingApi {

	static final int TREND_PERIODS = 12;

	private final ReadModelQueries queries;

	private final UnitScores scores;

	private final UnitDirectory directory;

	private final OrganizationApi organization;

	private final InspectionApi inspections;

	private final RectificationApi rectifications;

	private final Actors actors;

	private final Clock clock;

	private final RankingPolicy policy = RankingPolicy.DEFAULT;

	ReportingService(ReadModelQueries queries, UnitScores scores, UnitDirectory directory,
			OrganizationApi organization, InspectionApi inspections, RectificationApi rectifications, Actors actors,
			Clock clock) {
		this.queries = queries;
		this.scores = scores;
		this.directory = directory;
		this.organization = organization;
		this.inspections = inspections;
		this.rectifications = rectifications;
		this.actors = actors;
		this.clock = clock;
	}

	/** The period named by the parameter, or this month (China Standard Time) when none is given. */
	Period period(@Nullable String text, String parameter) {
		if (text == null || text.isBlank()) {
			return Period.month(YearMonth.now(clock.withZone(ReadModelUpdates.ZONE)));
		}
		return Period.parse(text, parameter);
	}

	RankingPage rankings(Period period, @Nullable Long parentId, int page, int size) {
		Snapshot snapshot = snapshot(period);
		List<Standing> visible = visible(snapshot, parentId);
		int from = (int) Math.min(visible.size(), (long) page * size);
		List<Standing> slice = visible.subList(from, Math.min(visible.size(), from + size));
		List<KindWeightView> weights = new ArrayList<>();
		for (InspectionKind kind : InspectionKind.values()) {
			weights.add(new KindWeightView(kind, snapshot.weights().of(kind)));
		}
		return new RankingPage(period.key(), period.kind(), period.from(), period.to(), period.previous().key(),
				period.lastMonths(policy.crisisMonths()).stream().map(Period::key).toList(), policy.id(),
				policy.version(), snapshot.weights().version(), weights, rows(slice, snapshot, period), visible.size(), page,
				size);
	}

	/** Every row of the ranking the reader may see (for the export), with the weights' version. */
	RankingRows rankingRows(Period period, @Nullable Long parentId) {
		Snapshot snapshot = snapshot(period);
		return new RankingRows(snapshot.weights().version(), rows(visible(snapshot, parentId), snapshot, period));
	}

	/** The name of a unit the reader may see (404 otherwise). */
	String unitName(long unitId) {
		return visibleUnit(unitId).name();
	}

	UnitTrend trend(long unitId, Period end) {
		UnitSummary unit = visibleUnit(unitId);
		List<Period> periods = end.lastPeriods(TREND_PERIODS);
		KindWeights weights = inspections.kindWeights();
		Map<String, Map<Long, UnitScore>> byPeriod = scores.read(periods.stream().map(Period::key).toList(), weights);
		Set<Long> unitIds = new HashSet<>();
		byPeriod.values().forEach(byUnit -> unitIds.addAll(byUnit.keySet()));
		Map<Long, UnitPlace> tree = tree(directory.units(unitIds).values());
		List<ScorePoint> points = new ArrayList<>();
		for (Period period : periods) {
			Map<Long, UnitScore> current = byPeriod.get(period.key());
			Standing standing = current.containsKey(unitId)
					? Standings.compute(policy, tree, current, Map.of(), List.of()).of(unitId).orElse(null) : null;
			points.add(standing == null ? new ScorePoint(period.key(), null, 0, null, null)
					: new ScorePoint(period.key(), standing.score().score(), standing.score().visits(),
							standing.organisation().rank(), standing.organisation().count()));
		}
		return new UnitTrend(unit.id(), unit.name(), end.kind(), weights.version(), points);
	}

	List<WeakSection> weakSections(Period period, @Nullable Long unitId, int limit) {
		return queries.weakSections(units(unitId), period, limit);
	}

	List<FailedClause> failedClauses(Period period, @Nullable Long unitId, int limit) {
		return queries.failedClauses(units(unitId), period, limit);
	}

	UnitBreakdown breakdown(long unitId, Period period) {
		UnitSummary unit = visibleUnit(unitId);
		Snapshot snapshot = snapshot(period);
		RankingRow standing = snapshot.standings().of(unitId)
			.map(s -> rows(List.of(s), snapshot, period).get(0))
			.orElse(null);
		Map<Long, List<Deduction>> byVisit = new HashMap<>();
		for (Deduction deduction : queries.deductions(Units.one(unitId), period.from(), period.to())) {
			byVisit.computeIfAbsent(deduction.visitId(), id -> new ArrayList<>()).add(deduction);
		}
		List<VisitScore> visits = queries.visits(unitId, period.from(), period.to()).stream().map(visit -> {
			List<Deduction> deductions = byVisit.getOrDefault(visit.visitId(), List.of());
			BigDecimal lost = deductions.stream().map(Deduction::pointsLost).reduce(BigDecimal.ZERO, BigDecimal::add);
			return new VisitScore(visit.visitId(), visit.kind(), visit.day(), visit.total(), lost, deductions);
		}).toList();
		UnitRectificationCounts notices = rectifications.countsByUnit(List.of(unitId)).get(0);
		return new UnitBreakdown(unit.id(), unit.name(), period.key(), period.from(), period.to(), standing, visits,
				notices.active(), notices.overdue());
	}

	/**
	 * The rectification notices of the reader's scope now, narrowed by the rectification module as its
	 * notice list narrows them for the same reader, with the unit of the oldest overdue one named.
	 */
	RectificationFigures rectifications() {
		RectificationTotals totals = rectifications.totals(actors.scope());
		OverdueNotice oldest = totals.oldestOverdue();
		OldestOverdue named = oldest == null ? null
				: new OldestOverdue(oldest.noticeId(), oldest.number(), oldest.unitId(),
						Optional.ofNullable(directory.units(Set.of(oldest.unitId())).get(oldest.unitId()))
							.map(UnitSummary::name)
							.orElse(""),
						oldest.deadline());
		return new RectificationFigures(totals.active(), totals.overdue(), totals.dueSoon(), named);
	}

	List<Deduction> deductions(long unitId, Period period) {
		visibleUnit(unitId);
		return queries.deductions(Units.one(unitId), period.from(), period.to());
	}

	@Override
	public List<UnitStanding> standings(String period) {
		Period parsed = Period.parse(period, "period");
		Snapshot snapshot = snapshot(parsed);
		return snapshot.standings().all().stream()
			.map(s -> new UnitStanding(s.unitId(), parsed.key(), s.score().score(), s.score().visits(),
					s.place().organisationId(), s.organisation().rank(), s.organisation().count(), s.place().parentId(),
					s.parent().rank(), s.parent().count(), s.movement(), s.bottomThree(), s.crisis(), policy.id(),
					policy.version(), snapshot.weights().version()))
			.toList();
	}

	/**
	 * The ranking of a period over every unit, with the previous period and the crisis months: one read
	 * of the stored scores of those periods (one row per unit and period), the units' places from the
	 * directory, and the ranks computed in memory.
	 */
	private Snapshot snapshot(Period period) {
		List<Period> crisisMonths = period.lastMonths(policy.crisisMonths());
		Set<String> keys = new LinkedHashSet<>();
		keys.add(period.key());
		keys.add(period.previous().key());
		crisisMonths.forEach(month -> keys.add(month.key()));
		KindWeights weights = inspections.kindWeights();
		Map<String, Map<Long, UnitScore>> byPeriod = scores.read(keys, weights);
		Set<Long> unitIds = new HashSet<>();
		byPeriod.values().forEach(byUnit -> unitIds.addAll(byUnit.keySet()));
		Map<Long, UnitSummary> units = directory.units(unitIds);
		Standings standings = Standings.compute(policy, tree(units.values()), byPeriod.get(period.key()),
				byPeriod.get(period.previous().key()),
				crisisMonths.stream().map(month -> byPeriod.get(month.key())).toList());
		return new Snapshot(weights, standings, units);
	}

	private List<Standing> visible(Snapshot snapshot, @Nullable Long parentId) {
		DataScope scope = actors.scope();
		return snapshot.standings().all().stream()
			.filter(s -> scope.coversUnit(s.unitId()))
			.filter(s -> parentId == null || parentId.equals(s.place().parentId()))
			.toList();
	}

	/** The rows as a reader sees them, with names and, for "why this number", each kind's part. */
	private List<RankingRow> rows(List<Standing> standings, Snapshot snapshot, Period period) {
		Set<Long> named = new HashSet<>();
		for (Standing s : standings) {
			named.add(s.unitId());
			if (s.place().parentId() != null) {
				named.add(s.place().parentId());
			}
			named.add(s.place().organisationId());
		}
		Map<Long, UnitSummary> names = directory.units(named);
		List<Long> unitIds = standings.stream().map(Standing::unitId).toList();
		Map<Long, List<KindStats>> kinds = scores.kinds(period.key(), unitIds);
		// the notices of the rows' units only: one indexed query per thousand rows
		Map<Long, UnitRectificationCounts> notices = new HashMap<>();
		rectifications.countsByUnit(unitIds).forEach(counts -> notices.put(counts.unitId(), counts));
		List<RankingRow> rows = new ArrayList<>(standings.size());
		for (Standing s : standings) {
			UnitSummary unit = names.get(s.unitId());
			Long parentId = s.place().parentId();
			UnitSummary parent = parentId == null ? null : names.get(parentId);
			UnitSummary org = names.get(s.place().organisationId());
			List<KindScore> parts = UnitScore.combine(kinds.getOrDefault(s.unitId(), List.of()), snapshot.weights())
				.map(UnitScore::kinds)
				.orElse(List.of());
			rows.add(new RankingRow(s.unitId(), unit.code(), unit.name(), parentId, parent == null ? null : parent.name(),
					s.place().organisationId(), org == null ? "" : org.name(), s.score().score(), s.score().visits(),
					parts, s.organisation().rank(), s.organisation().count(), s.parent().rank(), s.parent().count(),
					s.previousOrganisationRank(), s.movement(), s.bottomThree(), s.crisis(),
					notices.get(s.unitId()).active(), notices.get(s.unitId()).overdue()));
		}
		return rows;
	}

	/** A unit the reader may see; any other, existing or not, answers 404 alike. */
	private UnitSummary visibleUnit(long unitId) {
		if (!actors.scope().coversUnit(unitId)) {
			throw DomainException.notFound("reporting.unit.notFound", unitId);
		}
		return organization.unit(unitId).orElseThrow(() -> DomainException.notFound("reporting.unit.notFound", unitId));
	}

	/** One unit (404 outside the scope) or the reader's whole scope, for the SQL. */
	private Units units(@Nullable Long unitId) {
		if (unitId != null) {
			visibleUnit(unitId);
			return Units.one(unitId);
		}
		return Units.of(actors.scope());
	}

	private static Map<Long, UnitPlace> tree(Collection<UnitSummary> units) {
		Map<Long, UnitPlace> tree = new LinkedHashMap<>();
		for (UnitSummary unit : units) {
			tree.put(unit.id(), new UnitPlace(unit.id(), unit.parentId(), UnitPlace.rootOf(unit.id(), unit.path())));
		}
		return tree;
	}

	/** The rows of a ranking and the version of the weights that made them. */
	record RankingRows(int weightsVersion, List<RankingRow> rows) {
	}

	/** A period's ranking with the weights it used and the ranked units' summaries. */
	private record Snapshot(KindWeights weights, Standings standings, Map<Long, UnitSummary> units) {
	}
}
