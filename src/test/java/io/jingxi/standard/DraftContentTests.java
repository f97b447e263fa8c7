package io.jingxi.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;

/** The rules a draft's content obeys, each refused with the path of the field that breaks it. */
class DraftContentTests {

	static ItemInput yesNo(String clause, String points, String deduction) {
		return new ItemInput(clause, "检查" + clause, "YES_NO", false, new BigDecimal(points), new BigDecimal(deduction),
				null, null, null, false, false);
	}

	static DraftInput draft(SectionInput... sections) {
		return new DraftInput("ZERO", null, null, null, List.of(sections));
	}

	static List<FieldProblem> problems(DraftInput input) {
		try {
			DraftContent.parse(input);
		}
		catch (DomainException ex) {
			assertThat(ex.code()).isEqualTo("standard.draft.invalid");
			return ex.fieldProblems();
		}
		throw new AssertionError("the draft was accepted");
	}

	@Test
	void aSoundDraftIsAcceptedWithItsTextsStrippedAndNumbersPlain() {
		var content = DraftContent.parse(new DraftInput("cap", new BigDecimal("60.00"), " ", null, List.of(
				new SectionInput(" 外部环境 ", new BigDecimal("15.0"), List.of(yesNo(" 000-1 ", "3.50", "1"))),
				new SectionInput("内部环境", new BigDecimal("20"), List.of(new ItemInput("000-2", "温度适宜", "measured", true,
						new BigDecimal("3"), new BigDecimal("3"), "℃", new BigDecimal("18"), new BigDecimal("28"), true,
						true))))));

		assertThat(content.criticalEffect()).isEqualTo(CriticalEffect.CAP);
		assertThat(content.criticalCap()).isEqualTo(new BigDecimal("60"));
		assertThat(content.ruleName()).isEqualTo("关键项不合格，总分封顶 60 分");
		assertThat(content.sections().get(0).name()).isEqualTo("外部环境");
		assertThat(content.sections().get(0).weight()).isEqualTo(new BigDecimal("15"));
		assertThat(content.sections().get(0).items().get(0).clause()).isEqualTo("000-1");
		assertThat(content.sections().get(0).items().get(0).points()).isEqualTo(new BigDecimal("3.5"));
		assertThat(content.itemCount()).isEqualTo(2);
		assertThat(content.weighted()).isTrue();
		assertThat(content.totalPoints()).isEqualTo(new BigDecimal("6.5"));
	}

	@Test
	void aDeductionAboveTheItemsPointsIsRefusedOnThatField() {
		assertThat(problems(draft(new SectionInput("一", null, List.of(yesNo("A", "5", "6"))))))
			.extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("sections[0].items[0].deduction", "standard.item.deduction.range"));
	}

	@Test
	void everyProblemOfTheDraftIsReportedAtOnce() {
		var input = new DraftInput("CAP", null, null, null, List.of(
				new SectionInput("", null, List.of(yesNo("A", "0", "1"))),
				new SectionInput("二", null, List.of(
						new ItemInput("B", "", "SOMETIMES", null, new BigDecimal("2"), null, null, null, null, null, null),
						new ItemInput("C", "打分", "POINTS", null, new BigDecimal("5"), new BigDecimal("1"), null, null, null,
								null, null),
						new ItemInput("D", "测量", "MEASURED", null, new BigDecimal("5"), new BigDecimal("1"), null,
								new BigDecimal("30"), new BigDecimal("20"), null, null),
						new ItemInput("E", "是否", "YES_NO", null, new BigDecimal("5"), null, "℃", null, null, null, null)))));

		assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
				tuple("sections[0].name", "standard.field.required"),
				tuple("sections[0].items[0].points", "standard.item.points.range"),
				tuple("sections[0].items[0].deduction", "standard.item.deduction.range"),
				tuple("sections[1].items[0].text", "standard.field.required"),
				tuple("sections[1].items[0].answerType", "standard.item.answerType.invalid"),
				tuple("sections[1].items[1].deduction", "standard.item.deduction.notForPoints"),
				tuple("sections[1].items[2].unit", "standard.item.unit.required"),
				tuple("sections[1].items[2].upperLimit", "standard.item.limits.order"),
				tuple("sections[1].items[3].deduction", "standard.item.deduction.required"),
				tuple("sections[1].items[3].unit", "standard.item.measuredOnly"),
				tuple("criticalCap", "standard.rule.cap.required"));
	}

	@Test
	void aMeasuredItemNeedsALimit() {
		var input = draft(new SectionInput("一", null, List.of(new ItemInput("M", "测量", "MEASURED", null,
				new BigDecimal("5"), new BigDecimal("5"), "℃", null, null, null, null))));

		assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("sections[0].items[0].lowerLimit", "standard.item.limits.required"));
	}

	@Test
	void clauseReferencesAreUniqueWithinAVersion() {
		var input = draft(new SectionInput("一", null, List.of(yesNo("000-1", "2", "2"))),
				new SectionInput("二", null, List.of(yesNo("000-2", "2", "2"), yesNo("000-1", "2", "2"))));

		assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("sections[1].items[1].clause", "standard.item.clause.taken"));
	}

	@Test
	void eitherEverySectionHasAWeightOrNone() {
		var input = draft(new SectionInput("一", new BigDecimal("40"), List.of(yesNo("A", "2", "2"))),
				new SectionInput("二", null, List.of(yesNo("B", "2", "2"))));

		assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("sections[1].weight", "standard.section.weights.mixed"));
	}

	@Test
	void weightsAreAboveZeroAndSectionNamesUnique() {
		var input = draft(new SectionInput("一", new BigDecimal("0"), List.of(yesNo("A", "2", "2"))),
				new SectionInput("二", new BigDecimal("10"), List.of(yesNo("B", "2", "2"))),
				new SectionInput("二", new BigDecimal("10"), List.of(yesNo("C", "2", "2"))));

		assertThat(problems(input)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("sections[0].weight", "standard.section.weight.range"));
		var names = draft(new SectionInput("二", new BigDecimal("10"), List.of(yesNo("B", "2", "2"))),
				new SectionInput("二", new BigDecimal("10"), List.of(yesNo("C", "2", "2"))));
		assertThat(problems(names)).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(tuple("sections[1].name", "standard.section.nameTaken"));
	}

	@Test
	void theCapBelongsToTheCapRuleAndLiesBelowAHundred() {
		assertThat(problems(new DraftInput("ZERO", new BigDecimal("60"), null, null, List.of())))
			.extracting(FieldProblem::code).containsExactly("standard.rule.cap.onlyForCap");
		assertThat(problems(new DraftInput("CAP", new BigDecimal("100"), null, null, List.of())))
			.extracting(FieldProblem::code).containsExactly("standard.rule.cap.range");
		assertThat(problems(new DraftInput("HALVE", null, null, null, List.of())))
			.extracting(FieldProblem::code).containsExactly("standard.rule.effect.invalid");
	}

	@Test
	void anItemCannotBeBuiltAroundItsRules() {
		assertThatThrownBy(() -> new ItemSpec("A", "x", AnswerType.YES_NO, false, BigDecimal.ONE, BigDecimal.TEN, null,
				null, null, false, false))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.extracting(FieldProblem::field).containsExactly("deduction"));
		assertThatThrownBy(() -> new DraftContent(CriticalEffect.CAP, null, "", null, List.of()))
			.isInstanceOf(DomainException.class);
	}
}
