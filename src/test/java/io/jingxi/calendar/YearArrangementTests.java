package io.jingxi.calendar;

import static io.jingxi.calendar.CalendarFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;

class YearArrangementTests {

	static List<FieldProblem> problems(String json) {
		var thrown = catchThrowableOfType(DomainException.class, () -> YearArrangement.parse(json, JSON));
		assertThat(thrown).as("the arrangement is refused").isNotNull();
		assertThat(thrown.code()).isEqualTo("calendar.import.invalid");
		return thrown.fieldProblems();
	}

	@Test
	void readsTheShippedFormat() {
		var arrangement = YearArrangement.parse("""
				{"year":2025,"holidays":[{"date":"2025-01-01","name":"元旦"}],
				 "makeupWorkdays":[{"date":"2025-01-26","name":"春节调休"}]}
				""", JSON);
		assertThat(arrangement.year()).isEqualTo(2025);
		assertThat(arrangement.holidays()).containsExactly(new YearArrangement.Entry(LocalDate.of(2025, 1, 1), "元旦"));
		assertThat(arrangement.makeupWorkdays())
			.containsExactly(new YearArrangement.Entry(LocalDate.of(2025, 1, 26), "春节调休"));
	}

	@Test
	void listsEveryProblemAtOnceWithItsPath() {
		var problems = problems("""
				{"year":2025,"holiday":[],
				 "holidays":[{"date":"2025-02-30","name":"x"},{"date":"2026-03-01","name":"x"},{"date":"2025-05-01"},
				             {"date":"2025-05-02","name":"劳动节","extra":1},"2025-05-03",{"date":"2025-10-01","name":"国庆节"}],
				 "makeupWorkdays":[{"date":"2025-10-01","name":"调休"},{"date":"25-10-11","name":"调休"}]}
				""");
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("holiday", "holidays[0].date", "holidays[1].date", "holidays[2].name",
					"holidays[3].extra", "holidays[4]", "makeupWorkdays[0].date", "makeupWorkdays[1].date");
		assertThat(problems).extracting(FieldProblem::code)
			.contains("calendar.import.unknownField", "calendar.import.dateInvalid", "calendar.import.dateOutsideYear",
					"calendar.day.nameRequired", "calendar.import.entryNotObject", "calendar.import.duplicate");
	}

	@Test
	void refusesMalformedJson() {
		assertThat(problems("{\"year\":2025, \"holidays\": [")).extracting(FieldProblem::code)
			.containsExactly("calendar.import.syntax");
	}

	@Test
	void needsAYearInRange() {
		assertThat(problems("{\"holidays\":[]}")).extracting(FieldProblem::field).containsExactly("year");
		assertThat(problems("{\"year\":\"2025\"}")).extracting(FieldProblem::field).containsExactly("year");
		assertThat(problems("{\"year\":1800}")).extracting(FieldProblem::code)
			.containsExactly("calendar.import.year.outOfRange");
	}

	@Test
	void refusesWhatIsNotAnObjectOrNotAList() {
		assertThat(problems("[]")).extracting(FieldProblem::code).containsExactly("calendar.import.notObject");
		assertThat(problems("{\"year\":2025,\"holidays\":{}}")).extracting(FieldProblem::field).containsExactly("holidays");
	}

	@Test
	void acceptsAnEmptyYearWhichClearsIt() {
		assertThat(YearArrangement.parse("{\"year\":2030}", JSON).holidays()).isEmpty();
	}
}
