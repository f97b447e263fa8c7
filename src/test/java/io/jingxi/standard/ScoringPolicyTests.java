package io.jingxi.standard;

import static io.jingxi.standard.StandardFixtures.allRight;
import static io.jingxi.standard.StandardFixtures.critical;
import static io.jingxi.standard.StandardFixtures.measured;
import static io.jingxi.standard.StandardFixtures.n;
import static io.jingxi.standard.StandardFixtures.naAllowed;
import static io.jingxi.standard.StandardFixtures.points;
import static io.jingxi.standard.StandardFixtures.policy;
import static io.jingxi.standard.StandardFixtures.section;
import static io.jingxi.standard.StandardFixtures.version;
import static io.jingxi.standard.StandardFixtures.yesNo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jingxi.shared.DomainException;
import io.jingxi.standard.ScoreResult.Outcome;

class ScoringPolicyTests {

	@Test
	void eachKindOfItemLosesWhatItsRuleSaysAndTheTotalIsPointsOnAHundred() {
		var a1 = yesNo("A1", "10", "4");
		var a2 = points("A2", "5");
		var a3 = measured("A3", "5", "5", "℃", "18", "28");
		var version = version(CriticalEffect.ZERO, null, section("环境", null, a1, a2, a3));

		var result = policy().score(version,
				List.of(ItemAnswer.no(a1.id()), ItemAnswer.value(a2.id(), n("3")), ItemAnswer.value(a3.id(), n("30.5"))));

		assertThat(result.pointsPossible()).isEqualByComparingTo("20");
		assertThat(result.pointsEarned()).isEqualByComparingTo("9");
		assertThat(result.total()).isEqualByComparingTo("45");
		assertThat(result.items()).extracting(ScoreResult.ItemScore::outcome)
			.containsExactly(Outcome.NOT_MET, Outcome.SHORTFALL, Outcome.ABOVE_UPPER);
		assertThat(result.items()).extracting(ScoreResult.ItemScore::pointsLost)
			.usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.containsExactly(n("4"), n("2"), n("5"));
		assertThat(result.items().get(0).explanation())
			.isEqualTo("standard.score.line[A1, standard.score.answer.no, 4, standard.score.why.NOT_MET[4]]");
		assertThat(result.items().get(1).explanation())
			.isEqualTo("standard.score.line[A2, standard.score.answer.points[3], 2, standard.score.why.SHORTFALL[3, 5, 2]]");
		assertThat(result.items().get(2).answer()).isEqualTo("standard.score.answer.measured[30.5, ℃]");
		assertThat(result.items().get(2).explanation()).contains("standard.score.why.ABOVE_UPPER[18 ℃, 28 ℃, 5]");
		assertThat(result.sections().get(0).score()).isEqualByComparingTo("45");
		assertThat(result.sections().get(0).failedItems()).isEqualTo(3);
		assertThat(result.complete()).isTrue();
	}

	@Test
	void theResultNamesTheVersionItsRuleAndThePolicyThatScoredIt() {
		var item = yesNo("R1", "2", "2");
		var version = version(CriticalEffect.CAP, "60", section("一", null, item));

		var result = policy().score(version, List.of(ItemAnswer.yes(item.id())));

		assertThat(result.versionId()).isEqualTo(version.id());
		assertThat(result.standardCode()).isEqualTo("STD-T");
		assertThat(result.versionNumber()).isEqualTo(3);
		assertThat(result.rule().name()).isEqualTo("测试规则");
		assertThat(result.rule().version()).isEqualTo(3);
		assertThat(result.rule().effect()).isEqualTo(CriticalEffect.CAP);
		assertThat(result.policy()).isEqualTo(ScoringPolicy.ID);
		assertThat(result.policyVersion()).isEqualTo(ScoringPolicy.VERSION);
	}

