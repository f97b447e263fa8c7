package io.jingxi.inspection;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.standard.AnswerType;
import io.jingxi.standard.ScoreResult;
import io.jingxi.standard.ScoreResult.Outcome;

/**
 * A visit's score explained line by line: for a submitted visit the score stored when it was
 * submitted (with the scoring rule and policy that computed it), for a draft the running score of
 * the answers so far ({@code submitted} false, {@code complete} false while items are unanswered).
 */
public record InspectionScoreView(long visitId, VisitStatus status, boolean submitted, boolean complete,
		long versionId, BigDecimal total, BigDecimal totalBeforeRule, boolean ruleApplied, String ruleName,
		int ruleVersion, String policy, int policyVersion, BigDecimal pointsPossible, BigDecimal pointsEarned,
		List<SectionView> sections, List<LineView> lines) {

	public InspectionScoreView {
		sections = List.copyOf(sections);
		lines = List.copyOf(lines);
	}

	/** A section's score on 100 (null when none of its items counts). */
	public record SectionView(long sectionId, String name, @Nullable BigDecimal weight, BigDecimal pointsPossible,
			BigDecimal pointsEarned, @Nullable BigDecimal score, int failedItems) {
	}

	/** One item's line: its answer, points possible, earned and lost, and why. */
	public record LineView(long itemId, long sectionId, String clause, AnswerType answerType, Outcome outcome,
			boolean failed, String answer, BigDecimal pointsPossible, BigDecimal pointsEarned, BigDecimal pointsLost,
			boolean critical, String explanation) {
	}

	static InspectionScoreView stored(Visit visit) {
		return new InspectionScoreView(visit.id(), visit.status(), true, true, visit.versionId(),
				nonNull(visit.total()), nonNull(visit.totalBeforeRule()), visit.ruleApplied(), text(visit.ruleName()),
				visit.ruleVersion() == null ? 0 : visit.ruleVersion(), text(visit.policy()),
				visit.policyVersion() == null ? 0 : visit.policyVersion(), nonNull(visit.pointsPossible()),
				nonNull(visit.pointsEarned()),
				visit.sections().stream().map(s -> new SectionView(s.sectionId(), s.name(), s.weight(),
						s.pointsPossible(), s.pointsEarned(), s.score(), s.failedItems())).toList(),
				visit.lines().stream().map(l -> new LineView(l.itemId(), l.sectionId(), l.clause(), l.answerType(),
						l.outcome(), l.failed(), l.answer(), l.pointsPossible(), l.pointsEarned(), l.pointsLost(),
						l.critical(), l.explanation())).toList());
	}

	static InspectionScoreView running(Visit visit, ScoreResult score) {
		return new InspectionScoreView(visit.id(), visit.status(), false, score.complete(), score.versionId(),
				score.total(), score.totalBeforeRule(), score.ruleApplied(), score.rule().name(),
				score.rule().version(), score.policy(), score.policyVersion(), score.pointsPossible(),
				score.pointsEarned(),
				score.sections().stream().map(s -> new SectionView(s.sectionId(), s.name(), s.weight(),
						s.pointsPossible(), s.pointsEarned(), s.score(), s.failedItems())).toList(),
				score.items().stream().map(l -> new LineView(l.itemId(), l.sectionId(), l.clause(), l.answerType(),
						l.outcome(), l.failed(), l.answer(), l.pointsPossible(), l.pointsEarned(), l.pointsLost(),
						l.critical(), l.explanation())).toList());
	}

	private static BigDecimal nonNull(@Nullable BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
