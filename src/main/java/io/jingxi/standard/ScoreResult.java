package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A visit scored against a standard version, explained line by line: the total on 100 after the
 * critical-item rule ({@code totalBeforeRule} before it), each section's score, and for every item
 * its answer, points possible, earned and lost and why. The version, its scoring rule and the policy
 * that computed the numbers (id and version) are recorded so that a result can always say where it
 * came from. Items answered N/A are left out of the possible points; unanswered items too, and then
 * {@code complete} is false.
 */
public record ScoreResult(long versionId, long standardId, String standardCode, int versionNumber, ScoringRule rule,
		String policy, int policyVersion, BigDecimal total, BigDecimal totalBeforeRule, boolean ruleApplied,
		List<String> failedCriticalClauses, BigDecimal pointsPossible, BigDecimal pointsEarned, int answered,
		int notApplicable, int unanswered, boolean complete, List<SectionScore> sections, List<ItemScore> items) {

	public ScoreResult {
		failedCriticalClauses = List.copyOf(failedCriticalClauses);
		sections = List.copyOf(sections);
		items = List.copyOf(items);
	}

	/** A section's points and its score on 100 (null when none of its items counts). */
	public record SectionScore(long sectionId, String name, @Nullable BigDecimal weight, BigDecimal pointsPossible,
			BigDecimal pointsEarned, @Nullable BigDecimal score, int failedItems) {
	}

	/** One item's line of the explanation. {@code answer} is the answer as a reader would say it. */
	public record ItemScore(long itemId, long sectionId, String clause, AnswerType answerType, Outcome outcome,
			String answer, BigDecimal pointsPossible, BigDecimal pointsEarned, BigDecimal pointsLost, boolean critical,
			String explanation) {

		public boolean failed() {
			return outcome.failed();
		}
	}

	/** Why an item earned what it earned. */
	public enum Outcome {

		/** A YES_NO item was met. */
		MET(false),
		/** A YES_NO item was not met: it loses its deduction. */
		NOT_MET(true),
		/** A POINTS item got its full points. */
		FULL_POINTS(false),
		/** A POINTS item got less than its full points: it loses the shortfall. */
		SHORTFALL(true),
		/** A MEASURED value lay within the limits. */
		WITHIN_LIMITS(false),
		/** A MEASURED value lay below the lower limit: it loses its deduction. */
		BELOW_LOWER(true),
		/** A MEASURED value lay above the upper limit: it loses its deduction. */
		ABOVE_UPPER(true),
		/** Not applicable (不适用): left out of the possible points. */
		NOT_APPLICABLE(false),
		/** Not answered yet: left out until it is. */
		UNANSWERED(false);

		private final boolean failed;

		Outcome(boolean failed) {
			this.failed = failed;
		}

		public boolean failed() {
			return failed;
		}
	}
}
