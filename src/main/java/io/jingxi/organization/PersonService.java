package io.jingxi.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.organization.ChangeLog.Origin;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.Scoped;

/**
 * People as the current user sees and changes them: every query is narrowed by the user's data
 * scope (self scopes see only their own record), and a person or unit outside it answers 404.
 */
@Service
@Transactional
class PersonService {

	/** The list's order, which the (unit_id, employee_no) index serves. */
	static final Sort LIST_ORDER = Sort.by("unitId", "employeeNo");

	private final People people;

	private final PersonPhotos photos;

	private final Units units;

	private final Actors actors;

	private final ChangeLog changes;

	private final Clock clock;

	PersonService(People people, PersonPhotos photos, Units units, Actors actors, ChangeLog changes,
			Clock clock) {
		this.people = people;
		this.photos = photos;
		this.units = units;
		this.actors = actors;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageResult<PersonView> search(PersonFilter filter, int page, int size) {
		Page<Person> result = people.findAll(scoped(actors.scope(), filter), PageRequest.of(page, size, LIST_ORDER));
		Map<Long, String> names = unitNames(result.getContent().stream().map(Person::getUnitId).collect(Collectors.toSet()));
		return PageResult.of(result, person -> PersonView.of(person, names.get(person.getUnitId())));
	}

	/** The filter of the list, with the path of the chosen unit when its sub-units are included. */
	@Transactional(readOnly = true)
	PersonFilter filter(@Nullable String q, @Nullable Long unitId, boolean includeSubunits,
			@Nullable PersonStatus status) {
		String path = unitId != null && includeSubunits ? units.findById(unitId).map(Unit::getPath).orElse(null) : null;
		return new PersonFilter(q, unitId, includeSubunits, path, status);
	}

	static Specification<Person> scoped(DataScope scope, PersonFilter filter) {
		return Scoped.<Person>byPerson(scope, "id", "unitId").and(filter.toSpecification());
	}

	@Transactional(readOnly = true)
	PersonView get(long id) {
		Person person = visible(id, actors.scope());
		return PersonView.of(person, unitName(person.getUnitId()));
	}

	PersonView create(PersonRequest request) {
		DataScope scope = actors.scope();
		PersonDetails details = request.details();
		Unit unit = usableUnit(details, scope);
		if (people.existsByEmployeeNo(details.employeeNo())) {
			throw DomainException.conflict("organization.person.employeeNoTaken", details.employeeNo());
		}
		Person person = people.save(new Person(details, clock.instant()));
		Flushes.flush(people, "organization.person.employeeNoTaken", details.employeeNo());
		changes.changed(Origin.request(), ChangeLog.PERSON, person.id(), "created", null, person.summary());
		return PersonView.of(person, unit.getName());
	}

	PersonView update(long id, PersonRequest request) {
		DataScope scope = actors.scope();
		Person person = visible(id, scope);
		PersonDetails details = request.details();
		// Staying in the same unit needs no scope check (the person is visible); moving needs the new unit.
		Unit unit = details.unitId() == person.getUnitId()
				? activeUnit(units.findById(person.getUnitId()).orElseThrow(), details)
				: usableUnit(details, scope);
		if (!details.employeeNo().equals(person.getEmployeeNo()) && people.existsByEmployeeNo(details.employeeNo())) {
			throw DomainException.conflict("organization.person.employeeNoTaken", details.employeeNo());
		}
		String before = person.summary();
		person.apply(details, clock.instant());
		Flushes.flush(people, "organization.person.employeeNoTaken", details.employeeNo());
		changes.changed(Origin.request(), ChangeLog.PERSON, person.id(), "updated", before, person.summary());
		return PersonView.of(person, unit.getName());
	}

	void replacePhoto(long id, byte[] upload) {
		Person person = visible(id, actors.scope());
		EncodedPhoto photo = PhotoEncoder.encode(upload);
		Instant now = clock.instant();
		var existing = photos.findById(person.id());
		String before = existing.map(PersonPhoto::summary).orElse(null);
		PersonPhoto stored = existing.orElse(null);
		if (stored == null) {
			stored = photos.save(new PersonPhoto(person.id(), photo, now));
		}
		else {
			stored.replace(photo, now);
		}
		person.photoChanged(now);
		Flushes.flush(people, "organization.concurrentChange");
		changes.changed(Origin.request(), ChangeLog.PERSON, person.id(), "photoChanged", before, stored.summary());
	}

	@Transactional(readOnly = true)
	PersonPhoto photo(long id) {
		Person person = visible(id, actors.scope());
		return photos.findById(person.id()).orElseThrow(() -> DomainException.notFound("organization.photo.none"));
	}

	Person visible(long id, DataScope scope) {
		return people.findOne(Scoped.<Person>byPerson(scope, "id", "unitId").and(Scoped.idEquals(id)))
			.orElseThrow(() -> DomainException.notFound("organization.person.notFound", String.valueOf(id)));
	}

	/** The unit a person is put in: it must be visible and, for someone in service, active. */
	private Unit usableUnit(PersonDetails details, DataScope scope) {
		Unit unit = units.findOne(Scoped.<Unit>byUnit(scope, "id").and(Scoped.idEquals(details.unitId())))
			.orElseThrow(() -> DomainException.notFound("organization.unit.notFound", String.valueOf(details.unitId())));
		return activeUnit(unit, details);
	}

	private static Unit activeUnit(Unit unit, PersonDetails details) {
		if (details.status().inService() && !unit.isActive()) {
			throw DomainException.invalidField("unitId", "organization.person.unitInactive", unit.getCode());
		}
		return unit;
	}

	Map<Long, String> unitNames(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		return units.findByIdIn(Set.copyOf(unitIds)).stream().collect(Collectors.toMap(Unit::id, Unit::getName));
	}

	private @Nullable String unitName(long unitId) {
		return units.findById(unitId).map(Unit::getName).orElse(null);
	}
}
