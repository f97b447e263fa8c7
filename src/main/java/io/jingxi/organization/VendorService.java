package io.jingxi.organization;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.organization.ChangeLog.Origin;
import io.jingxi.organization.VendorViews.ContractRequest;
import io.jingxi.organization.VendorViews.ContractView;
import io.jingxi.organization.VendorViews.VendorRequest;
import io.jingxi.organization.VendorViews.VendorView;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.Scoped;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * Vendors belong to the whole organisation; their contracts are seen only through the units they
 * serve: a contract is listed when it serves a unit in the reader's scope, with those units only.
 */
@Service
@Transactional
class VendorService {

	private final Vendors vendors;

	private final VendorContracts contracts;

	private final Units units;

	private final Actors actors;

	private final ChangeLog changes;

	private final Clock clock;

	VendorService(Vendors vendors, VendorContracts contracts, Units units, Actors actors, ChangeLog changes,
			Clock clock) {
		this.vendors = vendors;
		this.contracts = contracts;
		this.units = units;
		this.actors = actors;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageResult<VendorView> list(@Nullable String q, int page, int size) {
		Specification<Vendor> spec = (root, query, cb) -> {
			if (q == null || q.isBlank()) {
				return cb.conjunction();
			}
			String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
			return cb.or(cb.like(cb.lower(root.get("code")), like, '\\'), cb.like(cb.lower(root.get("name")), like, '\\'));
		};
		return PageResult.of(vendors.findAll(spec, PageRequest.of(page, size, Sort.by("code"))), VendorView::of);
	}

	@Transactional(readOnly = true)
	VendorView get(long id) {
		return VendorView.of(vendor(id));
	}

	VendorView create(VendorRequest request) {
		String code = request.code().strip();
		if (vendors.existsByCode(code)) {
			throw DomainException.conflict("organization.vendor.codeTaken", code);
		}
		Vendor vendor = vendors.save(new Vendor(code, request.name().strip(), FieldRules.blankToNull(request.contact()),
				PhoneNumber.normalizeOrRefuse("phone", request.phone()), request.active() == null || request.active(),
				clock.instant()));
		Flushes.flush(vendors, "organization.vendor.codeTaken", code);
		changes.changed(Origin.request(), ChangeLog.VENDOR, vendor.id(), "created", null, vendor.summary());
		return VendorView.of(vendor);
	}

	VendorView update(long id, VendorRequest request) {
		Vendor vendor = vendor(id);
		String code = request.code().strip();
		if (vendors.existsByCodeAndIdNot(code, id)) {
			throw DomainException.conflict("organization.vendor.codeTaken", code);
		}
		String before = vendor.summary();
		vendor.change(code, request.name().strip(), FieldRules.blankToNull(request.contact()),
				PhoneNumber.normalizeOrRefuse("phone", request.phone()),
				request.active() == null ? vendor.isActive() : request.active(), clock.instant());
		Flushes.flush(vendors, "organization.vendor.codeTaken", code);
		changes.changed(Origin.request(), ChangeLog.VENDOR, vendor.id(), "updated", before, vendor.summary());
		return VendorView.of(vendor);
	}

	@Transactional(readOnly = true)
	List<ContractView> contracts(long vendorId) {
		vendor(vendorId);
		DataScope scope = actors.scope();
		return contracts.findAll(ofVendor(vendorId).and(servingVisibleUnits(scope)),
				Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("number")))
			.stream()
			.map(contract -> ContractView.of(contract, visibleUnits(contract, scope)))
			.toList();
	}

