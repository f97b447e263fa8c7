package io.jingxi.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan as its list and editor show it, to users who manage plans: its settings with the names of
 * its standard, units and assignees, and how many of its visits are open and overdue.
 */
public record PlanView(long id, String name, InspectionKind kind, long standardId, String standardCode,
		String standardName, Recurrence recurrence, int visitsPerPeriod, LocalDate startDate,
		@Nullable LocalDate endDate, DueRule dueRule, int dueDays, AssigneeRule assigneeRule,
		@Nullable PlanPerson assignee, List<PlanPerson> pool, boolean announced, boolean hidden, PlanStatus status,
		List<PlanUnit> units, @Nullable PlanUnit subtreeRoot, @Nullable String subtreeUnitType, long openVisits,
		long overdueVisits, Instant createdAt, String createdBy, Instant updatedAt, @Nullable Instant lastGeneratedAt) {

	public PlanView {
		pool = List.copyOf(pool);
		units = List.copyOf(units);
	}

	/** A unit by id and name. */
	public record PlanUnit(long id, String name) {
	}

	/** An account by id, username and display name. */
	public record PlanPerson(long id, String username, String name) {
	}
}
