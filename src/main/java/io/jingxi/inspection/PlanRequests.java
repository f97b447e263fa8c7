package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the plan, kind-policy and publication endpoints. */
final class PlanRequests {

	private PlanRequests() {
	}

	/**
	 * A plan's settings: units are the chosen {@code unitIds} and/or the active units of the subtree
	 * under {@code subtreeRootId} (of {@code subtreeUnitType} only, when given); {@code dueDays} is the
	 * due rule's n; {@code assigneeUserId} names the assignee of a NAMED plan, {@code pool} the people of
	 * a ROTATION plan in turn; {@code announced} defaults to true (mystery-shopper plans never are).
	 */
	record PlanRequest(@NotBlank @Size(max = PlanSettings.MAX_NAME) String name, @NotNull InspectionKind kind,
			@NotNull Long standardId, @NotNull Recurrence recurrence, @Nullable Integer visitsPerPeriod,
			@NotNull LocalDate startDate, @Nullable LocalDate endDate, @NotNull DueRule dueRule,
			@Nullable Integer dueDays, @NotNull AssigneeRule assigneeRule, @Nullable Long assigneeUserId,
			@Nullable @Size(max = PlanSettings.MAX_POOL) List<@NotNull Long> pool, @Nullable Boolean announced,
			@Nullable @Size(max = PlanSettings.MAX_UNITS) List<@NotNull Long> unitIds, @Nullable Long subtreeRootId,
			@Nullable @Size(max = 64) String subtreeUnitType) {

		PlanSettings settings() {
			return new PlanSettings(name, kind, standardId, recurrence, visitsPerPeriod == null ? 1 : visitsPerPeriod,
					startDate, endDate, dueRule, dueDays == null ? 0 : dueDays, assigneeRule, assigneeUserId,
					pool == null ? List.of() : pool, kind != InspectionKind.MYSTERY_SHOPPER && !Boolean.FALSE.equals(announced),
					unitIds == null ? java.util.Set.of() : java.util.Set.copyOf(unitIds), subtreeRootId, subtreeUnitType);
		}
	}

	/** A new version of the kind rules, based on the version the editor read. */
	record KindPolicyRequest(@NotNull Integer basedOnVersion,
			@NotNull @NotEmpty @Size(max = 20) List<@Valid @NotNull KindRuleInput> rules,
			@Nullable @Size(max = 500) String note) {
	}

	/** One kind's rule. */
	record KindRuleInput(@NotNull InspectionKind kind, @NotBlank @Size(max = 64) String permission,
			@NotNull UnitRule unitRule, boolean assignedOnly, @NotNull BigDecimal weight) {
	}

	/** Hidden visits whose results are to be published. */
	record PublishRequest(@NotNull @NotEmpty @Size(max = 200) List<@NotNull Long> visitIds) {
	}
}