	ContractView createContract(long vendorId, ContractRequest request) {
		Vendor vendor = vendor(vendorId);
		if (!vendor.isActive()) {
			throw DomainException.conflict("organization.vendor.inactive", vendor.getCode());
		}
		DataScope scope = actors.scope();
		var period = new ContractPeriod(request.startDate(), request.endDate());
		Set<Long> unitIds = requireVisibleUnits(request.unitIds(), scope);
		String number = request.number().strip();
		if (contracts.existsByVendorIdAndNumber(vendorId, number)) {
			throw DomainException.conflict("organization.contract.numberTaken", number);
		}
		VendorContract contract = contracts.save(new VendorContract(vendorId, number, request.scope().strip(), period,
				unitIds, clock.instant()));
		Flushes.flush(contracts, "organization.contract.numberTaken", number);
		changes.changed(Origin.request(), ChangeLog.CONTRACT, contract.id(), "created", null, contract.summary());
		return ContractView.of(contract, visibleUnits(contract, scope));
	}

	ContractView updateContract(long vendorId, long contractId, ContractRequest request) {
		vendor(vendorId);
		DataScope scope = actors.scope();
		VendorContract contract = contracts
			.findOne(ofVendor(vendorId).and(servingVisibleUnits(scope)).and(Scoped.idEquals(contractId)))
			.orElseThrow(() -> DomainException.notFound("organization.contract.notFound", String.valueOf(contractId)));
		var period = new ContractPeriod(request.startDate(), request.endDate());
		Set<Long> unitIds = requireVisibleUnits(request.unitIds(), scope);
		// Units the reader cannot see stay as they are: they were not shown, so they cannot be removed.
		contract.getUnitIds().stream().filter(id -> !scope.coversUnit(id)).forEach(unitIds::add);
		String number = request.number().strip();
		if (contracts.existsByVendorIdAndNumberAndIdNot(vendorId, number, contractId)) {
			throw DomainException.conflict("organization.contract.numberTaken", number);
		}
		String before = contract.summary();
		contract.change(number, request.scope().strip(), period, unitIds, clock.instant());
		Flushes.flush(contracts, "organization.contract.numberTaken", number);
		changes.changed(Origin.request(), ChangeLog.CONTRACT, contract.id(), "updated", before, contract.summary());
		return ContractView.of(contract, visibleUnits(contract, scope));
	}

	private Vendor vendor(long id) {
		return vendors.findById(id).orElseThrow(() -> DomainException.notFound("organization.vendor.notFound", String.valueOf(id)));
	}

	/** Every requested unit must exist and be visible; unknown and hidden units are refused alike. */
	private Set<Long> requireVisibleUnits(List<Long> requested, DataScope scope) {
		Set<Long> wanted = new TreeSet<>(requested);
		Set<Long> found = units.findAll(Scoped.<Unit>byUnit(scope, "id")
			.and((root, query, cb) -> root.get("id").in(wanted)))
			.stream()
			.map(Unit::id)
			.collect(Collectors.toSet());
		for (Long id : wanted) {
			if (!found.contains(id)) {
				throw DomainException.notFound("organization.contract.unitNotFound", String.valueOf(id));
			}
		}
		return new HashSet<>(wanted);
	}

	private static Set<Long> visibleUnits(VendorContract contract, DataScope scope) {
		return contract.getUnitIds().stream().filter(scope::coversUnit).collect(Collectors.toSet());
	}

	private static Specification<VendorContract> ofVendor(long vendorId) {
		return (root, query, cb) -> cb.equal(root.get("vendorId"), vendorId);
	}

	/** Contracts that serve at least one unit of the scope: the scope narrowing of contracts. */
	static Specification<VendorContract> servingVisibleUnits(DataScope scope) {
		return (root, query, cb) -> {
			if (scope.all()) {
				return cb.conjunction();
			}
			if (scope.unitIds().isEmpty()) {
				return cb.disjunction();
			}
			Subquery<Long> served = query.subquery(Long.class);
			Root<VendorContract> contract = served.from(VendorContract.class);
			Join<VendorContract, Long> unit = contract.join("unitIds");
			served.select(contract.get("id")).where(unit.in(scope.unitIds()));
			return root.get("id").in(served);
		};
	}
}
