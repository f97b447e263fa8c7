package io.jingxi.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.jingxi.sampling.SwitchingState.Conditions;
import io.jingxi.sampling.SwitchingState.LotResult;
import io.jingxi.sampling.SwitchingState.Step;
import io.jingxi.shared.DomainException;

/** The switching rules of GB/T 2828.1-2012 clause 9, one rule at a time. */
class SwitchingStateTests {

	static final Conditions STEADY_APPROVED = new Conditions(true, true);

	static final Conditions NOT_APPROVED = new Conditions(true, false);

	static final LotResult ACCEPTED = new LotResult(true, 1, false);

	static final LotResult REJECTED = new LotResult(false, 1, false);

	static SwitchingState run(SwitchingState state, Conditions conditions, LotResult... lots) {
		for (LotResult lot : lots) {
			state = state.afterLot(lot, conditions).state();
		}
		return state;
	}

	@Test
	void everyStreamStartsOnNormalInspectionWithAScoreOfZero() {
		assertThat(SwitchingState.initial()).isEqualTo(new SwitchingState(Severity.NORMAL, 0, "", 0, 0));
	}

	@Test
	void twoNotAcceptedWithinFiveConsecutiveLotsSwitchToTightened() {
		SwitchingState state = run(SwitchingState.initial(), NOT_APPROVED, REJECTED, ACCEPTED, ACCEPTED, ACCEPTED);
		assertThat(state.severity()).isEqualTo(Severity.NORMAL);
		Step step = state.afterLot(REJECTED, NOT_APPROVED);
		assertThat(step.state().severity()).isEqualTo(Severity.TIGHTENED);
		assertThat(step.reason()).isEqualTo(SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED);
	}

	@Test
	void twoNotAcceptedSixLotsApartDoNotSwitch() {
		SwitchingState state = run(SwitchingState.initial(), NOT_APPROVED, REJECTED, ACCEPTED, ACCEPTED, ACCEPTED,
				ACCEPTED, REJECTED);
		assertThat(state.severity()).isEqualTo(Severity.NORMAL);
		assertThat(state.recentNormal()).isEqualTo("AAAAR");
	}

	@Test
	void fiveConsecutiveAcceptedOnTightenedReturnToNormalAndARejectionStartsTheCountAgain() {
		SwitchingState tightened = run(SwitchingState.initial(), NOT_APPROVED, REJECTED, REJECTED);
		SwitchingState state = run(tightened, NOT_APPROVED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, REJECTED, ACCEPTED,
				ACCEPTED, ACCEPTED, ACCEPTED);
		assertThat(state.severity()).isEqualTo(Severity.TIGHTENED);
		Step step = state.afterLot(ACCEPTED, NOT_APPROVED);
		assertThat(step.reason()).isEqualTo(SwitchReason.FIVE_CONSECUTIVE_ACCEPTED);
		assertThat(step.state()).isEqualTo(SwitchingState.initial());
	}

	@Test
	void fiveNotAcceptedOnTightenedDiscontinueUntilCorrectiveActionResumesOnTightened() {
		// two to switch to tightened, then four of six not accepted on tightened
		SwitchingState state = run(SwitchingState.initial(), NOT_APPROVED, REJECTED, REJECTED, REJECTED, ACCEPTED,
				REJECTED, ACCEPTED, REJECTED, REJECTED);
		assertThat(state.severity()).isEqualTo(Severity.TIGHTENED);
		assertThat(state.rejectedOnTightened()).isEqualTo(4);
		Step step = state.afterLot(REJECTED, NOT_APPROVED);
		assertThat(step.reason()).isEqualTo(SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED);
		SwitchingState discontinued = step.state();
		assertThat(discontinued.severity()).isEqualTo(Severity.DISCONTINUED);
		assertThatThrownBy(() -> discontinued.afterLot(ACCEPTED, NOT_APPROVED)).isInstanceOf(DomainException.class);
		Step resumed = discontinued.correctiveAction();
		assertThat(resumed.reason()).isEqualTo(SwitchReason.CORRECTIVE_ACTION);
		assertThat(resumed.state()).isEqualTo(new SwitchingState(Severity.TIGHTENED, 0, "", 0, 0));
	}

