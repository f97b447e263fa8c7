package io.jingxi.inspection;

import org.springframework.stereotype.Component;

import io.jingxi.shared.Actor;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.Scoped;

/**
 * Loads visits for the current actor by the one visibility rule ({@link InspectionService#visible}), so
 * that evidence, amendments and appeals answer 404 exactly where the visit itself does.
 */
@Component
class VisitAccess {

	private final Visits visits;

	VisitAccess(Visits visits) {
		this.visits = visits;
	}

	/** A visit the actor may see; 404 otherwise. */
	Visit visible(long id, Actor actor) {
		return visits.findOne(Scoped.<Visit>idEquals(id).and(InspectionService.visible(actor)))
			.orElseThrow(() -> DomainException.notFound("inspection.notFound", id));
	}

	/** A visit the actor may change: visible, still a draft (409) and their own (403). */
	Visit ownDraft(long id, Actor actor) {
		Visit visit = visible(id, actor);
		if (visit.status() != VisitStatus.DRAFT) {
			throw DomainException.conflict("inspection.notDraft", id);
		}
		if (visit.inspectorUserId() != actor.userId()) {
			throw DomainException.forbidden("inspection.notInspector", id);
		}
		return visit;
	}

	/** A visible visit whose result counts (submitted or amended); 409 for a draft. */
	Visit submitted(long id, Actor actor) {
		Visit visit = visible(id, actor);
		if (visit.status() == VisitStatus.DRAFT) {
			throw DomainException.conflict("inspection.notSubmitted", id);
		}
		return visit;
	}
}
