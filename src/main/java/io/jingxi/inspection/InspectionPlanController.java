package io.jingxi.inspection;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.inspection.PlanRequests.PlanRequest;
import io.jingxi.inspection.PlanView.PlanPerson;
import io.jingxi.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Inspection plans (检查计划) for those who manage inspections: list, create and revise, pause and
 * resume, preview the schedule (units × due dates), generate now, and the visits a plan generated.
 */
@RestController
@RequestMapping("/api/v1/inspection-plans")
@Validated
@PreAuthorize("hasAuthority('inspection:manage')")
class InspectionPlanController {

	private final PlanService plans;

	InspectionPlanController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping
	PageResult<PlanView> search(@RequestParam(required = false) @Nullable InspectionKind kind,
			@RequestParam(required = false) @Nullable PlanStatus status,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return plans.search(kind, status, q, page, size);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PlanView create(@Valid @RequestBody PlanRequest request) {
		return plans.create(request);
	}

	/** The schedule the settings would give over the next three periods, checked as saving checks them. */
	@PostMapping("/preview")
	SchedulePreview preview(@Valid @RequestBody PlanRequest request) {
		return plans.preview(request);
	}

	/** The accounts that may be assigned visits of the kind under the kind rules in force. */
	@GetMapping("/assignees")
	List<PlanPerson> assignees(@RequestParam InspectionKind kind) {
		return plans.assignees(kind);
	}

	@GetMapping("/{id}")
	PlanView get(@PathVariable long id) {
		return plans.get(id);
	}

	/** New settings for the periods still to generate; generated visits keep theirs. */
	@PutMapping("/{id}")
	PlanView update(@PathVariable long id, @Valid @RequestBody PlanRequest request) {
		return plans.update(id, request);
	}

	@PostMapping("/{id}/pause")
	PlanView pause(@PathVariable long id) {
		return plans.pause(id);
	}

	@PostMapping("/{id}/resume")
	PlanView resume(@PathVariable long id) {
		return plans.resume(id);
	}

	/** Generates the current and the coming period's visits now; a rerun creates nothing twice. */
	@PostMapping("/{id}/generate")
	GenerationResult generate(@PathVariable long id) {
		return plans.generate(id);
	}

	@GetMapping("/{id}/schedule")
	SchedulePreview schedule(@PathVariable long id) {
		return plans.schedule(id);
	}

	@GetMapping("/{id}/visits")
	PageResult<InspectionView> visits(@PathVariable long id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return plans.visits(id, page, size);
	}
}
