package io.jingxi.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import io.jingxi.shared.DomainException;
import io.jingxi.standard.AnswerType;
import io.jingxi.standard.CriticalEffect;
import io.jingxi.standard.ScoreResult;
import io.jingxi.standard.ScoreResult.ItemScore;
import io.jingxi.standard.ScoreResult.Outcome;
import io.jingxi.standard.ScoreResult.SectionScore;
import io.jingxi.standard.ScoringRule;

class VisitTests {

	static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

	static final long VERSION = 77;

	static Visit draft() {
		return new Visit(5, InspectionKind.MYSTERY_SHOPPER, 3, VERSION, 9, "暗访员", LocalDate.of(2026, 11, 23), NOW);
	}

	static ScoreResult score(long versionId, boolean complete, ItemScore... items) {
		var rule = new ScoringRule("关键项封顶", 1, CriticalEffect.CAP, new BigDecimal("60"), true);
		return new ScoreResult(versionId, 3, "BH", 1, rule, "default-scoring", 2, new BigDecimal("83.33"),
				new BigDecimal("83.33"), false, List.of(), new BigDecimal("6"), new BigDecimal("5"), items.length, 0,
				complete ? 0 : 1, complete,
				List.of(new SectionScore(1, "外部环境", null, new BigDecimal("6"), new BigDecimal("5"),
						new BigDecimal("83.33"), 1)),
				List.of(items));
	}

	static ItemScore line(long itemId, Outcome outcome, String lost) {
		return new ItemScore(itemId, 1, "000-3.1-0" + itemId, AnswerType.YES_NO, outcome, "否", new BigDecimal("3"),
				new BigDecimal("3").subtract(new BigDecimal(lost)), new BigDecimal(lost), false, "[000-3.1-0" + itemId + "]");
	}

	@Test
	void answersReplaceEarlierAnswersToTheSameItem() {
		Visit visit = draft();
		visit.answer(List.of(new VisitAnswer(1, true, null, false, null), new VisitAnswer(2, false, null, false, " 脏 ")),
				NOW);
		visit.answer(List.of(new VisitAnswer(1, false, null, false, "灯坏了")), NOW.plusSeconds(60));
		assertThat(visit.answers()).extracting(VisitAnswer::itemId).containsExactly(1L, 2L);
		assertThat(visit.answers().get(0).compliant()).isFalse();
		assertThat(visit.answers().get(0).note()).isEqualTo("灯坏了");
		assertThat(visit.answers().get(1).note()).isEqualTo("脏");
		assertThat(visit.updatedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void aBlankNoteIsNoNoteAndALongOneIsRefused() {
		assertThat(new VisitAnswer(1, true, null, false, "   ").note()).isNull();
		assertThatThrownBy(() -> new VisitAnswer(1, true, null, false, "x".repeat(1001)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("inspection.answer.noteTooLong"));
	}

	@Test
	void submittingStoresTheScoreLineByLineWithItsRuleAndPolicy() {
		Visit visit = draft();
		visit.submit(score(VERSION, true, line(1, Outcome.MET, "0"), line(2, Outcome.NOT_MET, "3")),
				NOW.plusSeconds(600));
		assertThat(visit.status()).isEqualTo(VisitStatus.SUBMITTED);
		assertThat(visit.submittedAt()).isEqualTo(NOW.plusSeconds(600));
		assertThat(visit.total()).isEqualByComparingTo("83.33");
		assertThat(visit.ruleName()).isEqualTo("关键项封顶");
		assertThat(visit.ruleVersion()).isEqualTo(1);
		assertThat(visit.policy()).isEqualTo("default-scoring");
		assertThat(visit.policyVersion()).isEqualTo(2);
		assertThat(visit.sections()).extracting(SectionLine::name).containsExactly("外部环境");
		assertThat(visit.lines()).extracting(ItemLine::failed).containsExactly(false, true);
		assertThat(visit.lines().get(1).pointsLost()).isEqualByComparingTo("3");
	}

	@Test
	void anIncompleteVisitCannotBeSubmitted() {
		Visit visit = draft();
		assertThatThrownBy(() -> visit.submit(score(VERSION, false, line(1, Outcome.UNANSWERED, "0")), NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(e.code()).isEqualTo("inspection.incomplete");
			});
		assertThat(visit.status()).isEqualTo(VisitStatus.DRAFT);
		assertThat(visit.lines()).isEmpty();
	}

	@Test
	void aScoreOfAnotherVersionIsNeverStored() {
		Visit visit = draft();
		assertThatThrownBy(() -> visit.submit(score(VERSION + 1, true, line(1, Outcome.MET, "0")), NOW))
			.isInstanceOf(IllegalStateException.class);
		assertThat(visit.status()).isEqualTo(VisitStatus.DRAFT);
	}

	@Test
	void aSubmittedVisitTakesNoMoreAnswersNorASecondSubmit() {
		Visit visit = draft();
		visit.submit(score(VERSION, true, line(1, Outcome.MET, "0")), NOW);
		assertThatThrownBy(() -> visit.answer(List.of(new VisitAnswer(1, false, null, false, null)), NOW))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(e.code()).isEqualTo("inspection.notDraft");
			});
		assertThatThrownBy(() -> visit.submit(score(VERSION, true, line(1, Outcome.NOT_MET, "3")), NOW))
			.isInstanceOf(DomainException.class);
		assertThat(visit.lines()).extracting(ItemLine::failed).containsExactly(false);
	}
}
