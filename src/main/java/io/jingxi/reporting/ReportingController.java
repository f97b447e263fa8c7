package io.jingxi.reporting;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.jingxi.reporting.ReportingViews.Deduction;
import io.jingxi.reporting.ReportingViews.FailedClause;
import io.jingxi.reporting.ReportingViews.RankingPage;
import io.jingxi.reporting.ReportingViews.RectificationFigures;
import io.jingxi.reporting.ReportingViews.UnitBreakdown;
import io.jingxi.reporting.ReportingViews.UnitTrend;
import io.jingxi.reporting.ReportingViews.WeakSection;
import io.jingxi.shared.xlsx.XlsxDownloads;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The dashboard: rankings per month, quarter or year ({@code period} 2026-11, 2026-Q4 or 2026; this
 * month when left out), a unit's trend, weak sections, most-failed clauses and the drill-down to single
 * deductions, each list also as an Excel export, and the open and overdue rectification notices.
 * Everything is narrowed to the reader's data scope.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Validated
class ReportingController {

	private final ReportingService reporting;

	private final ReportingExports exports;

	private final Clock clock;

	ReportingController(ReportingService reporting, ReportingExports exports, Clock clock) {
		this.reporting = reporting;
		this.exports = exports;
		this.clock = clock;
	}

	/** One page of the period's ranking: the rows of the reader's units, ranked among all units. */
	@GetMapping("/rankings")
	@PreAuthorize("hasAuthority('reporting:read')")
	RankingPage rankings(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long parentId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return reporting.rankings(reporting.period(period, "period"), parentId, page, size);
	}

	@GetMapping("/rankings/export")
	@PreAuthorize("hasAuthority('reporting:read')")
	ResponseEntity<StreamingResponseBody> exportRankings(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long parentId, Locale locale) {
		Period parsed = reporting.period(period, "period");
		ReportingService.RankingRows rows = reporting.rankingRows(parsed, parentId);
		return XlsxDownloads.export(exports.rankings(parsed.key(), rows.weightsVersion(), rows.rows(), locale),
				"ranking-" + parsed.key(), clock);
	}

	/**
	 * The rectification notices of the units the reader sees, now (not of a period): not closed yet,
	 * overdue, due soon, and the oldest overdue one.
	 */
	@GetMapping("/rectifications")
	@PreAuthorize("hasAuthority('reporting:read')")
	RectificationFigures rectifications() {
		return reporting.rectifications();
	}

	/** The unit's score and rank over the twelve periods ending with {@code period}, of its kind. */
	@GetMapping("/units/{unitId}/trend")
	@PreAuthorize("hasAuthority('reporting:read')")
	UnitTrend trend(@PathVariable long unitId, @RequestParam(required = false) @Nullable String period) {
		return reporting.trend(unitId, reporting.period(period, "period"));
	}

	@GetMapping("/units/{unitId}/trend/export")
	@PreAuthorize("hasAuthority('reporting:read')")
	ResponseEntity<StreamingResponseBody> exportTrend(@PathVariable long unitId,
			@RequestParam(required = false) @Nullable String period, Locale locale) {
		Period parsed = reporting.period(period, "period");
		return XlsxDownloads.export(exports.trend(reporting.trend(unitId, parsed), locale),
				"trend-" + unitId + "-" + parsed.key(), clock);
	}

	/** Sections by average score, lowest first: of one unit, or of every unit the reader sees. */
	@GetMapping("/weak-sections")
	@PreAuthorize("hasAuthority('reporting:read')")
	List<WeakSection> weakSections(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "10") @Min(1) @Max(1000) int limit) {
		return reporting.weakSections(reporting.period(period, "period"), unitId, limit);
	}

	@GetMapping("/weak-sections/export")
	@PreAuthorize("hasAuthority('reporting:read')")
	ResponseEntity<StreamingResponseBody> exportWeakSections(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "1000") @Min(1) @Max(1000) int limit, Locale locale) {
		Period parsed = reporting.period(period, "period");
		return XlsxDownloads.export(
				exports.weakSections(parsed.key(), reporting.weakSections(parsed, unitId, limit), locale),
				"weak-sections-" + parsed.key(), clock);
	}

	/** Clauses by how often they failed (overturned findings left out): of one unit or of the reader's units. */
	@GetMapping("/failed-clauses")
	@PreAuthorize("hasAuthority('reporting:read')")
	List<FailedClause> failedClauses(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "10") @Min(1) @Max(1000) int limit) {
		return reporting.failedClauses(reporting.period(period, "period"), unitId, limit);
	}

	@GetMapping("/failed-clauses/export")
	@PreAuthorize("hasAuthority('reporting:read')")
	ResponseEntity<StreamingResponseBody> exportFailedClauses(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "1000") @Min(1) @Max(1000) int limit, Locale locale) {
		Period parsed = reporting.period(period, "period");
		return XlsxDownloads.export(
				exports.failedClauses(parsed.key(), reporting.failedClauses(parsed, unitId, limit), locale),
				"failed-clauses-" + parsed.key(), clock);
	}

	/** Drill-down from a rank: the unit's standing and its visits in the period with their deductions. */
	@GetMapping("/units/{unitId}/breakdown")
	@PreAuthorize("hasAuthority('reporting:read')")
	UnitBreakdown breakdown(@PathVariable long unitId, @RequestParam(required = false) @Nullable String period) {
		return reporting.breakdown(unitId, reporting.period(period, "period"));
	}

	/** The single deductions of the unit's visits in the period. */
	@GetMapping("/units/{unitId}/deductions")
	@PreAuthorize("hasAuthority('reporting:read')")
	List<Deduction> deductions(@PathVariable long unitId, @RequestParam(required = false) @Nullable String period) {
		return reporting.deductions(unitId, reporting.period(period, "period"));
	}

	@GetMapping("/units/{unitId}/deductions/export")
	@PreAuthorize("hasAuthority('reporting:read')")
	ResponseEntity<StreamingResponseBody> exportDeductions(@PathVariable long unitId,
			@RequestParam(required = false) @Nullable String period, Locale locale) {
		Period parsed = reporting.period(period, "period");
		List<Deduction> deductions = reporting.deductions(unitId, parsed);
		return XlsxDownloads.export(exports.deductions(reporting.unitName(unitId), deductions, locale),
				"deductions-" + unitId + "-" + parsed.key(), clock);
	}
}
