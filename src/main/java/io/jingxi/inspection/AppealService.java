package io.jingxi.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.calendar.CalendarApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonSummary;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.Scoped;

/**
 * Appeals (申诉): a user of the visited unit disputes a standing finding within the appeal policy's
 * window of working days; a quality manager upholds it (the finding is overturned with cause APPEAL,
 * its item counted as met, the visit re-scored) or rejects it. Appeals are read by unit scope like the
 * visits; nothing in them names the visit's inspector.
 */
@Service
@Transactional
class AppealService {

	static final String ENTITY = "InspectionAppeal";

	/** Deadlines in messages are shown in China Standard Time, the zone of the built-in calendars. */
	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final Appeals appeals;

	private final AppealPolicies policies;

	private final Findings findings;

	private final Visits visits;

	private final VisitAccess access;

	private final Rescoring rescoring;

	private final CalendarApi calendar;

	private final OrganizationApi organization;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppealService(Appeals appeals, AppealPolicies policies, Findings findings, Visits visits, VisitAccess access,
			Rescoring rescoring, CalendarApi calendar, OrganizationApi organization, Actors actors,
			ApplicationEventPublisher events, Clock clock) {
		this.appeals = appeals;
		this.policies = policies;
		this.findings = findings;
		this.visits = visits;
		this.access = access;
		this.rescoring = rescoring;
		this.calendar = calendar;
		this.organization = organization;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * When a visit's result starts to count, and with it the appeal window: its submission. (A visit
	 * whose result is published later may start it at the publication instead — this is the one place.)
	 */
	static Instant resultCountsFrom(Visit visit) {
		Instant submitted = visit.submittedAt();
		if (submitted == null) {
			throw DomainException.conflict("inspection.notSubmitted", String.valueOf(visit.id()));
		}
		return submitted;
	}

	@Transactional(readOnly = true)
	AppealWindowView window(long findingId) {
		Actor actor = actors.current();
		Finding finding = visibleFinding(findingId, actor);
		Visit visit = access.submitted(finding.visitId(), actor);
		AppealPolicy policy = currentPolicy();
		Instant from = resultCountsFrom(visit);
		Instant deadline = policy.deadline(calendar, visit.unitId(), from);
		Long appealId = appeals.findByFindingId(findingId).map(Appeal::id).orElse(null);
		boolean open = finding.standing() && appealId == null && !clock.instant().isAfter(deadline);
		return new AppealWindowView(findingId, from, deadline, open, AppealPolicy.NAME, policy.version(),
				policy.workingDays(), appealId);
	}

	/** Files an appeal against a standing finding of the actor's unit, before the deadline. */
	AppealView file(long findingId, @Nullable String reason) {
		Actor actor = actors.current();
		Finding finding = visibleFinding(findingId, actor);
		Visit visit = access.submitted(finding.visitId(), actor);
		if (actor.scope().isSelf() || !actor.scope().coversUnit(visit.unitId())) {
			// only the visited unit appeals; to anyone else the finding is not theirs to see
			throw DomainException.notFound("inspection.finding.notFound", String.valueOf(findingId));
		}
		if (!finding.standing()) {
			throw DomainException.conflict("inspection.finding.overturned", String.valueOf(findingId));
		}
		if (appeals.findByFindingId(findingId).isPresent()) {
			throw DomainException.conflict("inspection.appeal.exists", String.valueOf(findingId));
		}
		AppealPolicy policy = currentPolicy();
		Instant deadline = policy.deadline(calendar, visit.unitId(), resultCountsFrom(visit));
		Appeal appeal = appeals.save(new Appeal(finding, reason == null ? "" : reason, actor.userId(),
				displayName(actor), clock.instant(), deadline, policy, DEADLINE.format(deadline)));
		events.publishEvent(EntityChanged.of(ENTITY, appeal.id(), "FILED", null, appeal.summary()));
		return appeal.view(unitName(appeal.unitId()));
	}

	/** Upholds an open appeal: the finding is overturned (APPEAL), its item counted as met, the visit re-scored. */
	AppealView uphold(long appealId, @Nullable String reason) {
		Actor actor = actors.current();
		Appeal appeal = load(appealId, actor);
		appeal.requireOpen();
		String why = Amendment.reason(reason);
		Instant now = clock.instant();
		Finding finding = findings.findById(appeal.findingId()).orElseThrow();
		Visit visit = visits.findById(appeal.visitId()).orElseThrow();
		events.publishEvent(finding.overturn(FindingOverturned.Cause.APPEAL, now));
		findings.save(finding);
		Rescoring.Outcome outcome = rescoring.rescore(visit, FindingOverturned.Cause.APPEAL, now);
		String before = appeal.summary();
		appeal.uphold(why, actor.userId(), displayName(actor), now, outcome.previousTotal(), outcome.total());
		events.publishEvent(EntityChanged.of(ENTITY, appeal.id(), "UPHELD", before, appeal.summary()));
		events.publishEvent(EntityChanged.of(InspectionService.ENTITY, visit.id(), "RESCORED",
				"total=" + outcome.previousTotal().toPlainString(), visit.summary()));
		return appeal.view(unitName(appeal.unitId()));
	}

