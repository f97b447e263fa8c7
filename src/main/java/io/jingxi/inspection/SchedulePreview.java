package io.jingxi.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan's schedule, units by due dates: the visits its next periods would have (or have, once
 * generated: {@code visitId}), and the units for which a period gets no visit, with the reason.
 * {@code past}: due before now, so generating skips it. {@code truncated}: more rows than shown.
 */
public record SchedulePreview(List<ScheduleRow> rows, List<ScheduleSkip> skipped, boolean truncated) {

	public SchedulePreview {
		rows = List.copyOf(rows);
		skipped = List.copyOf(skipped);
	}

	/** One visit of a period for a unit. */
	public record ScheduleRow(long unitId, String unitName, String periodKey, LocalDate periodStart,
			LocalDate periodEnd, int sequence, LocalDate dueDate, Instant dueAt, @Nullable Long assigneeId,
			@Nullable String assigneeName, boolean past, @Nullable Long visitId) {
	}

	/** A unit's period without a visit, and why (in the request's language). */
	public record ScheduleSkip(long unitId, String unitName, String periodKey, String reason) {
	}
}
