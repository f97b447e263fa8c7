package io.jingxi.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.organization.ChangeLog.Origin;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.Scoped;

/**
 * The unit tree as the current user sees and changes it: every read and write is narrowed by
 * their data scope, and a unit outside it answers as if it did not exist.
 */
@Service
@Transactional
class UnitService {

	private final Units units;

	private final UnitTypes types;

	private final People people;

	private final Actors actors;

	private final ChangeLog changes;

	private final TreeLock treeLock;

	private final Clock clock;

	UnitService(Units units, UnitTypes types, People people, Actors actors, ChangeLog changes,
			TreeLock treeLock, Clock clock) {
		this.units = units;
		this.types = types;
		this.people = people;
		this.actors = actors;
		this.changes = changes;
		this.treeLock = treeLock;
		this.clock = clock;
	}

	/** The visible part of the tree: units whose parent is not visible are roots. */
	@Transactional(readOnly = true)
	List<UnitNode> tree(boolean includeInactive) {
		Specification<Unit> spec = Scoped.byUnit(actors.scope(), "id");
		if (!includeInactive) {
			spec = spec.and((root, query, cb) -> cb.isTrue(root.get("active")));
		}
		List<Unit> visible = units.findAll(spec, Sort.by("depth", "sortOrder", "code"));
		Map<Long, UnitNode> nodes = new HashMap<>();
		List<UnitNode> roots = new ArrayList<>();
		for (Unit unit : visible) {
			UnitNode node = UnitNode.of(unit);
			nodes.put(node.id(), node);
			UnitNode parent = unit.getParentId() == null ? null : nodes.get(unit.getParentId());
			if (parent == null) {
				roots.add(node);
			}
			else {
				parent.children().add(node);
			}
		}
		return roots;
	}

	@Transactional(readOnly = true)
	UnitView get(long id) {
		return UnitView.of(visible(id, actors.scope()));
	}

	UnitView create(UnitRequests.Create request) {
		DataScope scope = actors.scope();
		treeLock.acquire();
		Unit parent = request.parentId() == null ? null : visibleParent(request.parentId(), scope);
		if (parent == null && !scope.all()) {
			throw DomainException.forbidden("organization.unit.rootNeedsFullScope");
		}
		String code = request.code().strip();
		if (units.existsByCode(code)) {
			throw DomainException.conflict("organization.unit.codeTaken", code);
		}
		UnitType type = activeType(request.typeCode());
		Unit unit = create(parent, code, request.name().strip(), type.getCode(),
				FieldRules.blankToNull(request.address()), PhoneNumber.normalizeOrRefuse("phone", request.phone()),
				request.sortOrder() == null ? 0 : request.sortOrder(), Origin.request());
		Flushes.flush(units, "organization.unit.codeTaken", code);
		return UnitView.of(unit);
	}

	UnitView update(long id, UnitRequests.Update request) {
		Unit unit = visible(id, actors.scope());
		UnitType type = activeTypeUnlessUnchanged(request.typeCode(), unit);
		String before = unit.summary();
		unit.rename(request.name().strip(), type.getCode(), FieldRules.blankToNull(request.address()),
				PhoneNumber.normalizeOrRefuse("phone", request.phone()),
				request.sortOrder() == null ? unit.getSortOrder() : request.sortOrder(), clock.instant());
		changes.changed(Origin.request(), ChangeLog.UNIT, unit.id(), "updated", before, unit.summary());
		Flushes.flush(units, "organization.concurrentChange");
		return UnitView.of(unit);
	}

	UnitView move(long id, @Nullable Long parentId) {
		DataScope scope = actors.scope();
		treeLock.acquire();
		Unit unit = visible(id, scope);
		Unit newParent = parentId == null ? null : visibleParent(parentId, scope);
		if (newParent == null && !scope.all()) {
			throw DomainException.forbidden("organization.unit.rootNeedsFullScope");
		}
		move(unit, newParent, Origin.request());
		Flushes.flush(units, "organization.concurrentChange");
		return UnitView.of(unit);
	}

