package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the inspection endpoints. */
final class InspectionRequests {

	private InspectionRequests() {
	}

	/** A new visit of a unit against a standard's current published version. */
	record CreateVisitRequest(@NotNull Long unitId, @NotNull Long standardId, @NotNull InspectionKind kind,
			@NotNull LocalDate plannedDate) {
	}

	/** Answers to some of the version's items; each replaces an earlier answer to the same item. */
	record AnswersRequest(@NotNull @NotEmpty @Size(max = 1000) List<@Valid @NotNull AnswerInput> answers) {
	}

	/**
	 * One item's answer: yes/no, a value, or N/A, an optional note and an optional person of the visited
	 * unit responsible for it.
	 */
	record AnswerInput(@NotNull Long itemId, @Nullable Boolean compliant, @Nullable BigDecimal value,
			@Nullable Boolean notApplicable, @Nullable @Size(max = 1000) String note, @Nullable Long personId) {
	}
}
