package io.jingxi.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.StringUtils;

import io.jingxi.shared.DomainException;

/** The filters of the audit log search; the same for the list and the export. */
record AuditQuery(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
		@Nullable Instant from, @Nullable Instant to) {

	AuditQuery {
		if (from != null && to != null && to.isBefore(from)) {
			throw DomainException.invalidField("to", "audit.range.toBeforeFrom");
		}
	}

	Specification<AuditEntry> toSpecification() {
		return (root, query, cb) -> {
			var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
			if (StringUtils.hasText(actor)) {
				predicates.add(cb.equal(root.get("actor"), actor.trim()));
			}
			if (StringUtils.hasText(entityType)) {
				predicates.add(cb.equal(root.get("entityType"), entityType.trim()));
			}
			if (StringUtils.hasText(entityId)) {
				predicates.add(cb.equal(root.get("entityId"), entityId.trim()));
			}
			if (from != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("at"), from));
			}
			if (to != null) {
				predicates.add(cb.lessThan(root.get("at"), to));
			}
			return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	/** The same filters as SQL for the streaming export. */
	String whereClause(List<Object> parameters) {
		var sql = new StringBuilder(" where 1 = 1");
		if (StringUtils.hasText(actor)) {
			sql.append(" and actor = ?");
			parameters.add(actor.trim());
		}
		if (StringUtils.hasText(entityType)) {
			sql.append(" and entity_type = ?");
			parameters.add(entityType.trim());
		}
		if (StringUtils.hasText(entityId)) {
			sql.append(" and entity_id = ?");
			parameters.add(entityId.trim());
		}
		if (from != null) {
			sql.append(" and at >= ?");
			parameters.add(java.sql.Timestamp.from(from));
		}
		if (to != null) {
			sql.append(" and at < ?");
			parameters.add(java.sql.Timestamp.from(to));
		}
		return sql.toString();
	}
}
