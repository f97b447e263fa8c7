package io.jingxi.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import io.jingxi.calendar.CalendarApi;
import io.jingxi.calendar.WorkingDay;
import io.jingxi.identity.IdentityApi;
import io.jingxi.identity.IdentityApi.UserRef;
import io.jingxi.inspection.KindRule.Refusal;
import io.jingxi.inspection.SchedulePreview.ScheduleSkip;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonSummary;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;

/**
 * Works out a plan's schedule: its units, each period's slots per unit from the unit's working
 * calendar, and the assignee of each new slot by the plan's assignee rule and the kind rules in force.
 * Generation and the preview share it, so the preview shows exactly what generating would create.
 */
@Component
class Planner {

	/** Accounts of a unit considered when its own people are assigned. */
	private static final int UNIT_CANDIDATES = 50;

	private final CalendarApi calendar;

	private final OrganizationApi organization;

	private final IdentityApi identity;

	private final KindPolicyService kindPolicies;

	private final PlanVisits planVisits;

	private final MessageSource messages;

	Planner(CalendarApi calendar, OrganizationApi organization, IdentityApi identity, KindPolicyService kindPolicies,
			PlanVisits planVisits, MessageSource messages) {
		this.calendar = calendar;
		this.organization = organization;
		this.identity = identity;
		this.kindPolicies = kindPolicies;
		this.planVisits = planVisits;
		this.messages = messages;
	}

	/** One slot of the schedule: a unit's visit in a period, its assignee, and the visit once generated. */
	record Entry(UnitSummary unit, Period period, Schedule.Slot slot, @Nullable Actor assignee,
			@Nullable String assigneeName, boolean past, @Nullable Visit existing) {
	}

	/** The schedule: slots in period, unit and sequence order; skipped units; the rotation afterwards. */
	record Outcome(List<Entry> entries, List<ScheduleSkip> skipped, int cursor, boolean truncated) {
	}

	/** The active units a plan names: its chosen units and the subtree's units of the chosen type, by path. */
	List<UnitSummary> units(PlanSettings settings) {
		Map<Long, UnitSummary> units = new LinkedHashMap<>();
		organization.units(settings.unitIds()).stream().filter(UnitSummary::active)
			.forEach(unit -> units.put(unit.id(), unit));
		Long root = settings.subtreeRootId();
		if (root != null) {
			String type = settings.subtreeUnitType();
			organization.units(organization.subtreeIds(Set.of(root))).stream()
				.filter(UnitSummary::active)
				.filter(unit -> type == null || type.equals(unit.typeCode()))
				.forEach(unit -> units.putIfAbsent(unit.id(), unit));
		}
		List<UnitSummary> sorted = new ArrayList<>(units.values());
		sorted.sort(Comparator.comparing(UnitSummary::path).thenComparing(UnitSummary::id));
		return sorted;
	}

	/**
	 * The schedule of {@code periods} for {@code units}. Slots a saved plan already generated keep their
	 * visit and assignee; new slots due before {@code now} are marked past and get no assignee; the
	 * others get theirs, a rotation moving on from {@code cursor} with each. At most {@code maxEntries}.
	 */
	Outcome run(PlanSettings settings, @Nullable Long planId, int cursor, List<Period> periods,
			List<UnitSummary> units, KindPolicy policy, Instant now, int maxEntries) {
		Map<String, Visit> existing = new HashMap<>();
		if (planId != null && !periods.isEmpty()) {
			planVisits.inPeriods(planId, periods.stream().map(Period::key).toList()).forEach(visit -> {
				PlanSlot slot = visit.slot();
				if (slot != null) {
					existing.put(key(visit.unitId(), slot.periodKey(), slot.sequence()), visit);
				}
			});
		}
		Assignees assignees = new Assignees(settings, policy, cursor);
		List<Entry> entries = new ArrayList<>();
		List<ScheduleSkip> skipped = new ArrayList<>();
		boolean truncated = false;
		outer: for (Period period : periods) {
			for (UnitSummary unit : units) {
				List<WorkingDay> days = calendar.workingDays(unit.id(), period.start(), period.end());
				List<Schedule.Slot> slots = Schedule.slots(period, days, settings.visitsPerPeriod(),
						settings.dueRule(), settings.dueDays());
				if (slots.isEmpty()) {
					skipped.add(skip(unit, period, "inspection.plan.skip.noWorkingDay"));
					continue;
				}
				for (Schedule.Slot slot : slots) {
					if (entries.size() >= maxEntries) {
						truncated = true;
						break outer;
					}
					Visit visit = existing.get(key(unit.id(), period.key(), slot.sequence()));
					if (visit != null) {
						entries.add(new Entry(unit, period, slot, null, visit.inspectorName(), false, visit));
						continue;
					}
					if (slot.due().end().isBefore(now)) {
						entries.add(new Entry(unit, period, slot, null, null, true, null));
						continue;
					}
					Pick pick = assignees.pick(unit);
					if (pick.actor() == null) {
						skipped.add(new ScheduleSkip(unit.id(), unit.name(), period.key(), pick.reason()));
						continue;
					}
					entries.add(new Entry(unit, period, slot, pick.actor(), pick.name(), false, null));
				}
			}
		}
		return new Outcome(entries, skipped, assignees.cursor, truncated);
	}

