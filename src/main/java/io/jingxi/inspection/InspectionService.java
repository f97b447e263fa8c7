package io.jingxi.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.inspection.InspectionDetails.AnswerView;
import io.jingxi.inspection.InspectionRequests.AnswerInput;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonSummary;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.Scoped;
import io.jingxi.standard.ItemAnswer;
import io.jingxi.standard.ScoreResult;
import io.jingxi.standard.StandardApi;
import io.jingxi.standard.StandardItemView;
import io.jingxi.standard.StandardVersionView;

/**
 * Visits: creating one against a standard's current version, answering it as a draft, submitting
 * it (score, findings, events) and reading visits and scores. Every read goes through
 * {@link #visible}: the actor's data scope, except that a mystery shopper sees only their own
 * visits and a visited unit never sees an unsubmitted mystery-shopper visit nor who the shopper was.
 */
@Service
@Transactional
class InspectionService implements InspectionApi {

	static final String ENTITY = "Inspection";

	private final Visits visits;

	private final Findings findings;

	private final StandardApi standards;

	private final OrganizationApi organization;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final AnswerChecks checks;

	private final EvidenceService evidence;

	InspectionService(Visits visits, Findings findings, StandardApi standards, OrganizationApi organization,
			Actors actors, ApplicationEventPublisher events, MessageSource messages, Clock clock, AnswerChecks checks,
			EvidenceService evidence) {
		this.visits = visits;
		this.findings = findings;
		this.standards = standards;
		this.organization = organization;
		this.actors = actors;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.checks = checks;
		this.evidence = evidence;
	}

	InspectionDetails create(long unitId, long standardId, InspectionKind kind, LocalDate plannedDate) {
		Actor actor = actors.current();
		UnitSummary unit = organization.unit(unitId)
			.filter(UnitSummary::active)
			.orElseThrow(() -> DomainException.invalidField("unitId", "inspection.unit.notFound", unitId));
		// a mystery shopper visits units outside their own part of the organisation; every other kind
		// checks a unit the inspector can see
		if (kind != InspectionKind.MYSTERY_SHOPPER && !actor.scope().coversUnit(unit.id())) {
			throw DomainException.invalidField("unitId", "inspection.unit.notFound", unitId);
		}
		if (standards.standard(standardId).isEmpty()) {
			throw DomainException.invalidField("standardId", "inspection.standard.notFound", standardId);
		}
		StandardVersionView version = standards.currentVersion(standardId)
			.orElseThrow(() -> new DomainException(org.springframework.http.HttpStatus.CONFLICT,
					List.of(new DomainException.FieldProblem("standardId", "inspection.standard.notPublished",
							standardId)),
					"inspection.standard.notPublished", standardId));
		Visit visit = visits.save(new Visit(unit.id(), kind, standardId, version.id(), actor.userId(),
				displayName(actor), plannedDate, clock.instant()));
		events.publishEvent(EntityChanged.of(ENTITY, visit.id(), "CREATED", null, visit.summary()));
		return details(visit, version, actor);
	}

