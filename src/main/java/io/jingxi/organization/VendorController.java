package io.jingxi.organization;

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

import io.jingxi.organization.VendorViews.ContractRequest;
import io.jingxi.organization.VendorViews.ContractView;
import io.jingxi.organization.VendorViews.VendorRequest;
import io.jingxi.organization.VendorViews.VendorView;
import io.jingxi.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/vendors")
@Validated
class VendorController {

	private final VendorService vendors;

	VendorController(VendorService vendors) {
		this.vendors = vendors;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org:vendor:read')")
	PageResult<VendorView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return vendors.list(q, page, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('org:vendor:read')")
	VendorView get(@PathVariable long id) {
		return vendors.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('org:vendor:write')")
	VendorView create(@Valid @RequestBody VendorRequest request) {
		return vendors.create(request);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('org:vendor:write')")
	VendorView update(@PathVariable long id, @Valid @RequestBody VendorRequest request) {
		return vendors.update(id, request);
	}

	@GetMapping("/{id}/contracts")
	@PreAuthorize("hasAuthority('org:vendor:read')")
	List<ContractView> contracts(@PathVariable long id) {
		return vendors.contracts(id);
	}

	@PostMapping("/{id}/contracts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('org:vendor:write')")
	ContractView createContract(@PathVariable long id, @Valid @RequestBody ContractRequest request) {
		return vendors.createContract(id, request);
	}

	@PutMapping("/{id}/contracts/{contractId}")
	@PreAuthorize("hasAuthority('org:vendor:write')")
	ContractView updateContract(@PathVariable long id, @PathVariable long contractId,
			@Valid @RequestBody ContractRequest request) {
		return vendors.updateContract(id, contractId, request);
	}
}
