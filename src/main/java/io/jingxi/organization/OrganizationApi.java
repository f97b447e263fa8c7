package io.jingxi.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organization module's façade for other modules: units, the tree's shape, people.
 * It is not scoped by the current user: callers that act for a user narrow by their scope.
 */
public interface OrganizationApi {

	Optional<UnitSummary> unit(long unitId);

	List<UnitSummary> units(Collection<Long> unitIds);

	/** The given units and every unit below them. */
	Set<Long> subtreeIds(Collection<Long> rootUnitIds);

	/** The unit's ancestors, nearest first, excluding the unit itself. */
	List<Long> ancestorIds(long unitId);
}
