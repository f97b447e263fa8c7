package io.jingxi.inspection;

import java.util.List;

import io.jingxi.inspection.SchedulePreview.ScheduleSkip;

/**
 * What a generation run of a plan did: the visits it created, how many slots already had their visit
 * (a rerun creates nothing twice), how many were already past due and left out, and the units it
 * skipped with the reason.
 */
public record GenerationResult(long planId, int created, int existing, int past, List<Long> visitIds,
		List<ScheduleSkip> skipped) {

	public GenerationResult {
		visitIds = List.copyOf(visitIds);
		skipped = List.copyOf(skipped);
	}
}
