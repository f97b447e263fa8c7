package io.jingxi.inspection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.inspection.KindRule.Refusal;
import io.jingxi.inspection.PlanRequests.KindRuleInput;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;

/**
 * The kind rules in force and their history: reading them, saving a quality manager's change as a
 * new version, and judging whether someone may conduct a kind of visit of a unit.
 */
@Service
@Transactional
class KindPolicyService {

	private final KindPolicies policies;

	private final OrganizationApi organization;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KindPolicyService(KindPolicies policies, OrganizationApi organization, Actors actors,
			ApplicationEventPublisher events, Clock clock) {
		this.policies = policies;
		this.organization = organization;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** The version in force: the latest saved, or the built-in defaults while none is. */
	@Transactional(readOnly = true)
	KindPolicy current() {
		return policies.findTopByOrderByVersionDesc().orElseGet(KindPolicy::defaults);
	}

	@Transactional(readOnly = true)
	KindPolicyView currentView() {
		return current().view(true);
	}

	/** Every version, newest first, ending with the built-in defaults (version 0). */
	@Transactional(readOnly = true)
	List<KindPolicyView> history() {
		List<KindPolicy> saved = policies.findAllByOrderByVersionDesc();
		List<KindPolicyView> views = new ArrayList<>();
		for (int i = 0; i < saved.size(); i++) {
			views.add(saved.get(i).view(i == 0));
		}
		views.add(KindPolicy.defaults().view(saved.isEmpty()));
		return views;
	}

	@Transactional(readOnly = true)
	KindPolicyView version(int version) {
		int current = current().version();
		if (version == 0) {
			return KindPolicy.defaults().view(current == 0);
		}
		return policies.findById(version)
			.map(policy -> policy.view(policy.version() == current))
			.orElseThrow(() -> DomainException.notFound("inspection.policy.notFound", version));
	}

	/**
	 * Saves the rules as the next version. Refused with 409 when someone saved another version since
	 * {@code basedOnVersion} was read, with 400 naming the rule when a rule is incomplete or invalid.
	 */
	KindPolicyView change(int basedOnVersion, List<KindRuleInput> inputs, @Nullable String note) {
		Actor actor = actors.current();
		KindPolicy current = current();
		if (current.version() != basedOnVersion) {
			throw DomainException.conflict("inspection.policy.stale", current.version());
		}
		List<KindRule> rules = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			KindRuleInput input = inputs.get(i);
			try {
				rules.add(new KindRule(input.kind(), input.permission().strip(), input.unitRule(),
						input.assignedOnly(), input.weight()));
			}
			catch (DomainException ex) {
				throw ex.fieldProblems().isEmpty() ? ex
						: DomainException.invalidField("rules[" + i + "]." + ex.fieldProblems().get(0).field(),
								ex.code(), ex.args());
			}
		}
		String why = note == null || note.isBlank() ? null : note.strip();
		KindPolicy next = current.next(rules, actor.username(), why, clock.instant());
		try {
			policies.saveAndFlush(next);
		}
		catch (DataIntegrityViolationException ex) {
			// another quality manager saved the same version a moment earlier
			throw DomainException.conflict("inspection.policy.stale", next.version());
		}
		events.publishEvent(EntityChanged.of(KindPolicy.ENTITY, next.version(), "CHANGED", current.summary(),
				next.summary()));
		return next.view(true);
	}

	/** Whether the policy refuses {@code who} a visit of the kind to the unit, and why. */
	Optional<Refusal> refusal(KindPolicy policy, InspectionKind kind, Actor who, UnitSummary unit,
			boolean onAssignment) {
		Long ownUnitId = who.unitId();
		UnitSummary ownUnit = ownUnitId == null ? null : organization.unit(ownUnitId).orElse(null);
		return policy.rule(kind).refusal(who, unit, ownUnit, onAssignment);
	}

	/**
	 * The refusal of a visit someone starts themselves, naming the kind: a unit outside their scope
	 * answers as if it did not exist (400 on the unit), every other refusal 403.
	 */
	static DomainException refused(Refusal refusal, InspectionKind kind, String permission, UnitSummary unit) {
		if (refusal == Refusal.OUTSIDE_SCOPE) {
			return DomainException.invalidField("unitId", "inspection.unit.notFound", unit.id());
		}
		return DomainException.forbidden(refusal.key, kindLabel(kind), permission);
	}

	/** The kind's name in the request's language, as a message argument. */
	static MessageSourceResolvable kindLabel(InspectionKind kind) {
		return new DefaultMessageSourceResolvable(new String[] { "inspection.kind." + kind.name() }, kind.name());
	}
}
