package io.jingxi.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.jingxi.reporting.ReportingViews.Deduction;
import io.jingxi.reporting.ReportingViews.FailedClause;
import io.jingxi.reporting.ReportingViews.RankingRow;
import io.jingxi.reporting.ReportingViews.ScorePoint;
import io.jingxi.reporting.ReportingViews.UnitTrend;
import io.jingxi.reporting.ReportingViews.WeakSection;
import io.jingxi.shared.xlsx.XlsxExport;

/**
 * Each dashboard list as an Excel workbook in the reader's language. The rows are read (and
 * narrowed to the reader's scope) before the response starts; the workbook is then streamed with
 * POI's streaming writer, a window of rows in memory at a time.
 */
@Component
class ReportingExports {

	private final MessageSource messages;

	ReportingExports(MessageSource messages) {
		this.messages = messages;
	}

	XlsxExport.Body rankings(String period, int weightsVersion, List<RankingRow> rows, Locale locale) {
		List<String> headers = headers(locale, "period", "orgRank", "orgCount", "movement", "parentRank",
				"parentCount", "unitCode", "unit", "parent", "organisation", "score", "visits", "kinds", "bottomThree",
				"crisis", "openRectifications", "overdueRectifications", "weights");
		return out -> {
			try (var sheet = new XlsxExport(text("reporting.export.rankings", locale), headers, 14)) {
				for (RankingRow row : rows) {
					sheet.row(Arrays.asList(period, str(row.orgRank()), str(row.orgCount()), str(row.movement()),
							str(row.parentRank()), str(row.parentCount()), row.unitCode(), row.unitName(), row.parentName(),
							row.orgName(), row.score().toPlainString(), str(row.visits()), kinds(row, locale),
							yesNo(row.bottomThree(), locale), yesNo(row.crisis(), locale), str(row.openRectifications()),
							str(row.overdueRectifications()), "v" + weightsVersion));
				}
				sheet.writeTo(out);
			}
		};
	}

	XlsxExport.Body trend(UnitTrend trend, Locale locale) {
		List<String> headers = headers(locale, "unit", "period", "score", "visits", "orgRank", "orgCount", "weights");
		return out -> {
			try (var sheet = new XlsxExport(text("reporting.export.trend", locale), headers, 14)) {
				for (ScorePoint point : trend.points()) {
					sheet.row(Arrays.asList(trend.unitName(), point.period(),
							point.score() == null ? null : point.score().toPlainString(), str(point.visits()),
							str(point.orgRank()), str(point.orgCount()), "v" + trend.weightsVersion()));
				}
				sheet.writeTo(out);
			}
		};
	}

	XlsxExport.Body weakSections(String period, List<WeakSection> sections, Locale locale) {
		List<String> headers = headers(locale, "period", "section", "average", "visits", "units", "failedItems");
		return out -> {
			try (var sheet = new XlsxExport(text("reporting.export.weakSections", locale), headers, 16)) {
				for (WeakSection section : sections) {
					sheet.row(Arrays.asList(period, section.section(), section.average().toPlainString(),
							str(section.visits()), str(section.units()), str(section.failedItems())));
				}
				sheet.writeTo(out);
			}
		};
	}

	XlsxExport.Body failedClauses(String period, List<FailedClause> clauses, Locale locale) {
		List<String> headers = headers(locale, "period", "clause", "itemText", "failures", "pointsLost", "units");
		return out -> {
			try (var sheet = new XlsxExport(text("reporting.export.failedClauses", locale), headers, 16)) {
				for (FailedClause clause : clauses) {
					sheet.row(Arrays.asList(period, clause.clause(), clause.itemText(), str(clause.failures()),
							clause.pointsLost().toPlainString(), str(clause.units())));
				}
				sheet.writeTo(out);
			}
		};
	}

	XlsxExport.Body deductions(String unitName, List<Deduction> deductions, Locale locale) {
		List<String> headers = headers(locale, "unit", "day", "visitId", "kind", "findingId", "clause", "itemText",
				"pointsLost", "critical");
		return out -> {
			try (var sheet = new XlsxExport(text("reporting.export.deductions", locale), headers, 14)) {
				for (Deduction deduction : deductions) {
					sheet.row(Arrays.asList(unitName, deduction.day().toString(), str(deduction.visitId()),
							text("reporting.kind." + deduction.kind().name(), locale), str(deduction.findingId()),
							deduction.clause(), deduction.itemText(), deduction.pointsLost().toPlainString(),
							yesNo(deduction.critical(), locale)));
				}
				sheet.writeTo(out);
			}
		};
	}

	/** 上级检查 2 次 86.50 × 1; 自查 1 次 90.00 × 0.5: the kinds that made the score. */
	private String kinds(RankingRow row, Locale locale) {
		return row.kinds().stream()
			.map(kind -> text("reporting.kind." + kind.kind().name(), locale) + " " + kind.visits() + " "
					+ kind.average().toPlainString() + " × " + kind.weight().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining("; "));
	}

	private List<String> headers(Locale locale, String... columns) {
		List<String> headers = new ArrayList<>();
		for (String column : columns) {
			headers.add(text("reporting.column." + column, locale));
		}
		return headers;
	}

	private String yesNo(boolean value, Locale locale) {
		return text(value ? "reporting.yes" : "reporting.no", locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static @Nullable String str(@Nullable Object value) {
		return value == null ? null : String.valueOf(value);
	}
}
