package io.jingxi.inspection;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.inspection.PlanRequests.PublishRequest;
import io.jingxi.shared.Actors;
import io.jingxi.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What a person has to do and what waits for publication: "my assignments" (the visits whose
 * inspector the signed-in user is, soonest due first, overdue flagged) for everyone who conducts
 * visits, and the hidden results awaiting publication for quality managers.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Validated
class AssignmentController {

	private final InspectionService inspections;

	private final PublicationService publications;

	private final Actors actors;

	AssignmentController(InspectionService inspections, PublicationService publications, Actors actors) {
		this.inspections = inspections;
		this.publications = publications;
		this.actors = actors;
	}

	/** The signed-in user's visits: open ones (drafts) unless {@code done} asks for the submitted ones. */
	@GetMapping("/assignments")
	@PreAuthorize("hasAuthority('inspection:read')")
	PageResult<InspectionView> assignments(@RequestParam(defaultValue = "false") boolean done,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		long me = actors.current().userId();
		Specification<Visit> mine = (root, query, cb) -> cb.and(cb.equal(root.get("inspectorUserId"), me),
				done ? cb.notEqual(root.get("status"), VisitStatus.DRAFT) : cb.equal(root.get("status"), VisitStatus.DRAFT));
		Sort order = done ? Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))
				: Sort.by(Sort.Order.asc("slot.dueDate"), Sort.Order.asc("plannedDate"), Sort.Order.asc("id"));
		return inspections.page(mine, PageRequest.of(page, size, order));
	}

	/** Submitted hidden results not yet published, oldest first. */
	@GetMapping("/publications")
	@PreAuthorize("hasAuthority('inspection:manage')")
	PageResult<InspectionView> awaitingPublication(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return publications.awaiting(page, size);
	}

	/** Publishes hidden results (all or none) to their units; their events are raised now. */
	@PostMapping("/publish")
	@PreAuthorize("hasAuthority('inspection:manage')")
	List<InspectionView> publish(@Valid @RequestBody PublishRequest request) {
		return publications.publish(request.visitIds());
	}
}
