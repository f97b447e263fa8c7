package io.jingxi.inspection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.identity.IdentityApi;
import io.jingxi.inspection.PlanView.PlanPerson;
import io.jingxi.inspection.PlanView.PlanUnit;
import io.jingxi.inspection.SchedulePreview.ScheduleRow;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.DomainException.FieldProblem;
import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.Scoped;
import io.jingxi.standard.StandardApi;
import io.jingxi.standard.StandardSummary;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * Plans for the users who manage them: list, create, revise, pause and resume, preview the schedule,
 * generate now, and the visits a plan generated. A plan with hidden visits (mystery shoppers,
 * unannounced checks) exists only for organisation-wide users; others see the announced plans all of
 * whose units are in their scope, and may plan only for such units.
 */
@Service
@Transactional
class PlanService {

	/** How many periods a preview looks ahead, and how many rows it shows at most. */
	static final int PREVIEW_PERIODS = 3;

	static final int PREVIEW_ROWS = 500;

	private final Plans plans;

	private final PlanVisits planVisits;

	private final PlanGenerator generator;

	private final Planner planner;

	private final InspectionService inspections;

	private final KindPolicyService kindPolicies;

	private final StandardApi standards;

	private final OrganizationApi organization;

	private final IdentityApi identity;

	private final Actors actors;

	private final PlanningClock planning;

	private final ApplicationEventPublisher events;

	PlanService(Plans plans, PlanVisits planVisits, PlanGenerator generator, Planner planner,
			InspectionService inspections, KindPolicyService kindPolicies, StandardApi standards,
			OrganizationApi organization, IdentityApi identity, Actors actors, PlanningClock planning,
			ApplicationEventPublisher events) {
		this.plans = plans;
		this.planVisits = planVisits;
		this.generator = generator;
		this.planner = planner;
		this.inspections = inspections;
		this.kindPolicies = kindPolicies;
		this.standards = standards;
		this.organization = organization;
		this.identity = identity;
		this.actors = actors;
		this.planning = planning;
		this.events = events;
	}

