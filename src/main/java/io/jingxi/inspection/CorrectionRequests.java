package io.jingxi.inspection;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.inspection.InspectionRequests.AnswerInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the amendment and appeal endpoints; reasons are checked (and refused, localized) by the domain. */
final class CorrectionRequests {

	private CorrectionRequests() {
	}

	/** An amendment: the reason and the changed answers. */
	record AmendRequest(@Nullable String reason,
			@NotNull @NotEmpty @Size(max = 1000) List<@Valid @NotNull AnswerInput> answers) {
	}

	/** An appeal's or a decision's reason. */
	record ReasonRequest(@Nullable String reason) {
	}

	/** A new version of the appeal policy. */
	record AppealPolicyRequest(@NotNull Integer workingDays) {
	}
}
