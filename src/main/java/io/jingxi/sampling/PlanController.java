package io.jingxi.sampling;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The plan calculator: GB/T 2828.1 single sampling plans for any lot size, level, AQL and severity. */
@RestController
@RequestMapping("/api/v1/sampling")
class PlanController {

	private final SamplingService sampling;

	PlanController(SamplingService sampling) {
		this.sampling = sampling;
	}

	@GetMapping("/plan")
	@PreAuthorize("hasAuthority('sampling:read')")
	SamplingPlan plan(@RequestParam(required = false) @Nullable String lotSize,
			@RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String aql,
			@RequestParam(required = false) @Nullable String severity) {
		return sampling.plan(lotSize, level, aql, severity);
	}

	/** What the plan calculator and the item settings may choose from. */
	record SamplingOptions(List<String> levels, List<String> aqls, List<String> severities) {
	}

	@GetMapping("/options")
	@PreAuthorize("hasAuthority('sampling:read')")
	SamplingOptions options() {
		return new SamplingOptions(InspectionLevel.labels(), Aql.VALUES, SamplingService.SEVERITIES);
	}
}