	/**
	 * Why the kind rules refuse an account the plan's visits of a unit, in the request's language, or
	 * empty when they allow it.
	 */
	Optional<String> refusal(KindPolicy policy, InspectionKind kind, Actor who, String whoName, UnitSummary unit) {
		return kindPolicies.refusal(policy, kind, who, unit, true)
			.map(refusal -> text(refusalKey(refusal), whoName, KindPolicyService.kindLabel(kind), unit.name()));
	}

	static String refusalKey(Refusal refusal) {
		return "inspection.plan.assignee." + refusal.name();
	}

	/** The name people know an account by: its person's name, else its username. */
	String nameOf(Actor actor) {
		Long personId = actor.personId();
		if (personId != null) {
			return organization.person(personId).map(PersonSummary::name).orElse(actor.username());
		}
		return actor.username();
	}

	Optional<Actor> actorOf(long userId) {
		return identity.actorOf(userId);
	}

	String text(String key, Object... args) {
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { key }, args, key),
				LocaleContextHolder.getLocale());
	}

	private ScheduleSkip skip(UnitSummary unit, Period period, String key) {
		return new ScheduleSkip(unit.id(), unit.name(), period.key(), text(key));
	}

	private static String key(long unitId, String periodKey, int sequence) {
		return unitId + "|" + periodKey + "|" + sequence;
	}

	/** An assignee, or why there is none. */
	private record Pick(@Nullable Actor actor, @Nullable String name, String reason) {
	}

	/** Picks assignees by the plan's rule, remembering the accounts it looked up and the rotation. */
	private final class Assignees {

		private final PlanSettings settings;

		private final KindPolicy policy;

		private final Map<Long, Optional<Actor>> actors = new HashMap<>();

		private int cursor;

		Assignees(PlanSettings settings, KindPolicy policy, int cursor) {
			this.settings = settings;
			this.policy = policy;
			this.cursor = cursor;
		}

		Pick pick(UnitSummary unit) {
			return switch (settings.assigneeRule()) {
				case NAMED -> named(unit);
				case UNIT_OWN -> firstAllowed(unitCandidates(unit), unit);
				case ROTATION -> rotation(unit);
			};
		}

		private Pick named(UnitSummary unit) {
			Long userId = settings.assigneeUserId();
			Actor actor = userId == null ? null : actor(userId).orElse(null);
			if (actor == null) {
				return new Pick(null, null, text("inspection.plan.assigneeUnknown", String.valueOf(userId)));
			}
			String name = nameOf(actor);
			Optional<String> refused = refusal(policy, settings.kind(), actor, name, unit);
			return refused.map(reason -> new Pick(null, null, reason)).orElseGet(() -> new Pick(actor, name, ""));
		}

		private Pick rotation(UnitSummary unit) {
			List<Long> pool = settings.pool();
			for (int k = 0; k < pool.size(); k++) {
				int index = Math.floorMod(cursor + k, pool.size());
				Actor actor = actor(pool.get(index)).orElse(null);
				if (actor != null) {
					String name = nameOf(actor);
					if (refusal(policy, settings.kind(), actor, name, unit).isEmpty()) {
						cursor = index + 1;
						return new Pick(actor, name, "");
					}
				}
			}
			return noAssignee();
		}

		/** The unit's accounts allowed the kind: the unit manager's own account first. */
		private List<Long> unitCandidates(UnitSummary unit) {
			String permission = policy.rule(settings.kind()).permission();
			Long manager = organization.unitManagerOf(unit.id()).map(PersonSummary::id).orElse(null);
			List<UserRef> accounts = new ArrayList<>(identity.usersWithPermission(permission, unit.id(),
					UNIT_CANDIDATES));
			accounts.sort(Comparator.comparing((UserRef user) -> manager == null || !manager.equals(user.personId()))
				.thenComparing(UserRef::id));
			return accounts.stream().map(UserRef::id).toList();
		}

		private Pick firstAllowed(List<Long> candidates, UnitSummary unit) {
			for (Long userId : candidates) {
				Actor actor = actor(userId).orElse(null);
				if (actor != null) {
					String name = nameOf(actor);
					if (refusal(policy, settings.kind(), actor, name, unit).isEmpty()) {
						return new Pick(actor, name, "");
					}
				}
			}
			return noAssignee();
		}

		private Pick noAssignee() {
			MessageSourceResolvable kind = KindPolicyService.kindLabel(settings.kind());
			return new Pick(null, null, text("inspection.plan.skip.noAssignee", kind));
		}

		private Optional<Actor> actor(long userId) {
			return actors.computeIfAbsent(userId, Planner.this::actorOf);
		}
	}
}
