package io.jingxi.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.jingxi.sampling.SwitchingState.Conditions;
import io.jingxi.sampling.SwitchingState.LotResult;
import io.jingxi.sampling.SwitchingState.Step;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The switching state over generated sequences of lots, against a reference that reads the rules of
 * clause 9 straight off the whole history (lists of results since each severity began) instead of
 * the counters the implementation keeps.
 */
class SwitchingProperties {

	/** One event of a stream: a lot with the conditions at its time, or a corrective action. */
	record Event(LotResult lot, Conditions conditions, boolean correctiveAction) {
	}

	@Provide
	Arbitrary<List<Event>> histories() {
		Arbitrary<LotResult> lots = Combinators
			.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 14),
					Arbitraries.integers().between(0, 100))
			.as((acceptedOdds, ac, tighterOdds) -> {
				boolean accepted = acceptedOdds < 80;
				return new LotResult(accepted, ac, accepted && tighterOdds < 85);
			});
		Arbitrary<Conditions> conditions = Combinators
			.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
			.as((steady, approved) -> new Conditions(steady < 90, approved < 70));
		Arbitrary<Event> events = Combinators.combine(lots, conditions, Arbitraries.integers().between(0, 100))
			.as((lot, c, action) -> new Event(lot, c, action < 10));
		return events.list().ofMinSize(1).ofMaxSize(120);
	}

	/** The rules read off the history. */
	static final class Reference {

		Severity severity = Severity.NORMAL;

		final List<LotResult> sinceNormal = new ArrayList<>();

		final List<Boolean> sinceTightened = new ArrayList<>();

		int score() {
			int score = 0;
			for (LotResult lot : sinceNormal) {
				boolean credit = lot.acceptanceNumber() >= 2 ? lot.accepted() && lot.acceptedOneStepTighter()
						: lot.accepted();
				score = credit ? score + (lot.acceptanceNumber() >= 2 ? 3 : 2) : 0;
			}
			return score;
		}

		void enter(Severity next) {
			severity = next;
			if (next == Severity.NORMAL) {
				sinceNormal.clear();
			}
			if (next == Severity.TIGHTENED) {
				sinceTightened.clear();
			}
		}

		void conditions(Conditions conditions) {
			if (severity == Severity.REDUCED && !conditions.productionSteady()) {
				enter(Severity.NORMAL);
			}
			else if (severity == Severity.NORMAL && score() >= 30 && conditions.productionSteady()
					&& conditions.reducedApproved()) {
				enter(Severity.REDUCED);
			}
		}

		void lot(LotResult lot, Conditions conditions) {
			switch (severity) {
				case NORMAL -> {
					sinceNormal.add(lot);
					List<LotResult> lastFive = sinceNormal.subList(Math.max(0, sinceNormal.size() - 5), sinceNormal.size());
					if (lastFive.stream().filter(l -> !l.accepted()).count() >= 2) {
						enter(Severity.TIGHTENED);
					}
					else if (score() >= 30 && conditions.productionSteady() && conditions.reducedApproved()) {
						enter(Severity.REDUCED);
					}
				}
				case TIGHTENED -> {
					sinceTightened.add(lot.accepted());
					int n = sinceTightened.size();
					if (sinceTightened.stream().filter(accepted -> !accepted).count() >= 5) {
						enter(Severity.DISCONTINUED);
					}
					else if (n >= 5 && sinceTightened.subList(n - 5, n).stream().allMatch(accepted -> accepted)) {
						enter(Severity.NORMAL);
					}
				}
				case REDUCED -> {
					if (!lot.accepted()) {
						enter(Severity.NORMAL);
					}
				}
				case DISCONTINUED -> throw new IllegalStateException("no lots while discontinued");
			}
		}
	}

	static final Set<String> ALLOWED = Set.of("NORMAL>TIGHTENED", "NORMAL>REDUCED", "TIGHTENED>NORMAL",
			"TIGHTENED>DISCONTINUED", "REDUCED>NORMAL", "DISCONTINUED>TIGHTENED");

	@Property(tries = 500)
	void theStateFollowsTheRulesOverAnySequenceOfLots(@ForAll("histories") List<Event> history) {
		SwitchingState state = SwitchingState.initial();
		Reference reference = new Reference();
		for (Event event : history) {
			Severity before = state.severity();
			Step step;
			if (state.severity() == Severity.DISCONTINUED) {
				if (!event.correctiveAction()) {
					continue;
				}
				step = state.correctiveAction();
				reference.enter(Severity.TIGHTENED);
			}
			else {
				Step conditionStep = state.conditionsChanged(event.conditions());
				reference.conditions(event.conditions());
				state = conditionStep.state();
				assertThat(state.severity()).isEqualTo(reference.severity);
				if (state.severity() == Severity.DISCONTINUED) {
					continue;
				}
				before = state.severity();
				step = state.afterLot(event.lot(), event.conditions());
				reference.lot(event.lot(), event.conditions());
			}
			state = step.state();
			assertThat(state.severity()).isEqualTo(reference.severity);
			assertThat(step.reason() != null).isEqualTo(before != state.severity());
			if (before != state.severity()) {
				assertThat(ALLOWED).contains(before + ">" + state.severity());
			}
			if (state.severity() == Severity.NORMAL) {
				assertThat(state.switchingScore()).isEqualTo(reference.score());
			}
		}
	}

	@Property(tries = 300)
	void onlyANotAcceptedLotSwitchesToTightenedAndOnlyAnAcceptedOneLeavesIt(@ForAll("histories") List<Event> history) {
		SwitchingState state = SwitchingState.initial();
		for (Event event : history) {
			if (state.severity() == Severity.DISCONTINUED) {
				state = state.correctiveAction().state();
				continue;
			}
			Step step = state.afterLot(event.lot(), new Conditions(true, false));
			if (step.reason() == SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED
					|| step.reason() == SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED
					|| step.reason() == SwitchReason.NOT_ACCEPTED_ON_REDUCED) {
				assertThat(event.lot().accepted()).isFalse();
			}
			if (step.reason() == SwitchReason.FIVE_CONSECUTIVE_ACCEPTED) {
				assertThat(event.lot().accepted()).isTrue();
			}
			// never reduced without approval
			assertThat(step.state().severity()).isNotEqualTo(Severity.REDUCED);
			state = step.state();
		}
	}
}
