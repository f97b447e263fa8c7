package io.jingxi.inspection;

import static io.jingxi.inspection.VisitTests.NOW;
import static io.jingxi.inspection.VisitTests.VERSION;
import static io.jingxi.inspection.VisitTests.draft;
import static io.jingxi.inspection.VisitTests.line;
import static io.jingxi.inspection.VisitTests.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

import io.jingxi.shared.DomainException;
import io.jingxi.standard.AnswerType;
import io.jingxi.standard.ItemAnswer;
import io.jingxi.standard.ScoreResult.Outcome;
import io.jingxi.standard.StandardItemView;

/** The aggregates and policies of corrections: findings overturned, amendments, appeals, the appeal policy. */
class CorrectionTests {

	static Finding finding(long id) {
		Finding finding = new Finding(1, 5, 2, "000-3.1-02", new BigDecimal("3"), "脏", 44L, NOW);
		ReflectionTestUtils.setField(finding, "id", id);
		return finding;
	}

	static Visit submitted() {
		Visit visit = draft();
		ReflectionTestUtils.setField(visit, "id", 1L);
		visit.answer(List.of(new VisitAnswer(1, true, null, false, null), new VisitAnswer(2, false, null, false, "脏")),
				NOW);
		visit.submit(score(VERSION, true, line(1, Outcome.MET, "0"), line(2, Outcome.NOT_MET, "3")), NOW);
		return visit;
	}

