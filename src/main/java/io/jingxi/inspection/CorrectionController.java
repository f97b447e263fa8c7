package io.jingxi.inspection;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.inspection.CorrectionRequests.AmendRequest;
import io.jingxi.inspection.CorrectionRequests.AppealPolicyRequest;
import io.jingxi.inspection.CorrectionRequests.ReasonRequest;
import io.jingxi.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Corrections of submitted visits: amendments (更正) by a quality manager, appeals (申诉) of findings by
 * the visited unit and their decision, and the appeal policy (how many working days a unit has).
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Validated
class CorrectionController {

	private final AmendmentService amendments;

	private final AppealService appeals;

	CorrectionController(AmendmentService amendments, AppealService appeals) {
		this.amendments = amendments;
		this.appeals = appeals;
	}

	/** Amends a submitted visit: the changed answers with a reason; the visit is re-scored. */
	@PostMapping("/{id}/amend")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:manage')")
	AmendmentView amend(@PathVariable long id, @Valid @RequestBody AmendRequest request) {
		return amendments.amend(id, request.reason(), request.answers());
	}

	@GetMapping("/{id}/amendments")
	@PreAuthorize("hasAuthority('inspection:read')")
	List<AmendmentView> amendments(@PathVariable long id) {
		return amendments.ofVisit(id);
	}

	@GetMapping("/{id}/appeals")
	@PreAuthorize("hasAuthority('inspection:read')")
	List<AppealView> appealsOfVisit(@PathVariable long id) {
		return appeals.ofVisit(id);
	}

	/** Whether the finding can still be appealed, until when, and by which policy version. */
	@GetMapping("/findings/{findingId}/appeal-window")
	@PreAuthorize("hasAuthority('inspection:read')")
	AppealWindowView appealWindow(@PathVariable long findingId) {
		return appeals.window(findingId);
	}

	/** The visited unit appeals a finding, with a reason, within the window. */
	@PostMapping("/findings/{findingId}/appeal")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:appeal')")
	AppealView appeal(@PathVariable long findingId, @RequestBody ReasonRequest request) {
		return appeals.file(findingId, request.reason());
	}

	/** Appeals in the caller's scope, oldest first (status OPEN: the pending ones). */
	@GetMapping("/appeals")
	@PreAuthorize("hasAuthority('inspection:read')")
	PageResult<AppealView> appeals(@RequestParam(required = false) @Nullable AppealStatus status,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return appeals.search(status, unitId, page, size);
	}

	@PostMapping("/appeals/{appealId}/uphold")
	@PreAuthorize("hasAuthority('inspection:manage')")
	AppealView uphold(@PathVariable long appealId, @RequestBody ReasonRequest request) {
		return appeals.uphold(appealId, request.reason());
	}

	@PostMapping("/appeals/{appealId}/reject")
	@PreAuthorize("hasAuthority('inspection:manage')")
	AppealView reject(@PathVariable long appealId, @RequestBody ReasonRequest request) {
		return appeals.reject(appealId, request.reason());
	}

	/** The appeal policy's versions, the current one first. */
	@GetMapping("/appeal-policy")
	@PreAuthorize("hasAuthority('inspection:read')")
	List<AppealPolicyView> appealPolicy() {
		return appeals.policyVersions();
	}

	/** Sets a new version of the appeal policy. */
	@PostMapping("/appeal-policy")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:manage')")
	AppealPolicyView changeAppealPolicy(@Valid @RequestBody AppealPolicyRequest request) {
		return appeals.changePolicy(request.workingDays());
	}
}