	/** Rejects an open appeal: the finding stands. */
	AppealView reject(long appealId, @Nullable String reason) {
		Actor actor = actors.current();
		Appeal appeal = load(appealId, actor);
		String before = appeal.summary();
		appeal.reject(reason == null ? "" : reason, actor.userId(), displayName(actor), clock.instant());
		events.publishEvent(EntityChanged.of(ENTITY, appeal.id(), "REJECTED", before, appeal.summary()));
		return appeal.view(unitName(appeal.unitId()));
	}

	@Transactional(readOnly = true)
	List<AppealView> ofVisit(long visitId) {
		Visit visit = access.visible(visitId, actors.current());
		String unitName = unitName(visit.unitId());
		return appeals.findByVisitIdOrderById(visit.id()).stream().map(appeal -> appeal.view(unitName)).toList();
	}

	@Transactional(readOnly = true)
	PageResult<AppealView> search(@Nullable AppealStatus status, @Nullable Long unitId, int page, int size) {
		Actor actor = actors.current();
		Specification<Appeal> spec = scoped(actor);
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (unitId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("unitId"), unitId));
		}
		var result = appeals.findAll(spec,
				PageRequest.of(page, size, Sort.by(Sort.Order.asc("filedAt"), Sort.Order.asc("id"))));
		Set<Long> unitIds = new HashSet<>();
		result.forEach(appeal -> unitIds.add(appeal.unitId()));
		Map<Long, String> names = new HashMap<>();
		organization.units(unitIds).forEach(unit -> names.put(unit.id(), unit.name()));
		return PageResult.of(result, appeal -> appeal.view(names.getOrDefault(appeal.unitId(), "")));
	}

	@Transactional(readOnly = true)
	List<AppealPolicyView> policyVersions() {
		return policies.findAllByOrderByVersionDesc().stream().map(AppealPolicyVersion::view).toList();
	}

	/** A new version of the appeal policy; appeals filed from now on get their deadline from it. */
	AppealPolicyView changePolicy(int workingDays) {
		Actor actor = actors.current();
		AppealPolicy current = currentPolicy();
		AppealPolicy next = new AppealPolicy(current.version() + 1, workingDays);
		AppealPolicyVersion saved = policies.save(new AppealPolicyVersion(next, clock.instant(), displayName(actor)));
		events.publishEvent(EntityChanged.of(AppealPolicy.NAME, next.version(), "CREATED",
				"v" + current.version() + ": " + current.workingDays() + " working days",
				"v" + next.version() + ": " + next.workingDays() + " working days"));
		return saved.view();
	}

	AppealPolicy currentPolicy() {
		return policies.findFirstByOrderByVersionDesc()
			.map(AppealPolicyVersion::policy)
			.orElseThrow(() -> new IllegalStateException("The appeal policy's first version is missing"));
	}

	/** Appeals of units in the actor's scope; none for a self-scoped user. */
	private static Specification<Appeal> scoped(Actor actor) {
		if (actor.scope().isSelf()) {
			return (root, query, cb) -> cb.disjunction();
		}
		return Scoped.byUnit(actor.scope(), "unitId");
	}

	private Appeal load(long appealId, Actor actor) {
		return appeals.findOne(Scoped.<Appeal>idEquals(appealId).and(scoped(actor)))
			.orElseThrow(() -> DomainException.notFound("inspection.appeal.notFound", String.valueOf(appealId)));
	}

	/** A finding of a visit the actor may see; 404 otherwise. */
	private Finding visibleFinding(long findingId, Actor actor) {
		Finding finding = findings.findById(findingId)
			.orElseThrow(() -> DomainException.notFound("inspection.finding.notFound", String.valueOf(findingId)));
		try {
			access.visible(finding.visitId(), actor);
		}
		catch (DomainException ex) {
			throw DomainException.notFound("inspection.finding.notFound", String.valueOf(findingId));
		}
		return finding;
	}

	private String unitName(long unitId) {
		return organization.unit(unitId).map(UnitSummary::name).orElse("");
	}

	private String displayName(Actor actor) {
		Long personId = actor.personId();
		if (personId != null) {
			return organization.person(personId).map(PersonSummary::name).orElse(actor.username());
		}
		return actor.username();
	}
}