	UnitView deactivate(long id) {
		DataScope scope = actors.scope();
		treeLock.acquire();
		Unit unit = visible(id, scope);
		if (!unit.isActive()) {
			return UnitView.of(unit);
		}
		String before = unit.summary();
		unit.deactivate(units.countByParentIdAndActiveTrue(unit.id()), people.countInService(unit.id()),
				clock.instant());
		changes.changed(Origin.request(), ChangeLog.UNIT, unit.id(), "deactivated", before, unit.summary());
		Flushes.flush(units, "organization.concurrentChange");
		return UnitView.of(unit);
	}

	UnitView activate(long id) {
		DataScope scope = actors.scope();
		treeLock.acquire();
		Unit unit = visible(id, scope);
		if (unit.isActive()) {
			return UnitView.of(unit);
		}
		String before = unit.summary();
		Unit parent = unit.getParentId() == null ? null : units.findById(unit.getParentId()).orElse(null);
		unit.activate(parent, clock.instant());
		changes.changed(Origin.request(), ChangeLog.UNIT, unit.id(), "activated", before, unit.summary());
		Flushes.flush(units, "organization.concurrentChange");
		return UnitView.of(unit);
	}

	/**
	 * Creates a unit below a parent the caller has checked (or at the top) and places it in the
	 * tree. The caller holds the {@link TreeLock}.
	 */
	Unit create(@Nullable Unit parent, String code, String name, String typeCode, @Nullable String address,
			@Nullable String phone, int sortOrder, Origin origin) {
		if (parent != null && !parent.isActive()) {
			throw DomainException.conflict("organization.unit.parentInactive", parent.getCode());
		}
		Unit unit = new Unit(code, name, typeCode, parent, clock.instant());
		unit.rename(name, typeCode, address, phone, sortOrder, clock.instant());
		units.save(unit);
		unit.placeUnder(parent);
		changes.changed(origin, ChangeLog.UNIT, unit.id(), "created", null, unit.summary());
		return unit;
	}

	/**
	 * Moves a unit and its whole subtree below a parent the caller has checked, in the current
	 * transaction. The caller holds the {@link TreeLock}.
	 */
	void move(Unit unit, @Nullable Unit newParent, Origin origin) {
		Long oldParentId = unit.getParentId();
		String before = unit.summary();
		unit.moveUnder(newParent, units.findSubtree(unit.getPath()), clock.instant());
		if (oldParentId == null ? unit.getParentId() != null : !oldParentId.equals(unit.getParentId())) {
			changes.changed(origin, ChangeLog.UNIT, unit.id(), "moved", before, unit.summary());
		}
	}

	Unit visible(long id, DataScope scope) {
		return units.findOne(Scoped.<Unit>byUnit(scope, "id").and(Scoped.idEquals(id)))
			.orElseThrow(() -> DomainException.notFound("organization.unit.notFound", String.valueOf(id)));
	}

	private Unit visibleParent(long id, DataScope scope) {
		return units.findOne(Scoped.<Unit>byUnit(scope, "id").and(Scoped.idEquals(id)))
			.orElseThrow(() -> DomainException.notFound("organization.unit.parentNotFound", String.valueOf(id)));
	}

	UnitType activeType(String code) {
		return types.findById(code.strip())
			.filter(UnitType::isActive)
			.orElseThrow(() -> DomainException.invalidField("typeCode", "organization.unitType.unknown", code.strip()));
	}

	/** A unit may keep a type that was deactivated since; changing to one needs an active type. */
	private UnitType activeTypeUnlessUnchanged(String code, Unit unit) {
		if (code.strip().equals(unit.getTypeCode())) {
			return types.findById(unit.getTypeCode()).orElseGet(() -> activeType(code));
		}
		return activeType(code);
	}

}
