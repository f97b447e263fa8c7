package io.jingxi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jingxi.shared.DomainException;

class PeriodTests {

	@Test
	void readsMonthsQuartersAndYearsAndWritesThemBackTheSameWay() {
		Period month = Period.parse("2026-11", "period");
		assertThat(month.kind()).isEqualTo(PeriodKind.MONTH);
		assertThat(month.key()).isEqualTo("2026-11");
		assertThat(month.from()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(month.to()).isEqualTo(LocalDate.of(2026, 11, 30));

		Period quarter = Period.parse("2026-q4", "period");
		assertThat(quarter.key()).isEqualTo("2026-Q4");
		assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 12, 31));

		Period year = Period.parse(" 2024 ", "period");
		assertThat(year.key()).isEqualTo("2024");
		assertThat(year.to()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-11", "2026/11", "1999-12", "2100",
			"2026-11-01", "abc" })
	void refusesAnythingElseNamingTheParameter(String text) {
		assertThatThrownBy(() -> Period.parse(text, "period")).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo("reporting.period.invalid");
			assertThat(ex.fieldProblems()).singleElement().extracting(DomainException.FieldProblem::field)
				.isEqualTo("period");
		});
	}

	@Test
	void thePreviousPeriodCrossesYearEnds() {
		assertThat(Period.parse("2026-01", "p").previous().key()).isEqualTo("2025-12");
		assertThat(Period.parse("2026-Q1", "p").previous().key()).isEqualTo("2025-Q4");
		assertThat(Period.parse("2026-Q3", "p").minus(5).key()).isEqualTo("2025-Q2");
		assertThat(Period.parse("2026", "p").previous().key()).isEqualTo("2025");
	}

	@Test
	void aDayCountsInItsMonthQuarterAndYear() {
		assertThat(Period.keysOf(LocalDate.of(2026, 8, 31))).containsExactly("2026-08", "2026-Q3", "2026");
		assertThat(Period.keysOf(LocalDate.of(2026, 10, 1))).containsExactly("2026-10", "2026-Q4", "2026");
	}

	@Test
	void trendsAndCrisesLookBackOverConsecutivePeriods() {
		assertThat(Period.parse("2026-02", "p").lastPeriods(3)).extracting(Period::key)
			.containsExactly("2025-12", "2026-01", "2026-02");
		assertThat(Period.parse("2026-Q1", "p").lastPeriods(12)).hasSize(12).first().extracting(Period::key)
			.isEqualTo("2023-Q2");
		// the crisis months of a quarter are its own three months; of a year, October to December
		assertThat(Period.parse("2026-Q2", "p").lastMonths(3)).extracting(Period::key)
			.containsExactly("2026-04", "2026-05", "2026-06");
		assertThat(Period.parse("2026", "p").lastMonths(3)).extracting(Period::key)
			.containsExactly("2026-10", "2026-11", "2026-12");
	}
}