	@Test
	void theSwitchingScoreAddsThreeWhenAcIsTwoOrMoreAndTheLotPassesOneStepTighter() {
		SwitchingState state = SwitchingState.initial();
		state = state.afterLot(new LotResult(true, 2, true), NOT_APPROVED).state();
		assertThat(state.switchingScore()).isEqualTo(3);
		state = state.afterLot(new LotResult(true, 5, true), NOT_APPROVED).state();
		assertThat(state.switchingScore()).isEqualTo(6);
		// accepted, but not at the tighter AQL: back to zero
		state = state.afterLot(new LotResult(true, 2, false), NOT_APPROVED).state();
		assertThat(state.switchingScore()).isZero();
	}

	@Test
	void theSwitchingScoreAddsTwoWhenAcIsZeroOrOneAndTheLotIsAccepted() {
		SwitchingState state = run(SwitchingState.initial(), NOT_APPROVED, new LotResult(true, 0, false),
				new LotResult(true, 1, false));
		assertThat(state.switchingScore()).isEqualTo(4);
		state = state.afterLot(new LotResult(false, 0, false), NOT_APPROVED).state();
		assertThat(state.switchingScore()).isZero();
	}

	@Test
	void reducedInspectionNeedsAScoreOfThirtySteadyProductionAndApproval() {
		SwitchingState state = SwitchingState.initial();
		for (int i = 0; i < 15; i++) {
			state = state.afterLot(ACCEPTED, NOT_APPROVED).state();
		}
		assertThat(state.severity()).isEqualTo(Severity.NORMAL);
		assertThat(state.switchingScore()).isEqualTo(30);
		// production not steady: still normal even when approved
		assertThat(state.conditionsChanged(new Conditions(false, true)).state().severity()).isEqualTo(Severity.NORMAL);
		Step approved = state.conditionsChanged(STEADY_APPROVED);
		assertThat(approved.reason()).isEqualTo(SwitchReason.SWITCHING_SCORE);
		assertThat(approved.state().severity()).isEqualTo(Severity.REDUCED);
		// with approval given beforehand, the fifteenth accepted lot itself switches
		SwitchingState early = run(SwitchingState.initial(), STEADY_APPROVED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED,
				ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED, ACCEPTED);
		assertThat(early.severity()).isEqualTo(Severity.NORMAL);
		Step fifteenth = early.afterLot(ACCEPTED, STEADY_APPROVED);
		assertThat(fifteenth.reason()).isEqualTo(SwitchReason.SWITCHING_SCORE);
	}

	@Test
	void reducedReturnsToNormalOnANotAcceptedLotIrregularProductionOrOtherConditions() {
		SwitchingState reduced = new SwitchingState(Severity.REDUCED, 30, "AAAAA", 0, 0);
		assertThat(reduced.afterLot(ACCEPTED, STEADY_APPROVED).state()).isEqualTo(reduced);
		Step rejected = reduced.afterLot(REJECTED, STEADY_APPROVED);
		assertThat(rejected.reason()).isEqualTo(SwitchReason.NOT_ACCEPTED_ON_REDUCED);
		assertThat(rejected.state()).isEqualTo(SwitchingState.initial());
		Step irregular = reduced.conditionsChanged(new Conditions(false, true));
		assertThat(irregular.reason()).isEqualTo(SwitchReason.PRODUCTION_IRREGULAR);
		assertThat(irregular.state().severity()).isEqualTo(Severity.NORMAL);
		Step other = reduced.returnToNormal();
		assertThat(other.reason()).isEqualTo(SwitchReason.OTHER_CONDITIONS);
		assertThatThrownBy(() -> SwitchingState.initial().returnToNormal()).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> SwitchingState.initial().correctiveAction()).isInstanceOf(DomainException.class);
	}
}
