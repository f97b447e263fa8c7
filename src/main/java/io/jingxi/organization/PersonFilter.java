package io.jingxi.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * What the people list and export are filtered by: a search text (name, employee number or phone),
 * a unit with or without its sub-units, a status. The data scope is added by the caller.
 *
 * @param unitPath the path of {@code unitId}, looked up by the caller, when sub-units are included
 */
record PersonFilter(@Nullable String q, @Nullable Long unitId, boolean includeSubunits, @Nullable String unitPath,
		@Nullable PersonStatus status) {

	Specification<Person> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (q != null && !q.isBlank()) {
				String text = escapeLike(q.strip());
				predicates.add(cb.or(cb.like(cb.lower(root.get("name")), "%" + text.toLowerCase(Locale.ROOT) + "%", '\\'),
						cb.like(root.get("employeeNo"), text + "%", '\\'),
						cb.like(root.get("phone"), "%" + text + "%", '\\')));
			}
			if (unitId != null) {
				if (includeSubunits && unitPath != null) {
					Subquery<Long> subtree = query.subquery(Long.class);
					Root<Unit> unit = subtree.from(Unit.class);
					subtree.select(unit.get("id")).where(cb.like(unit.get("path"), escapeLike(unitPath) + "%", '\\'));
					predicates.add(root.get("unitId").in(subtree));
				}
				else {
					predicates.add(cb.equal(root.get("unitId"), unitId));
				}
			}
			if (status != null) {
				predicates.add(cb.equal(root.get("status"), status));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
