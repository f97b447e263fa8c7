package io.jingxi.shared;

import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What part of the organisation a user may see and change: everything, or a set of units (already
 * expanded to whole subtrees where the role says unit subtree), or only their own person record.
 * Every repository query of every module narrows by it (see {@link Scoped}).
 *
 * @param all whether every unit is visible
 * @param unitIds the visible units when not {@code all}
 * @param selfPersonId the user's own person when the scope is self (then {@code unitIds} holds
 *        only the user's unit, for reading the unit itself)
 */
public record DataScope(boolean all, Set<Long> unitIds, @Nullable Long selfPersonId) {

	public DataScope {
		unitIds = Set.copyOf(unitIds);
	}

	public static DataScope everything() {
		return new DataScope(true, Set.of(), null);
	}

	public static DataScope units(Collection<Long> unitIds) {
		return new DataScope(false, Set.copyOf(unitIds), null);
	}

	public static DataScope self(long personId, @Nullable Long unitId) {
		return new DataScope(false, unitId == null ? Set.of() : Set.of(unitId), personId);
	}

	public static DataScope nothing() {
		return new DataScope(false, Set.of(), null);
	}

	public boolean isSelf() {
		return selfPersonId != null;
	}

	/** Whether records that belong to this unit are visible. */
	public boolean coversUnit(@Nullable Long unitId) {
		return all || (unitId != null && unitIds.contains(unitId));
	}

	/** Whether a record owned by this person, in this unit, is visible. */
	public boolean coversPerson(@Nullable Long personId, @Nullable Long unitId) {
		if (all) {
			return true;
		}
		if (selfPersonId != null) {
			return selfPersonId.equals(personId);
		}
		return coversUnit(unitId);
	}
}
