package io.jingxi.inspection;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.standard.StandardVersionView;

/** A visit with the version it is scored against (sections and items) and its answers so far. */
public record InspectionDetails(InspectionView visit, StandardVersionView version, List<AnswerView> answers) {

	public InspectionDetails {
		answers = List.copyOf(answers);
	}

	/** One item's answer as saved, with the person of the visited unit named as responsible (if any). */
	public record AnswerView(long itemId, @Nullable Boolean compliant, @Nullable BigDecimal value,
			boolean notApplicable, @Nullable String note, @Nullable Long personId) {

		static AnswerView of(VisitAnswer answer) {
			return new AnswerView(answer.itemId(), answer.compliant(), answer.value(), answer.notApplicable(),
					answer.note(), answer.personId());
		}
	}
}
