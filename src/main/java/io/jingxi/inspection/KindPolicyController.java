package io.jingxi.inspection;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.inspection.PlanRequests.KindPolicyRequest;
import jakarta.validation.Valid;

/**
 * The kind rules (who may conduct each kind of inspection, where, and its weight): read by anyone
 * who reads inspections, changed by quality managers, each change a new version.
 */
@RestController
@RequestMapping("/api/v1/inspections/kind-policy")
@Validated
class KindPolicyController {

	private final KindPolicyService policies;

	KindPolicyController(KindPolicyService policies) {
		this.policies = policies;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('inspection:read')")
	KindPolicyView current() {
		return policies.currentView();
	}

	/** Saves a new version; 409 when another was saved since {@code basedOnVersion}. */
	@PutMapping
	@PreAuthorize("hasAuthority('inspection:manage')")
	KindPolicyView change(@Valid @RequestBody KindPolicyRequest request) {
		return policies.change(request.basedOnVersion(), request.rules(), request.note());
	}

	@GetMapping("/versions")
	@PreAuthorize("hasAuthority('inspection:manage')")
	List<KindPolicyView> history() {
		return policies.history();
	}

	@GetMapping("/versions/{version}")
	@PreAuthorize("hasAuthority('inspection:manage')")
	KindPolicyView version(@PathVariable int version) {
		return policies.version(version);
	}
}
