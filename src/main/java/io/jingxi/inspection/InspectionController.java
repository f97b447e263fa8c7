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

import io.jingxi.inspection.InspectionRequests.AnswersRequest;
import io.jingxi.inspection.InspectionRequests.CreateVisitRequest;
import io.jingxi.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Inspection visits: create one against a standard's current version, answer it as a draft, submit
 * it, and read visits, their answers, findings and the score explained line by line.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Validated
class InspectionController {

	/** Any of the permissions a kind rule may ask of whoever conducts a visit; the kind rules decide the rest. */
	static final String CONDUCTS = "hasAnyAuthority('inspection:conduct', 'inspection:self', 'inspection:mystery', "
			+ "'inspection:external', 'inspection:third-party', 'inspection:manage')";

	private final InspectionService inspections;

	InspectionController(InspectionService inspections) {
		this.inspections = inspections;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(CONDUCTS)
	InspectionDetails create(@Valid @RequestBody CreateVisitRequest request) {
		return inspections.create(request.unitId(), request.standardId(), request.kind(), request.plannedDate(),
				!Boolean.FALSE.equals(request.announced()));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('inspection:read')")
	PageResult<InspectionView> search(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable InspectionKind kind,
			@RequestParam(required = false) @Nullable VisitStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return inspections.search(unitId, kind, status, page, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('inspection:read')")
	InspectionDetails get(@PathVariable long id) {
		return inspections.details(id);
	}

	/** Saves answers to a draft; every answer that does not fit the version is named at once (400), nothing saved. */
	@PutMapping("/{id}/answers")
	@PreAuthorize(CONDUCTS)
	InspectionDetails answer(@PathVariable long id, @Valid @RequestBody AnswersRequest request) {
		return inspections.answer(id, request.answers());
	}

	/** Scores the complete answers and closes the visit; 409 while items are unanswered or once submitted. */
	@PostMapping("/{id}/submit")
	@PreAuthorize(CONDUCTS)
	InspectionDetails submit(@PathVariable long id) {
		return inspections.submit(id);
	}

	@GetMapping("/{id}/score")
	@PreAuthorize("hasAuthority('inspection:read')")
	InspectionScoreView score(@PathVariable long id) {
		return inspections.score(id);
	}

	@GetMapping("/{id}/findings")
	@PreAuthorize("hasAuthority('inspection:read')")
	List<FindingSummary> findings(@PathVariable long id) {
		return inspections.findingsOf(id);
	}
}
