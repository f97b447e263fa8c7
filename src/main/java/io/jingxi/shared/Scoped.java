package io.jingxi.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The one mechanism that narrows queries by data scope. A module's repository extends
 * {@code JpaSpecificationExecutor} and combines its query with {@link #byUnit} or
 * {@link #byPerson}; loading by id goes through the same specification so that a record outside
 * the scope is simply not found.
 */
public final class Scoped {

	private Scoped() {
	}

	/** Records whose {@code unitAttribute} is one of the scope's units. */
	public static <T> Specification<T> byUnit(DataScope scope, String unitAttribute) {
		return (root, query, cb) -> {
			if (scope.all()) {
				return cb.conjunction();
			}
			if (scope.unitIds().isEmpty()) {
				return cb.disjunction();
			}
			return root.get(unitAttribute).in(scope.unitIds());
		};
	}

	/**
	 * Records owned by a person in a unit: self scopes see only their own person's records,
	 * the others see by unit.
	 */
	public static <T> Specification<T> byPerson(DataScope scope, String personAttribute, String unitAttribute) {
		return (root, query, cb) -> {
			if (scope.all()) {
				return cb.conjunction();
			}
			if (scope.selfPersonId() != null) {
				return cb.equal(root.get(personAttribute), scope.selfPersonId());
			}
			if (scope.unitIds().isEmpty()) {
				return cb.disjunction();
			}
			return root.get(unitAttribute).in(scope.unitIds());
		};
	}

	public static <T> Specification<T> idEquals(@Nullable Object id) {
		return (root, query, cb) -> id == null ? cb.disjunction() : cb.equal(root.get("id"), id);
	}
}
