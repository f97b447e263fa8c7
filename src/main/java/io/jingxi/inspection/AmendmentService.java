package io.jingxi.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.inspection.InspectionRequests.AnswerInput;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.EntityChanged;
import io.jingxi.standard.StandardApi;

/**
 * Amendments (更正) of submitted visits by a quality manager: the changed answers are checked like any
 * answers (against the version, the responsible person against the unit), the visit is re-scored and
 * its findings reconciled ({@link Rescoring}), and the amendment is recorded with its reason and each
 * item before and after. Nothing is changed when anything is refused.
 */
@Service
@Transactional
class AmendmentService {

	static final String ENTITY = "InspectionAmendment";

	private final Amendments amendments;

	private final VisitAccess access;

	private final StandardApi standards;

	private final AnswerChecks checks;

	private final Rescoring rescoring;

	private final OrganizationApi organization;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AmendmentService(Amendments amendments, VisitAccess access, StandardApi standards, AnswerChecks checks,
			Rescoring rescoring, OrganizationApi organization, Actors actors, ApplicationEventPublisher events,
			Clock clock) {
		this.amendments = amendments;
		this.access = access;
		this.standards = standards;
		this.checks = checks;
		this.rescoring = rescoring;
		this.organization = organization;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	AmendmentView amend(long visitId, @Nullable String reason, List<AnswerInput> inputs) {
		Actor actor = actors.current();
		String why = Amendment.reason(reason);
		Visit visit = access.submitted(visitId, actor);
		List<VisitAnswer> given = inputs.stream()
			.map(input -> new VisitAnswer(input.itemId(), input.compliant(), input.value(),
					Boolean.TRUE.equals(input.notApplicable()), input.note(), input.personId()))
			.toList();
		// every answer is checked against the version and each misfit named (400) before anything changes
		standards.score(visit.versionId(), given.stream().map(VisitAnswer::toItemAnswer).toList());
		checks.people(visit, given);

		Map<Long, VisitAnswer> before = new HashMap<>();
		visit.answers().forEach(answer -> before.put(answer.itemId(), answer));
		Map<Long, ItemLine> linesBefore = new HashMap<>();
		visit.lines().forEach(line -> linesBefore.put(line.itemId(), line));
		List<VisitAnswer> changed = given.stream().filter(answer -> !same(answer, before.get(answer.itemId()))).toList();
		if (changed.isEmpty()) {
			throw io.jingxi.shared.DomainException.invalidField("answers", "inspection.amendment.noChange");
		}
		Instant now = clock.instant();
		visit.amendAnswers(changed, now);
		Rescoring.Outcome outcome = rescoring.rescore(visit, FindingOverturned.Cause.AMENDMENT, now);

		Map<Long, ItemLine> linesAfter = new HashMap<>();
		visit.lines().forEach(line -> linesAfter.put(line.itemId(), line));
		List<Amendment.Line> lines = new ArrayList<>();
		for (VisitAnswer answer : changed) {
			ItemLine was = linesBefore.get(answer.itemId());
			ItemLine is = linesAfter.get(answer.itemId());
			VisitAnswer previous = before.get(answer.itemId());
			lines.add(new Amendment.Line(answer.itemId(), is.clause(), was == null ? "" : was.answer(), is.answer(),
					previous == null ? null : previous.note(), answer.note(),
					was == null ? java.math.BigDecimal.ZERO : was.pointsEarned(), is.pointsEarned(),
					was != null && was.failed(), is.failed()));
		}
		Amendment amendment = amendments.save(new Amendment(visit, why, actor.userId(), displayName(actor), now,
				outcome.previousTotal(), outcome.total(), lines));
		events.publishEvent(EntityChanged.of(ENTITY, amendment.id(), "CREATED", null, amendment.summary()));
		events.publishEvent(EntityChanged.of(InspectionService.ENTITY, visit.id(), "AMENDED",
				"total=" + outcome.previousTotal().toPlainString(), visit.summary()));
		return amendment.view();
	}

	@Transactional(readOnly = true)
	List<AmendmentView> ofVisit(long visitId) {
		Visit visit = access.visible(visitId, actors.current());
		return amendments.findByVisitIdOrderByAmendedAtAscIdAsc(visit.id()).stream().map(Amendment::view).toList();
	}

	private static boolean same(VisitAnswer given, @Nullable VisitAnswer current) {
		if (current == null) {
			return false;
		}
		return Objects.equals(given.compliant(), current.compliant()) && sameValue(given, current)
				&& given.notApplicable() == current.notApplicable() && Objects.equals(given.note(), current.note())
				&& Objects.equals(given.personId(), current.personId());
	}

	private static boolean sameValue(VisitAnswer a, VisitAnswer b) {
		if (a.value() == null || b.value() == null) {
			return a.value() == null && b.value() == null;
		}
		return a.value().compareTo(b.value()) == 0;
	}

	private String displayName(Actor actor) {
		Long personId = actor.personId();
		if (personId != null) {
			return organization.person(personId).map(PersonSummary::name).orElse(actor.username());
		}
		return actor.username();
	}
}
