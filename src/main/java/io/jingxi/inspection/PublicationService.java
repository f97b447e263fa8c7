package io.jingxi.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.PageResult;

/**
 * 结果发布: the results of hidden visits (mystery shoppers, unannounced checks) wait, submitted but
 * out of the visited unit's sight, until a quality manager publishes them. Publishing shows the result
 * to the unit (never the shopper) and only then announces it to the other modules, so that
 * rectification notices and rankings of a hidden visit appear at publication.
 */
@Service
@Transactional
class PublicationService {

	private final Visits visits;

	private final InspectionService inspections;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicationService(Visits visits, InspectionService inspections, Actors actors, ApplicationEventPublisher events,
			Clock clock) {
		this.visits = visits;
		this.inspections = inspections;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Submitted hidden visits the actor sees whose results are not published yet, oldest submission first. */
	@Transactional(readOnly = true)
	PageResult<InspectionView> awaiting(int page, int size) {
		return inspections.page(awaitingPublication(), PageRequest.of(page, size,
				Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"))));
	}

	/**
	 * Publishes the results of the given visits, all or none: 404 for a visit the actor does not see,
	 * 409 naming a visit that is not hidden, not submitted or already published.
	 */
	List<InspectionView> publish(List<Long> visitIds) {
		Actor actor = actors.current();
		Set<Long> ids = new LinkedHashSet<>(visitIds);
		List<Visit> chosen = new ArrayList<>();
		Instant now = clock.instant();
		for (Long id : ids) {
			Visit visit = inspections.load(id, actor);
			visit.publish(now);
			chosen.add(visit);
		}
		for (Visit visit : chosen) {
			visits.save(visit);
			events.publishEvent(EntityChanged.of(InspectionService.ENTITY, visit.id(), "PUBLISHED", null,
					visit.summary()));
			inspections.announceResult(visit);
		}
		Specification<Visit> published = (root, query, cb) -> root.get("id").in(ids);
		return inspections.page(published, PageRequest.of(0, ids.size(), Sort.by("id"))).items();
	}

	static Specification<Visit> awaitingPublication() {
		return (root, query, cb) -> cb.and(cb.isTrue(root.get("hidden")), cb.isNull(root.get("publishedAt")),
				cb.notEqual(root.get("status"), VisitStatus.DRAFT));
	}
}