	@Transactional(readOnly = true)
	PageResult<PlanView> search(@Nullable InspectionKind kind, @Nullable PlanStatus status, @Nullable String q,
			int page, int size) {
		Specification<InspectionPlan> spec = visible(actors.current());
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		if (q != null && !q.isBlank()) {
			String like = "%" + q.strip().toLowerCase() + "%";
			spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("name")), like));
		}
		var result = plans.findAll(spec, PageRequest.of(page, size, Sort.by(Sort.Order.desc("id"))));
		Map<Long, long[]> counts = openCounts(result.map(InspectionPlan::id).toList());
		return PageResult.of(result, plan -> view(plan, counts.getOrDefault(plan.id(), new long[2])));
	}

	@Transactional(readOnly = true)
	PlanView get(long id) {
		InspectionPlan plan = load(id);
		return view(plan, openCounts(List.of(plan.id())).getOrDefault(plan.id(), new long[2]));
	}

	PlanView create(PlanRequests.PlanRequest request) {
		Actor actor = actors.current();
		PlanSettings settings = request.settings();
		check(settings, actor);
		InspectionPlan plan = plans.save(new InspectionPlan(settings, actor.username(), planning.now()));
		events.publishEvent(EntityChanged.of(InspectionPlan.ENTITY, plan.id(), "CREATED", null, plan.summary()));
		return view(plan, new long[2]);
	}

	PlanView update(long id, PlanRequests.PlanRequest request) {
		Actor actor = actors.current();
		InspectionPlan plan = load(id);
		PlanSettings settings = request.settings();
		check(settings, actor);
		String before = plan.summary();
		plan.revise(settings, planning.now());
		plans.save(plan);
		events.publishEvent(EntityChanged.of(InspectionPlan.ENTITY, plan.id(), "UPDATED", before, plan.summary()));
		return get(plan.id());
	}

	PlanView pause(long id) {
		InspectionPlan plan = load(id);
		String before = plan.summary();
		plan.pause(planning.now());
		plans.save(plan);
		events.publishEvent(EntityChanged.of(InspectionPlan.ENTITY, plan.id(), "PAUSED", before, plan.summary()));
		return get(plan.id());
	}

	PlanView resume(long id) {
		InspectionPlan plan = load(id);
		String before = plan.summary();
		plan.resume(planning.now());
		plans.save(plan);
		events.publishEvent(EntityChanged.of(InspectionPlan.ENTITY, plan.id(), "RESUMED", before, plan.summary()));
		return get(plan.id());
	}

	/**
	 * "Generate now": the same run the timer makes, for one plan, as of now, in a transaction of its
	 * own. 409 when another run of the plan (the timer's, another node's) committed in between.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	GenerationResult generate(long id) {
		long planId = load(id).id();
		try {
			return generator.generate(planId, planning.now());
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			throw DomainException.conflict("inspection.plan.generatedMeanwhile", id);
		}
	}

	/** The schedule unsaved settings would have over the next periods, checked as saving would check them. */
	@Transactional(readOnly = true)
	SchedulePreview preview(PlanRequests.PlanRequest request) {
		PlanSettings settings = request.settings();
		check(settings, actors.current());
		InspectionPlan draft = new InspectionPlan(settings, "", planning.now());
		return schedule(settings, null, 0, draft.nextPeriods(planning.dateOf(planning.now()), PREVIEW_PERIODS));
	}

	/** A saved plan's schedule over the next periods, with the visits already generated. */
	@Transactional(readOnly = true)
	SchedulePreview schedule(long id) {
		InspectionPlan plan = load(id);
		return schedule(plan.settings(), plan.id(), plan.rotationCursor(),
				plan.nextPeriods(planning.dateOf(planning.now()), PREVIEW_PERIODS));
	}

	@Transactional(readOnly = true)
	PageResult<InspectionView> visits(long id, int page, int size) {
		InspectionPlan plan = load(id);
		long planId = plan.id();
		Specification<Visit> ofPlan = (root, query, cb) -> cb.equal(root.get("slot").get("planId"), planId);
		Pageable pageable = PageRequest.of(page, size,
				Sort.by(Sort.Order.desc("slot.dueDate"), Sort.Order.asc("unitId"), Sort.Order.asc("id")));
		return inspections.page(ofPlan, pageable);
	}

	/** The accounts the kind rules in force let conduct the kind, for the editor's pickers. */
	@Transactional(readOnly = true)
	List<PlanPerson> assignees(InspectionKind kind) {
		String permission = kindPolicies.current().rule(kind).permission();
		return identity.usersWithPermission(permission, null, 500).stream()
			.map(user -> new PlanPerson(user.id(), user.username(), user.displayName()))
			.toList();
	}

	private SchedulePreview schedule(PlanSettings settings, @Nullable Long planId, int cursor, List<Period> periods) {
		Planner.Outcome outcome = planner.run(settings, planId, cursor, periods, planner.units(settings),
				kindPolicies.current(), planning.now(), PREVIEW_ROWS);
		List<ScheduleRow> rows = outcome.entries().stream().map(entry -> {
			Visit visit = entry.existing();
			Long assigneeId = visit != null ? Long.valueOf(visit.inspectorUserId())
					: entry.assignee() == null ? null : entry.assignee().userId();
			return new ScheduleRow(entry.unit().id(), entry.unit().name(), entry.period().key(),
					entry.period().start(), entry.period().end(), entry.slot().sequence(), entry.slot().due().date(),
					entry.slot().due().end(), assigneeId, entry.assigneeName(), entry.past(),
					visit == null ? null : visit.id());
		}).toList();
		return new SchedulePreview(rows, outcome.skipped(), outcome.truncated());
	}

	/**
	 * Checks what the settings alone cannot: a hidden plan needs an organisation-wide user (403); the
	 * standard exists and is published, the units exist, are active and in the actor's scope, and the
	 * kind rules allow the assignee (or for a rotation someone of the pool) on every unit (400, naming
	 * the field).
	 */
	private void check(PlanSettings settings, Actor actor) {
		if (settings.hidden() && !actor.scope().all()) {
			throw DomainException.forbidden("inspection.plan.hiddenNeedsWholeOrganisation",
					KindPolicyService.kindLabel(settings.kind()));
		}
		Optional<StandardSummary> standard = standards.standard(settings.standardId());
		if (standard.isEmpty()) {
			throw DomainException.invalidField("standardId", "inspection.standard.notFound", settings.standardId());
		}
		if (standard.get().currentVersionId() == null) {
			throw DomainException.invalidField("standardId", "inspection.standard.notPublished",
					settings.standardId());
		}
		Map<Long, UnitSummary> chosen = new HashMap<>();
		organization.units(settings.unitIds()).forEach(unit -> chosen.put(unit.id(), unit));
		for (Long unitId : settings.unitIds()) {
			UnitSummary unit = chosen.get(unitId);
			if (unit == null || !unit.active() || !actor.scope().coversUnit(unitId)) {
				throw DomainException.invalidField("unitIds", "inspection.plan.unitNotFound", unitId);
			}
		}
		Long root = settings.subtreeRootId();
		if (root != null && (organization.unit(root).filter(UnitSummary::active).isEmpty()
				|| !actor.scope().coversUnit(root))) {
			throw DomainException.invalidField("subtreeRootId", "inspection.plan.unitNotFound", root);
		}
		List<UnitSummary> units = planner.units(settings);
		if (units.isEmpty()) {
			throw DomainException.invalidField(settings.subtreeRootId() == null ? "unitIds" : "subtreeUnitType",
					"inspection.plan.noMatchingUnits");
		}
		KindPolicy policy = kindPolicies.current();
		switch (settings.assigneeRule()) {
			case NAMED -> checkNamed(settings, policy, units);
			case ROTATION -> checkPool(settings, policy, units);
			case UNIT_OWN -> {
				// each unit's own people are found when visits are generated; the preview names units without any
			}
		}
	}

	private void checkNamed(PlanSettings settings, KindPolicy policy, List<UnitSummary> units) {
		Long userId = settings.assigneeUserId();
		Actor assignee = userId == null ? null : planner.actorOf(userId).orElse(null);
		if (assignee == null) {
			throw DomainException.invalidField("assigneeUserId", "inspection.plan.assigneeUnknown",
					String.valueOf(userId));
		}
		String name = planner.nameOf(assignee);
		for (UnitSummary unit : units) {
			kindPolicies.refusal(policy, settings.kind(), assignee, unit, true).ifPresent(refusal -> {
				throw DomainException.invalidField("assigneeUserId", Planner.refusalKey(refusal), name,
						KindPolicyService.kindLabel(settings.kind()), unit.name());
			});
		}
	}

	private void checkPool(PlanSettings settings, KindPolicy policy, List<UnitSummary> units) {
		List<FieldProblem> problems = new ArrayList<>();
		List<Actor> pool = new ArrayList<>();
		String permission = policy.rule(settings.kind()).permission();
		for (int i = 0; i < settings.pool().size(); i++) {
			Long userId = settings.pool().get(i);
			Actor member = planner.actorOf(userId).orElse(null);
			if (member == null) {
				problems.add(new FieldProblem("pool[" + i + "]", "inspection.plan.assigneeUnknown",
						String.valueOf(userId)));
			}
			else if (!member.can(permission)) {
				problems.add(new FieldProblem("pool[" + i + "]", Planner.refusalKey(KindRule.Refusal.NOT_PERMITTED),
						planner.nameOf(member), KindPolicyService.kindLabel(settings.kind()), ""));
			}
			else {
				pool.add(member);
			}
		}
		if (problems.isEmpty()) {
			for (UnitSummary unit : units) {
				boolean anyone = pool.stream()
					.anyMatch(member -> kindPolicies.refusal(policy, settings.kind(), member, unit, true).isEmpty());
				if (!anyone) {
					problems.add(new FieldProblem("pool", "inspection.plan.poolRefusesUnit", unit.name(),
							KindPolicyService.kindLabel(settings.kind())));
					break;
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, problems, problems.get(0).code(),
					problems.get(0).args());
		}
	}

	/** A plan the actor may manage, or 404. */
	private InspectionPlan load(long id) {
		return plans.findOne(Scoped.<InspectionPlan>idEquals(id).and(visible(actors.current())))
			.orElseThrow(() -> DomainException.notFound("inspection.plan.notFound", id));
	}

	/**
	 * The plans an actor may see: all for organisation-wide users; otherwise announced plans whose
	 * subtree (if any) and chosen units all lie in the actor's scope.
	 */
	static Specification<InspectionPlan> visible(Actor actor) {
		if (actor.scope().all()) {
			return (root, query, cb) -> cb.conjunction();
		}
		Set<Long> scope = actor.scope().unitIds();
		if (scope.isEmpty()) {
			return (root, query, cb) -> cb.disjunction();
		}
		return (root, query, cb) -> {
			Subquery<Long> outside = query.subquery(Long.class);
			Root<InspectionPlan> other = outside.from(InspectionPlan.class);
			Join<InspectionPlan, Long> unit = other.join("unitIds");
			outside.select(other.get("id"))
				.where(cb.equal(other.get("id"), root.get("id")), cb.not(unit.in(scope)));
			return cb.and(cb.isFalse(root.get("hidden")),
					cb.or(cb.isNull(root.get("subtreeRootId")), root.get("subtreeRootId").in(scope)),
					cb.not(cb.exists(outside)));
		};
	}

	/** Per plan: open visits and overdue ones. */
	private Map<Long, long[]> openCounts(Collection<Long> planIds) {
		Map<Long, long[]> counts = new HashMap<>();
		if (planIds.isEmpty()) {
			return counts;
		}
		for (Object[] row : planVisits.openCounts(planIds, planning.now())) {
			long open = ((Number) row[1]).longValue();
			long overdue = row[2] == null ? 0 : ((Number) row[2]).longValue();
			counts.put(((Number) row[0]).longValue(), new long[] { open, overdue });
		}
		return counts;
	}

	private PlanView view(InspectionPlan plan, long[] counts) {
		StandardSummary standard = standards.standard(plan.standardId()).orElse(null);
		Set<Long> unitIds = new HashSet<>(plan.unitIds());
		Long root = plan.subtreeRootId();
		if (root != null) {
			unitIds.add(root);
		}
		Map<Long, String> unitNames = new HashMap<>();
		organization.units(unitIds).forEach(unit -> unitNames.put(unit.id(), unit.name()));
		List<PlanUnit> units = plan.unitIds().stream()
			.sorted()
			.map(id -> new PlanUnit(id, unitNames.getOrDefault(id, "#" + id)))
			.toList();
		Long assigneeId = plan.assigneeUserId();
		return new PlanView(plan.id(), plan.name(), plan.kind(), plan.standardId(),
				standard == null ? "" : standard.code(), standard == null ? "" : standard.name(), plan.recurrence(),
				plan.visitsPerPeriod(), plan.startDate(), plan.endDate(), plan.dueRule(), plan.dueDays(),
				plan.assigneeRule(), assigneeId == null ? null : person(assigneeId),
				plan.pool().stream().map(this::person).toList(), plan.announced(), plan.hidden(), plan.status(), units,
				root == null ? null : new PlanUnit(root, unitNames.getOrDefault(root, "#" + root)),
				plan.subtreeUnitType(), counts[0], counts[1], plan.createdAt(), plan.createdBy(), plan.updatedAt(),
				plan.lastGeneratedAt());
	}

	private PlanPerson person(long userId) {
		return planner.actorOf(userId)
			.map(actor -> new PlanPerson(userId, actor.username(), planner.nameOf(actor)))
			.orElseGet(() -> new PlanPerson(userId, "#" + userId, "#" + userId));
	}
}