	@Test
	void aFindingIsOverturnedOnceAndSaysWhyAndHowManyPointsComeBack() {
		Finding finding = finding(7);

		FindingOverturned overturned = finding.overturn(FindingOverturned.Cause.APPEAL, NOW);

		assertThat(overturned.findingId()).isEqualTo(7);
		assertThat(overturned.pointsRestored()).isEqualByComparingTo("3");
		assertThat(overturned.cause()).isEqualTo(FindingOverturned.Cause.APPEAL);
		assertThat(finding.standing()).isFalse();
		assertThat(finding.upheldOnAppeal()).isTrue();
		assertThat(finding.summary().overturned()).isTrue();
		assertThatThrownBy(() -> finding.overturn(FindingOverturned.Cause.AMENDMENT, NOW))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT));
	}

	@Test
	void aFindingOverturnedByAnAmendmentIsNotCountedAsMetLater() {
		Finding finding = finding(8);
		finding.overturn(FindingOverturned.Cause.AMENDMENT, NOW);
		assertThat(finding.upheldOnAppeal()).isFalse();
	}

	@Test
	void onlyASubmittedVisitIsAmendedAndRestatedAndItIsThenAmended() {
		Visit draft = draft();
		assertThatThrownBy(() -> draft.amendAnswers(List.of(new VisitAnswer(1, false, null, false, null)), NOW))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("inspection.notSubmitted"));

		Visit visit = submitted();
		visit.amendAnswers(List.of(new VisitAnswer(2, true, null, false, null)), NOW.plusSeconds(60));
		visit.restate(score(VERSION, true, line(1, Outcome.MET, "0"), line(2, Outcome.MET, "0")),
				Map.of(2L, "申诉成立。"), NOW.plusSeconds(60));

		assertThat(visit.status()).isEqualTo(VisitStatus.AMENDED);
		assertThat(visit.answers()).filteredOn(a -> a.itemId() == 2).singleElement()
			.satisfies(a -> assertThat(a.compliant()).isTrue());
		assertThat(visit.lines()).filteredOn(l -> l.itemId() == 2).singleElement()
			.satisfies(l -> assertThat(l.explanation()).startsWith("申诉成立。 "));
		assertThat(visit.submittedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> visit.restate(score(VERSION, false, line(1, Outcome.MET, "0")), Map.of(), NOW))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void anAmendmentNeedsAReasonAndAChange() {
		Visit visit = submitted();
		var line = new Amendment.Line(2, "000-3.1-02", "否", "是", "脏", null, BigDecimal.ZERO, new BigDecimal("3"),
				true, false);
		assertThatThrownBy(() -> new Amendment(visit, " ", 1, "质量经理", NOW, BigDecimal.TEN, BigDecimal.ONE, List.of(line)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("reason"));
		assertThatThrownBy(() -> new Amendment(visit, "x".repeat(1001), 1, "质量经理", NOW, BigDecimal.TEN, BigDecimal.ONE,
				List.of(line))).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> new Amendment(visit, "复核", 1, "质量经理", NOW, BigDecimal.TEN, BigDecimal.ONE, List.of()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("inspection.amendment.noChange"));
	}

	@Test
	void anAppealIsFiledBeforeItsDeadlineAndDecidedOnce() {
		AppealPolicy policy = new AppealPolicy(2, 3);
		Instant deadline = NOW.plusSeconds(3600);
		assertThatThrownBy(() -> new Appeal(finding(7), "有误", 11, "甲", deadline.plusSeconds(1), deadline, policy,
				"2026-11-21 17:00"))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("inspection.appeal.late");
				assertThat(ex.args()).containsExactly("2026-11-21 17:00", 3);
			});
		assertThatThrownBy(() -> new Appeal(finding(7), "", 11, "甲", NOW, deadline, policy, ""))
			.isInstanceOf(DomainException.class);

		Appeal appeal = new Appeal(finding(7), " 有误 ", 11, "甲", deadline, deadline, policy, "");
		ReflectionTestUtils.setField(appeal, "id", 3L);
		assertThat(appeal.status()).isEqualTo(AppealStatus.OPEN);
		AppealView view = appeal.view("甲单位");
		assertThat(view.reason()).isEqualTo("有误");
		assertThat(view.policyVersion()).isEqualTo(2);
		assertThat(view.workingDays()).isEqualTo(3);

		assertThatThrownBy(() -> appeal.reject(" ", 1, "质量经理", NOW)).isInstanceOf(DomainException.class);
		assertThat(appeal.status()).isEqualTo(AppealStatus.OPEN);
		appeal.uphold("属实", 1, "质量经理", NOW, new BigDecimal("60"), new BigDecimal("98"));
		assertThat(appeal.status()).isEqualTo(AppealStatus.UPHELD);
		assertThat(appeal.view("").newTotal()).isEqualByComparingTo("98");
		assertThatThrownBy(() -> appeal.reject("改判", 1, "质量经理", NOW))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("inspection.appeal.decided"));
	}

	@Test
	void theAppealPolicyAllowsOneToSixtyWorkingDays() {
		assertThatThrownBy(() -> new AppealPolicy(1, 0)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.fieldProblems().get(0).field()).isEqualTo("workingDays"));
		assertThatThrownBy(() -> new AppealPolicy(1, 61)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> new AppealPolicy(0, 3)).isInstanceOf(IllegalArgumentException.class);
		assertThat(new AppealPolicy(1, 60).workingDays()).isEqualTo(60);
	}

	@Test
	void anUpheldItemCountsAsFullyMetWhateverItsAnswerType() {
		var yesNo = item(1, AnswerType.YES_NO, null, null);
		var points = item(2, AnswerType.POINTS, null, null);
		var above = item(3, AnswerType.MEASURED, new BigDecimal("18"), new BigDecimal("26"));
		var upperOnly = item(4, AnswerType.MEASURED, null, new BigDecimal("15"));

		assertThat(Rescoring.met(yesNo, ItemAnswer.no(1))).isEqualTo(ItemAnswer.yes(1));
		assertThat(Rescoring.met(points, ItemAnswer.value(2, BigDecimal.ZERO)).value()).isEqualByComparingTo("5");
		assertThat(Rescoring.met(above, ItemAnswer.value(3, new BigDecimal("30"))).value()).isEqualByComparingTo("18");
		assertThat(Rescoring.met(upperOnly, ItemAnswer.value(4, new BigDecimal("30"))).value()).isEqualByComparingTo("15");
		assertThat(Rescoring.met(yesNo, ItemAnswer.notApplicable(1))).isEqualTo(ItemAnswer.notApplicable(1));
	}

	static StandardItemView item(long id, AnswerType type, BigDecimal lower, BigDecimal upper) {
		return new StandardItemView(id, 1, "C-" + id, "item", type, true, new BigDecimal("5"),
				type == AnswerType.POINTS ? null : new BigDecimal("5"), type == AnswerType.MEASURED ? "℃" : null, lower,
				upper, false, false);
	}
}