	@Test
	void notApplicableItemsAreLeftOutOfThePossiblePoints() {
		var b1 = naAllowed(yesNo("B1", "10", "10"));
		var b2 = yesNo("B2", "10", "10");
		var b3 = yesNo("B3", "10", "5");
		var version = version(CriticalEffect.ZERO, null, section("一", null, b1, b2, b3));

		var result = policy().score(version,
				List.of(ItemAnswer.notApplicable(b1.id()), ItemAnswer.yes(b2.id()), ItemAnswer.no(b3.id())));

		assertThat(result.total()).isEqualByComparingTo("75");
		assertThat(result.pointsPossible()).isEqualByComparingTo("20");
		assertThat(result.notApplicable()).isEqualTo(1);
		assertThat(result.items().get(0).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
		assertThat(result.items().get(0).pointsLost()).isEqualByComparingTo("0");
	}

	@Test
	void weightedSectionsAverageTheirScoresAndASectionWithNothingToCountDropsOut() {
		var s1 = yesNo("S1", "10", "10");
		var s2 = yesNo("S2", "4", "4");
		var s3 = naAllowed(yesNo("S3", "6", "6"));
		var version = version(CriticalEffect.ZERO, null, section("甲", "30", s1), section("乙", "70", s2),
				section("丙", "50", s3));

		var result = policy().score(version,
				List.of(ItemAnswer.no(s1.id()), ItemAnswer.yes(s2.id()), ItemAnswer.notApplicable(s3.id())));

		assertThat(result.rule().weightedSections()).isTrue();
		assertThat(result.sections()).extracting(ScoreResult.SectionScore::score)
			.containsExactly(n("0"), n("100"), null);
		assertThat(result.total()).isEqualByComparingTo("70");
	}

	@Test
	void totalsAreRoundedHalfUpToTwoDecimalsAtTheEnd() {
		var c1 = yesNo("C1", "1", "1");
		var c2 = yesNo("C2", "1", "1");
		var c3 = yesNo("C3", "1", "1");
		var version = version(CriticalEffect.ZERO, null, section("一", null, c1, c2, c3));

		var result = policy().score(version,
				List.of(ItemAnswer.yes(c1.id()), ItemAnswer.yes(c2.id()), ItemAnswer.no(c3.id())));

		assertThat(result.total()).isEqualTo(n("66.67"));
	}

	@Test
	void aFailedCriticalItemZeroesTheVisitUnderTheZeroRule() {
		var ok = yesNo("Z1", "90", "90");
		var key = critical(yesNo("Z2", "10", "10"));
		var version = version(CriticalEffect.ZERO, null, section("一", null, ok, key));

		var result = policy().score(version, List.of(ItemAnswer.yes(ok.id()), ItemAnswer.no(key.id())));

		assertThat(result.totalBeforeRule()).isEqualByComparingTo("90");
		assertThat(result.total()).isEqualByComparingTo("0");
		assertThat(result.ruleApplied()).isTrue();
		assertThat(result.failedCriticalClauses()).containsExactly("Z2");
		assertThat(result.items().get(1).explanation()).endsWith("standard.score.criticalFailed[测试规则]");
	}

	@Test
	void aFailedCriticalItemCapsTheTotalUnderTheCapRuleAndLeavesALowerTotalAlone() {
		var ok = yesNo("P1", "90", "90");
		var key = critical(yesNo("P2", "10", "10"));
		var version = version(CriticalEffect.CAP, "60", section("一", null, ok, key));

		var capped = policy().score(version, List.of(ItemAnswer.yes(ok.id()), ItemAnswer.no(key.id())));
		var low = policy().score(version, List.of(ItemAnswer.no(ok.id()), ItemAnswer.no(key.id())));
		var passed = policy().score(version, List.of(ItemAnswer.yes(ok.id()), ItemAnswer.yes(key.id())));

		assertThat(capped.total()).isEqualByComparingTo("60");
		assertThat(capped.ruleApplied()).isTrue();
		assertThat(low.total()).isEqualByComparingTo("0");
		assertThat(passed.total()).isEqualByComparingTo("100");
		assertThat(passed.ruleApplied()).isFalse();
	}

	@Test
	void aCriticalItemAnsweredNotApplicableNeverTriggersTheRule() {
		var ok = yesNo("N1", "10", "10");
		var key = naAllowed(critical(yesNo("N2", "10", "10")));
		var version = version(CriticalEffect.ZERO, null, section("一", null, ok, key));

		var result = policy().score(version, List.of(ItemAnswer.yes(ok.id()), ItemAnswer.notApplicable(key.id())));

		assertThat(result.total()).isEqualByComparingTo("100");
		assertThat(result.ruleApplied()).isFalse();
	}

	@Test
	void unansweredItemsWaitOutsideTheDenominatorAndTheResultSaysItIsIncomplete() {
		var u1 = yesNo("U1", "10", "10");
		var u2 = yesNo("U2", "10", "10");
		var version = version(CriticalEffect.ZERO, null, section("一", null, u1, u2));

		var result = policy().score(version, List.of(ItemAnswer.yes(u1.id())));

		assertThat(result.complete()).isFalse();
		assertThat(result.unanswered()).isEqualTo(1);
		assertThat(result.total()).isEqualByComparingTo("100");
		assertThat(result.items().get(1).outcome()).isEqualTo(Outcome.UNANSWERED);
	}

	@Test
	void measuredValuesOnTheLimitsPassAndAOneSidedLimitChecksOnlyItsSide() {
		var range = measured("M1", "5", "2", "℃", "18", "28");
		var atMost = measured("M2", "5", "5", "小时", null, "24");
		var atLeast = measured("M3", "5", "5", "%", "95", null);
		var version = version(CriticalEffect.ZERO, null, section("一", null, range, atMost, atLeast));

		var result = policy().score(version, List.of(ItemAnswer.value(range.id(), n("18")),
				ItemAnswer.value(atMost.id(), n("24")), ItemAnswer.value(atLeast.id(), n("94.9"))));

		assertThat(result.items()).extracting(ScoreResult.ItemScore::outcome)
			.containsExactly(Outcome.WITHIN_LIMITS, Outcome.WITHIN_LIMITS, Outcome.BELOW_LOWER);
		assertThat(result.pointsEarned()).isEqualByComparingTo("10");
	}

	@Test
	void answersThatDoNotFitTheVersionAreAllRefusedAndNothingIsScored() {
		var yes = yesNo("E1", "5", "5");
		var pts = points("E2", "5");
		var meas = measured("E3", "5", "5", "℃", "18", "28");
		var version = version(CriticalEffect.ZERO, null, section("一", null, yes, pts, meas));

		assertThatThrownBy(() -> policy().score(version, List.of(
				new ItemAnswer(424242, true, null, false),
				ItemAnswer.value(pts.id(), n("5.5")),
				ItemAnswer.notApplicable(yes.id()),
				ItemAnswer.value(meas.id(), n("20")),
				ItemAnswer.value(meas.id(), n("21")))))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("standard.answer.invalid");
				assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field, DomainException.FieldProblem::code)
					.containsExactly(
							org.assertj.core.groups.Tuple.tuple("answers[0]", "standard.answer.unknownItem"),
							org.assertj.core.groups.Tuple.tuple("answers[1]", "standard.answer.pointsOutOfRange"),
							org.assertj.core.groups.Tuple.tuple("answers[2]", "standard.answer.naNotAllowed"),
							org.assertj.core.groups.Tuple.tuple("answers[4]", "standard.answer.duplicate"));
			});
	}

	@Test
	void theWrongKindOfAnswerIsRefused() {
		var yes = yesNo("K1", "5", "5");
		var pts = points("K2", "5");
		var version = version(CriticalEffect.ZERO, null, section("一", null, yes, pts));

		assertThatThrownBy(() -> policy().score(version,
				List.of(ItemAnswer.value(yes.id(), n("1")), new ItemAnswer(pts.id(), true, null, false))))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::code)
						.containsExactly("standard.answer.yesNoOnly", "standard.answer.valueOnly"));
		assertThatThrownBy(() -> policy().score(version, List.of(new ItemAnswer(yes.id(), null, null, false))))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::code)
						.containsExactly("standard.answer.yesNoRequired"));
	}

	@Test
	void everythingRightScoresAHundred() {
		var version = version(CriticalEffect.ZERO, null,
				section("一", null, yesNo("H1", "3", "1"), points("H2", "2.5"), measured("H3", "4", "4", "℃", "18", "28")));

		assertThat(policy().score(version, allRight(version)).total()).isEqualTo(n("100"));
	}
}