	@Transactional(readOnly = true)
	PageResult<InspectionView> search(@Nullable Long unitId, @Nullable InspectionKind kind,
			@Nullable VisitStatus status, int page, int size) {
		Actor actor = actors.current();
		Specification<Visit> spec = visible(actor);
		if (unitId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("unitId"), unitId));
		}
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		var result = visits.findAll(spec,
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("plannedDate"), Sort.Order.desc("id"))));
		Set<Long> unitIds = new HashSet<>();
		result.forEach(visit -> unitIds.add(visit.unitId()));
		Map<Long, String> unitNames = new HashMap<>();
		organization.units(unitIds).forEach(unit -> unitNames.put(unit.id(), unit.name()));
		Map<Long, StandardVersionView> versions = new HashMap<>();
		return PageResult.of(result, visit -> view(visit,
				versions.computeIfAbsent(visit.versionId(), this::version), unitNames.getOrDefault(visit.unitId(), ""),
				actor));
	}

	@Transactional(readOnly = true)
	InspectionDetails details(long id) {
		Actor actor = actors.current();
		Visit visit = load(id, actor);
		return details(visit, version(visit.versionId()), actor);
	}

	InspectionDetails answer(long id, List<AnswerInput> inputs) {
		Actor actor = actors.current();
		Visit visit = changeable(id, actor);
		List<VisitAnswer> given = inputs.stream()
			.map(input -> new VisitAnswer(input.itemId(), input.compliant(), input.value(),
					Boolean.TRUE.equals(input.notApplicable()), input.note(), input.personId()))
			.toList();
		// the standard's scoring checks every answer against the version and names each misfit (400)
		standards.score(visit.versionId(), given.stream().map(VisitAnswer::toItemAnswer).toList());
		checks.people(visit, given);
		String before = visit.answers().size() + " answers";
		visit.answer(given, clock.instant());
		events.publishEvent(EntityChanged.of(ENTITY, visit.id(), "ANSWERED", before, visit.answers().size()
				+ " answers"));
		return details(visit, version(visit.versionId()), actor);
	}

	InspectionDetails submit(long id) {
		Actor actor = actors.current();
		Visit visit = changeable(id, actor);
		List<ItemAnswer> answers = visit.answers().stream().map(VisitAnswer::toItemAnswer).toList();
		ScoreResult score = standards.score(visit.versionId(), answers);
		StandardVersionView version = version(visit.versionId());
		checks.submittable(visit, score, version);
		String before = visit.summary();
		visit.submit(score, clock.instant());
		visits.save(visit);
		List<Finding> recorded = findings.saveAll(visit.lines().stream()
			.filter(ItemLine::failed)
			.map(line -> Finding.of(visit, line, clock.instant()))
			.toList());
		events.publishEvent(EntityChanged.of(ENTITY, visit.id(), "SUBMITTED", before, visit.summary()));
		events.publishEvent(new InspectionSubmitted(visit.id(), visit.unitId(), visit.kind(), visit.standardId(),
				visit.versionId(), score.total(), sectionResults(visit), visit.plannedDate(), clock.instant()));
		Map<Long, ItemLine> lines = new HashMap<>();
		visit.lines().forEach(line -> lines.put(line.itemId(), line));
		recorded.forEach(finding -> events.publishEvent(finding.recorded(visit, lines.get(finding.itemId()),
				version.item(finding.itemId()).map(StandardItemView::text).orElse(""))));
		return details(visit, version, actor);
	}

	@Transactional(readOnly = true)
	InspectionScoreView score(long id) {
		Visit visit = load(id, actors.current());
		if (visit.status() == VisitStatus.DRAFT) {
			return InspectionScoreView.running(visit,
					standards.score(visit.versionId(), visit.answers().stream().map(VisitAnswer::toItemAnswer).toList()));
		}
		return InspectionScoreView.stored(visit);
	}

	@Transactional(readOnly = true)
	List<FindingSummary> findingsOf(long id) {
		Visit visit = load(id, actors.current());
		return findingsOfVisit(visit.id());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<FindingSummary> finding(long findingId) {
		return findings.findById(findingId).map(Finding::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<FindingSummary> findingsOfVisit(long visitId) {
		return findings.findByVisitIdOrderById(visitId).stream().map(Finding::summary).toList();
	}

	/** The people the actor may name as responsible on their own draft: the visited unit's people in service. */
	@Transactional(readOnly = true)
	List<PersonSummary> responsibleCandidates(long id) {
		return checks.candidates(changeable(id, actors.current()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<EvidencePhotoView> findingEvidence(long findingId) {
		return evidence.ofFinding(findingId);
	}

	@Override
	public KindWeights kindWeights() {
		return KindWeights.defaults();
	}

	static List<InspectionSubmitted.SectionResult> sectionResults(Visit visit) {
		return visit.sections().stream()
			.map(section -> new InspectionSubmitted.SectionResult(section.sectionId(), section.name(), section.score(),
					section.failedItems()))
			.toList();
	}

	/**
	 * The visits an actor may see: everything for organisation-wide users; their own visits only for
	 * a self-scoped user (a mystery shopper); otherwise the visits of units in scope, less unsubmitted
	 * mystery-shopper visits, plus their own.
	 */
	static Specification<Visit> visible(Actor actor) {
		if (actor.scope().all()) {
			return (root, query, cb) -> cb.conjunction();
		}
		Specification<Visit> mine = (root, query, cb) -> cb.equal(root.get("inspectorUserId"), actor.userId());
		if (actor.scope().isSelf()) {
			return mine;
		}
		Specification<Visit> inScope = Scoped.byUnit(actor.scope(), "unitId");
		Specification<Visit> notHidden = (root, query, cb) -> cb.or(
				cb.notEqual(root.get("kind"), InspectionKind.MYSTERY_SHOPPER),
				cb.notEqual(root.get("status"), VisitStatus.DRAFT));
		return inScope.and(notHidden).or(mine);
	}

	/** Whether the actor is shown who did the visit: always, except a mystery shopper to others in a unit scope. */
	static boolean showsInspector(Visit visit, Actor actor) {
		return !visit.isMysteryShopper() || actor.scope().all() || visit.inspectorUserId() == actor.userId();
	}

	private Visit load(long id, Actor actor) {
		return visits.findOne(Scoped.<Visit>idEquals(id).and(visible(actor)))
			.orElseThrow(() -> DomainException.notFound("inspection.notFound", id));
	}

	/** A visit the actor may change: visible, still a draft (409 otherwise), and their own (403 otherwise). */
	private Visit changeable(long id, Actor actor) {
		Visit visit = load(id, actor);
		if (visit.status() != VisitStatus.DRAFT) {
			throw DomainException.conflict("inspection.notDraft", id);
		}
		if (visit.inspectorUserId() != actor.userId()) {
			throw DomainException.forbidden("inspection.notInspector", id);
		}
		return visit;
	}

	private StandardVersionView version(long versionId) {
		return standards.version(versionId).orElseThrow(
				() -> new IllegalStateException("Standard version " + versionId + " of a visit is gone"));
	}

	private InspectionDetails details(Visit visit, StandardVersionView version, Actor actor) {
		String unitName = organization.unit(visit.unitId()).map(UnitSummary::name).orElse("");
		return new InspectionDetails(view(visit, version, unitName, actor), version,
				visit.answers().stream().map(AnswerView::of).toList());
	}

	private InspectionView view(Visit visit, StandardVersionView version, String unitName, Actor actor) {
		boolean shown = showsInspector(visit, actor);
		return new InspectionView(visit.id(), visit.unitId(), unitName, visit.kind(), visit.standardId(),
				version.standardCode(), version.standardName(), visit.versionId(), version.number(),
				shown ? visit.inspectorUserId() : null, shown ? visit.inspectorName() : neutralLabel(), !shown,
				visit.plannedDate(), visit.status(), visit.total(), visit.createdAt(), visit.updatedAt(),
				visit.submittedAt());
	}

	private String neutralLabel() {
		return messages.getMessage("inspection.inspector.mysteryShopper", null, "Mystery shopper",
				LocaleContextHolder.getLocale());
	}

	/** The signed-in user's name as people know it: their person's name, or their username. */
	private String displayName(Actor actor) {
		Long personId = actor.personId();
		if (personId != null) {
			return organization.person(personId).map(PersonSummary::name).orElse(actor.username());
		}
		return actor.username();
	}
}
