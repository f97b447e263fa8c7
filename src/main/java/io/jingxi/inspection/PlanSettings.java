package io.jingxi.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;

/**
 * A plan's settings, checked together: every problem is named by its field at once (400). Whether
 * the standard, the units and the assignees exist and fit the kind is checked by the service, which
 * needs other modules for it.
 */
record PlanSettings(String name, InspectionKind kind, long standardId, Recurrence recurrence, int visitsPerPeriod,
		LocalDate startDate, @Nullable LocalDate endDate, DueRule dueRule, int dueDays, AssigneeRule assigneeRule,
		@Nullable Long assigneeUserId, List<Long> pool, boolean announced, Set<Long> unitIds,
		@Nullable Long subtreeRootId, @Nullable String subtreeUnitType) {

	static final int MAX_NAME = 200;

	static final int MAX_VISITS = 31;

	static final int MAX_DUE_DAYS = 250;

	static final int MAX_POOL = 50;

	static final int MAX_UNITS = 500;

	PlanSettings {
		name = name.strip();
		pool = List.copyOf(pool);
		unitIds = Set.copyOf(unitIds);
		subtreeUnitType = subtreeUnitType == null || subtreeUnitType.isBlank() ? null : subtreeUnitType.strip();
		if (dueRule == DueRule.LAST_WORKING_DAY) {
			dueDays = 0;
		}
		if (assigneeRule != AssigneeRule.NAMED) {
			assigneeUserId = null;
		}
		if (assigneeRule != AssigneeRule.ROTATION) {
			pool = List.of();
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (name.isEmpty() || name.length() > MAX_NAME) {
			problems.add(new FieldProblem("name", "inspection.plan.name", MAX_NAME));
		}
		if (visitsPerPeriod < 1 || visitsPerPeriod > MAX_VISITS) {
			problems.add(new FieldProblem("visitsPerPeriod", "inspection.plan.visitsPerPeriod", MAX_VISITS));
		}
		if (recurrence == Recurrence.ONCE && endDate == null) {
			problems.add(new FieldProblem("endDate", "inspection.plan.onceNeedsEnd"));
		}
		if (endDate != null && endDate.isBefore(startDate)) {
			problems.add(new FieldProblem("endDate", "inspection.plan.endBeforeStart", startDate, endDate));
		}
		if (dueRule != DueRule.LAST_WORKING_DAY && (dueDays < 1 || dueDays > MAX_DUE_DAYS)) {
			problems.add(new FieldProblem("dueDays", "inspection.plan.dueDays", MAX_DUE_DAYS));
		}
		if (assigneeRule == AssigneeRule.NAMED && assigneeUserId == null) {
			problems.add(new FieldProblem("assigneeUserId", "inspection.plan.assigneeMissing"));
		}
		if (assigneeRule == AssigneeRule.ROTATION
				&& (pool.isEmpty() || pool.size() > MAX_POOL || new HashSet<>(pool).size() != pool.size())) {
			problems.add(new FieldProblem("pool", "inspection.plan.pool", MAX_POOL));
		}
		if (unitIds.isEmpty() && subtreeRootId == null) {
			problems.add(new FieldProblem("unitIds", "inspection.plan.noUnits"));
		}
		if (unitIds.size() > MAX_UNITS) {
			problems.add(new FieldProblem("unitIds", "inspection.plan.tooManyUnits", MAX_UNITS));
		}
		if (subtreeUnitType != null && (subtreeRootId == null || subtreeUnitType.length() > 64)) {
			problems.add(new FieldProblem("subtreeUnitType", "inspection.plan.unitTypeWithoutSubtree"));
		}
		if (!problems.isEmpty()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, problems, problems.get(0).code(), problems.get(0).args());
		}
	}

	/** Mystery-shopper visits are always hidden; other kinds when not announced. */
	boolean hidden() {
		return kind == InspectionKind.MYSTERY_SHOPPER || !announced;
	}
}
