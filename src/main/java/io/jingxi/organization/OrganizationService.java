package io.jingxi.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationService implements OrganizationApi {

	private final Units units;

	private final People people;

	private final PersonPhotos photos;

	private final Vendors vendors;

	// The write services depend on Actors, whose implementation reads this façade: resolve them on use.
	private final ObjectProvider<UnitService> unitService;

	private final ObjectProvider<PersonService> personService;

	private final ObjectProvider<VendorService> vendorService;

	OrganizationService(Units units, People people, PersonPhotos photos, Vendors vendors,
			ObjectProvider<UnitService> unitService, ObjectProvider<PersonService> personService,
			ObjectProvider<VendorService> vendorService) {
		this.units = units;
		this.people = people;
		this.photos = photos;
		this.vendors = vendors;
		this.unitService = unitService;
		this.personService = personService;
		this.vendorService = vendorService;
	}

	@Override
	@Transactional
	public long createUnit(NewUnit unit) {
		return unitService.getObject().create(new UnitRequests.Create(unit.parentId(), unit.code(), unit.name(), unit.typeCode(),
				unit.address(), unit.phone(), unit.sortOrder())).id();
	}

	@Override
	@Transactional
	public long createPerson(NewPerson person) {
		return personService.getObject().create(new PersonRequest(person.employeeNo(), person.name(), person.phone(),
				person.unitId(), person.positions(), person.unitRole(), person.status(), person.hireDate())).id();
	}

	@Override
	@Transactional
	public long createVendor(NewVendor vendor) {
		return vendorService.getObject().create(new VendorViews.VendorRequest(vendor.code(), vendor.name(), vendor.contact(),
				vendor.phone(), true)).id();
	}

	@Override
	@Transactional
	public long createContract(long vendorId, NewContract contract) {
		return vendorService.getObject().createContract(vendorId, new VendorViews.ContractRequest(contract.number(),
				contract.scope(), contract.startDate(), contract.endDate(), contract.unitIds())).id();
	}

	@Override
	public Optional<UnitSummary> unit(long unitId) {
		return units.findById(unitId).map(Unit::toSummary);
	}

	@Override
	public Optional<UnitSummary> unitByCode(String code) {
		return units.findByCode(code).map(Unit::toSummary);
	}

	@Override
	public List<UnitSummary> units(Collection<Long> unitIds) {
		return units.findByIdIn(unitIds).stream().map(Unit::toSummary).toList();
	}

	@Override
	public Set<Long> subtreeIds(Collection<Long> rootUnitIds) {
		Set<Long> result = new HashSet<>();
		for (Unit root : units.findByIdIn(rootUnitIds)) {
			result.addAll(units.findSubtreeIds(root.getPath()));
		}
		return result;
	}

	@Override
	public List<Long> ancestorIds(long unitId) {
		return units.findById(unitId).map(unit -> {
			List<Long> ids = new ArrayList<>();
			for (String part : unit.getPath().split("/")) {
				if (!part.isEmpty()) {
					ids.add(Long.valueOf(part));
				}
			}
			ids.remove(ids.size() - 1);
			Collections.reverse(ids);
			return ids;
		}).orElse(List.of());
	}

	@Override
	public Optional<PersonSummary> person(long personId) {
		return people.findById(personId).map(Person::toSummary);
	}

	@Override
	public List<PersonSummary> people(Collection<Long> personIds) {
		return people.findByIdIn(personIds).stream().map(Person::toSummary).toList();
	}

	@Override
	public Optional<PersonSummary> personByEmployeeNo(String employeeNo) {
		return people.findByEmployeeNo(employeeNo.strip()).map(Person::toSummary);
	}

	@Override
	public List<PersonSummary> peopleInService(long unitId) {
		return people.findInService(unitId).stream().map(Person::toSummary).toList();
	}

	@Override
	public Optional<PersonSummary> unitManagerOf(long unitId) {
		return people.findManagers(unitId).stream().findFirst().map(Person::toSummary);
	}

	@Override
	public Optional<byte[]> personPhoto(long personId) {
		return photos.findById(personId).map(PersonPhoto::getContent);
	}

	@Override
	public Optional<VendorSummary> vendor(long vendorId) {
		return vendors.findById(vendorId).map(Vendor::toSummary);
	}

	@Override
	public List<VendorSummary> activeVendors(@Nullable String query, int limit) {
		Specification<Vendor> spec = (root, q, cb) -> cb.isTrue(root.get("active"));
		if (query != null && !query.isBlank()) {
			String like = "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
			spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("code")), like, '\\'),
					cb.like(cb.lower(root.get("name")), like, '\\')));
		}
		return vendors.findAll(spec, PageRequest.of(0, Math.max(1, limit), Sort.by("code"))).stream()
			.map(Vendor::toSummary)
			.toList();
	}
}
