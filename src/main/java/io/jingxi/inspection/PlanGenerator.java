package io.jingxi.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;
import io.jingxi.standard.StandardApi;
import io.jingxi.standard.StandardVersionView;

/**
 * Generates plans' visits: for each active plan, the visits of the current period and of the periods
 * starting within {@link InspectionPlan#LEAD_DAYS}, skipping slots that already have their visit (the
 * slot is unique in the database, so a rerun or a second node creates nothing twice) and slots already
 * past due. A generated visit is a draft of the plan's kind against the standard's current version,
 * assigned to its inspector, with its due date, hidden when the plan is.
 */
@Component
class PlanGenerator {

	private static final Logger log = LoggerFactory.getLogger(PlanGenerator.class);

	private final Plans plans;

	private final Visits visits;

	private final Planner planner;

	private final StandardApi standards;

	private final KindPolicyService kindPolicies;

	private final PlanningClock planning;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate eachPlan;

	PlanGenerator(Plans plans, Visits visits, Planner planner, StandardApi standards, KindPolicyService kindPolicies,
			PlanningClock planning, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.plans = plans;
		this.visits = visits;
		this.planner = planner;
		this.standards = standards;
		this.kindPolicies = kindPolicies;
		this.planning = planning;
		this.events = events;
		this.eachPlan = new TransactionTemplate(transactions);
		this.eachPlan.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Generates one plan's visits as of {@code now}, in the caller's transaction. 409 when the plan is
	 * paused or its standard has no published version.
	 */
	GenerationResult generate(InspectionPlan plan, Instant now) {
		plan.requireActive();
		StandardVersionView version = standards.currentVersion(plan.standardId())
			.orElseThrow(() -> new DomainException(HttpStatus.CONFLICT, "inspection.standard.notPublished",
					plan.standardId()));
		KindPolicy policy = kindPolicies.current();
		PlanSettings settings = plan.settings();
		List<Period> periods = plan.periodsToGenerate(planning.dateOf(now));
		Planner.Outcome outcome = planner.run(settings, plan.id(), plan.rotationCursor(), periods,
				planner.units(settings), policy, now, Integer.MAX_VALUE);
		int existing = 0;
		int past = 0;
		List<Long> created = new ArrayList<>();
		for (Planner.Entry entry : outcome.entries()) {
			if (entry.existing() != null) {
				existing++;
				continue;
			}
			if (entry.past() || entry.assignee() == null || entry.assigneeName() == null) {
				past++;
				continue;
			}
			Schedule.Slot slot = entry.slot();
			Visit visit = visits.save(new Visit(entry.unit().id(), plan.kind(), plan.standardId(), version.id(),
					entry.assignee().userId(), entry.assigneeName(), slot.due().date(), now, plan.hidden(),
					policy.version(), new PlanSlot(plan.id(), entry.period().key(), slot.sequence(), slot.due().date(),
							slot.due().end())));
			created.add(visit.id());
			events.publishEvent(EntityChanged.of(InspectionService.ENTITY, visit.id(), "GENERATED", null,
					visit.summary() + ", plan=" + plan.id() + ", due=" + slot.due().date()));
		}
		plan.generated(outcome.cursor(), now);
		plans.save(plan);
		if (!created.isEmpty()) {
			events.publishEvent(EntityChanged.of(InspectionPlan.ENTITY, plan.id(), "GENERATED", null,
					created.size() + " visits"));
		}
		return new GenerationResult(plan.id(), created.size(), existing, past, created, outcome.skipped());
	}

	/** One plan's run as of {@code now} in a transaction of its own (tests call it with a fixed instant). */
	GenerationResult generate(long planId, Instant now) {
		GenerationResult result = eachPlan.execute(status -> generate(
				plans.findById(planId).orElseThrow(() -> DomainException.notFound("inspection.plan.notFound", planId)),
				now));
		if (result == null) {
			throw new IllegalStateException("Generating plan " + planId + " returned nothing");
		}
		return result;
	}

	/**
	 * The timer's run: every active plan as of {@code now}, each in a transaction of its own, so that
	 * one plan's problem (say, its standard retired) does not hold up the others. Returns the number
	 * of visits created.
	 */
	int generateAll(Instant now) {
		int created = 0;
		for (Long planId : plans.activeIds()) {
			try {
				Integer count = eachPlan.execute(status -> plans.findById(planId)
					.filter(plan -> plan.status() == PlanStatus.ACTIVE)
					.map(plan -> generate(plan, now).created())
					.orElse(0));
				created += count == null ? 0 : count;
			}
			catch (RuntimeException ex) {
				log.warn("Plan {} generated no visits: {}", planId, ex.toString());
			}
		}
		return created;
	}
}
