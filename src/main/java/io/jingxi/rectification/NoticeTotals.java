package io.jingxi.rectification;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import io.jingxi.rectification.RectificationTotals.OverdueNotice;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.Scoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;

/**
 * The totals of a scope's active notices in one aggregate query over the active notices only (the
 * status leads the indexes, so closed notices piling up behind them are never read), and the oldest
 * overdue one by the deadline index. Both are narrowed by the same specification as the notice list.
 */
@Component
class NoticeTotals {

	private final EntityManager entityManager;

	private final Notices notices;

	NoticeTotals(EntityManager entityManager, Notices notices) {
		this.entityManager = entityManager;
		this.notices = notices;
	}

	RectificationTotals of(DataScope scope) {
		Specification<Notice> active = Scoped.<Notice>byPerson(scope, "responsiblePersonId", "unitId")
			.and((root, query, cb) -> root.get("status").in(RectificationStatus.OPEN, RectificationStatus.SUBMITTED));
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<Notice> notice = query.from(Notice.class);
		Expression<Long> overdue = cb.<Long>selectCase()
			.when(cb.isNotNull(notice.get("overdueAt")), 1L)
			.otherwise(0L);
		Expression<Long> dueSoon = cb.<Long>selectCase()
			.when(cb.and(cb.equal(notice.get("status"), RectificationStatus.OPEN), cb.isNotNull(notice.get("dueSoonAt")),
					cb.isNull(notice.get("overdueAt"))), 1L)
			.otherwise(0L);
		query.multiselect(cb.count(notice), cb.sum(overdue), cb.sum(dueSoon))
			.where(active.toPredicate(notice, query, cb));
		Object[] row = entityManager.createQuery(query).getSingleResult();
		long activeCount = number(row[0]);
		long overdueCount = number(row[1]);
		OverdueNotice oldest = overdueCount == 0 ? null
				: notices.findAll(active.and((root, q, b) -> b.isNotNull(root.get("overdueAt"))),
						PageRequest.of(0, 1, RectificationService.BY_DEADLINE))
					.stream()
					.findFirst()
					.map(n -> new OverdueNotice(n.id(), n.number(), n.unitId(), n.deadline()))
					.orElse(null);
		return new RectificationTotals(activeCount, overdueCount, number(row[2]), oldest);
	}

	/** A count or sum; a sum over no rows is null. */
	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}
}
