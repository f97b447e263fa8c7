package io.jingxi.inspection;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import io.jingxi.standard.AnswerType;
import io.jingxi.standard.ScoreResult.ItemScore;
import io.jingxi.standard.ScoreResult.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a submitted visit's explanation: an item's answer, points and why, as scored. */
@Embeddable
record ItemLine(@Column(name = "item_id") long itemId, @Column(name = "section_id") long sectionId,
		@Column(name = "clause") String clause,
		@Column(name = "answer_type") @Enumerated(EnumType.STRING) AnswerType answerType,
		@Column(name = "outcome") @Enumerated(EnumType.STRING) Outcome outcome, @Column(name = "answer") String answer,
		@Column(name = "points_possible") BigDecimal pointsPossible,
		@Column(name = "points_earned") BigDecimal pointsEarned, @Column(name = "points_lost") BigDecimal pointsLost,
		@Column(name = "critical") boolean critical, @Column(name = "explanation") String explanation) {

	static ItemLine of(ItemScore item) {
		return new ItemLine(item.itemId(), item.sectionId(), item.clause(), item.answerType(), item.outcome(),
				item.answer(), item.pointsPossible(), item.pointsEarned(), item.pointsLost(), item.critical(),
				item.explanation());
	}

	/** The line with a text put before its explanation (an upheld appeal's), cut to the column's length. */
	ItemLine explainedFirstBy(@Nullable String first) {
		if (first == null || first.isBlank()) {
			return this;
		}
		String text = first + " " + explanation;
		return new ItemLine(itemId, sectionId, clause, answerType, outcome, answer, pointsPossible, pointsEarned,
				pointsLost, critical, text.length() > 2000 ? text.substring(0, 2000) : text);
	}

	boolean failed() {
		return outcome.failed();
	}
}
