package io.jingxi.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganizationService implements OrganizationApi {

	private final Units units;

	OrganizationService(Units units) {
		this.units = units;
	}

	@Override
	public Optional<UnitSummary> unit(long unitId) {
		return units.findById(unitId).map(Unit::toSummary);
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
}
