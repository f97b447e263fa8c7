package io.jingxi.sampling;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.sampling.SamplingViews.SamplingSupplier;
import io.jingxi.sampling.SamplingViews.SupplierItemRow;
import io.jingxi.sampling.SamplingViews.SupplierItemSummary;
import io.jingxi.shared.PageResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Suppliers (the organisation's active vendors) and the figures per supplier and item. */
@RestController
@RequestMapping("/api/v1/sampling")
@Validated
class SupplierController {

	private final OrganizationApi organization;

	private final ReportService reports;

	SupplierController(OrganizationApi organization, ReportService reports) {
		this.organization = organization;
		this.reports = reports;
	}

	@GetMapping("/suppliers")
	@PreAuthorize("hasAuthority('sampling:read')")
	List<SamplingSupplier> suppliers(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return organization.activeVendors(q, limit).stream()
			.map(vendor -> new SamplingSupplier(vendor.id(), vendor.code(), vendor.name()))
			.toList();
	}

	@GetMapping("/overview")
	@PreAuthorize("hasAuthority('sampling:read')")
	PageResult<SupplierItemRow> overview(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return reports.overview(page, size);
	}

	@GetMapping("/suppliers/{vendorId}/items/{itemId}")
	@PreAuthorize("hasAuthority('sampling:read')")
	SupplierItemSummary summary(@PathVariable long vendorId, @PathVariable long itemId,
			@RequestParam(required = false) @Nullable Long unitId) {
		return reports.summary(vendorId, itemId, unitId);
	}
}
