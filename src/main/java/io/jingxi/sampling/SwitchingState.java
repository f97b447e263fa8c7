package io.jingxi.sampling;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;

/**
 * 转移规则: the switching state of one stream of lots and the rules of GB/T 2828.1-2012 clause 9
 * (ISO 2859-1:1999) that move it. Immutable; every step answers the next state and, when the
 * severity changed, the rule that changed it.
 *
 * @param severity the current severity
 * @param switchingScore the switching score (9.3.3.2), kept while on normal inspection
 * @param recentNormal the results of the last lots on normal inspection since it began, oldest first,
 *        at most five: A accepted, R not accepted
 * @param acceptedInARow consecutive lots accepted since tightened inspection began
 * @param rejectedOnTightened lots not accepted since tightened inspection began
 */
record SwitchingState(Severity severity, int switchingScore, String recentNormal, int acceptedInARow,
		int rejectedOnTightened) {

	static final int REDUCED_SCORE = 30;

	SwitchingState {
		if (switchingScore < 0 || acceptedInARow < 0 || rejectedOnTightened < 0 || recentNormal.length() > 5
				|| !recentNormal.matches("[AR]*")) {
			throw new IllegalArgumentException("Invalid switching state");
		}
	}

	/** Every stream starts on normal inspection with a switching score of zero. */
	static SwitchingState initial() {
		return normal();
	}

	private static SwitchingState normal() {
		return new SwitchingState(Severity.NORMAL, 0, "", 0, 0);
	}

	private static SwitchingState tightened() {
		return new SwitchingState(Severity.TIGHTENED, 0, "", 0, 0);
	}

	/**
	 * One lot's result on original inspection for this stream's defect class.
	 *
	 * @param accepted whether the class was accepted
	 * @param acceptanceNumber the Ac of the plan used
	 * @param acceptedOneStepTighter whether the lot would have been accepted with the AQL one step
	 *        tighter (the plan of the next smaller AQL at the same code letter)
	 */
	record LotResult(boolean accepted, int acceptanceNumber, boolean acceptedOneStepTighter) {
	}

	/** What the responsible authority and the receivers say about the stream. */
	record Conditions(boolean productionSteady, boolean reducedApproved) {
	}

	/** The next state and, when the severity changed, why. */
	record Step(SwitchingState state, @Nullable SwitchReason reason) {

		Optional<SwitchReason> switched() {
			return Optional.ofNullable(reason);
		}
	}

	Step afterLot(LotResult lot, Conditions conditions) {
		return switch (severity) {
			case NORMAL -> afterNormalLot(lot, conditions);
			case TIGHTENED -> afterTightenedLot(lot);
			case REDUCED -> lot.accepted() ? new Step(this, null) : new Step(normal(), SwitchReason.NOT_ACCEPTED_ON_REDUCED);
			case DISCONTINUED -> throw DomainException.conflict("sampling.stream.discontinued");
		};
	}

	private Step afterNormalLot(LotResult lot, Conditions conditions) {
		String recent = recentNormal + (lot.accepted() ? "A" : "R");
		if (recent.length() > 5) {
			recent = recent.substring(recent.length() - 5);
		}
		int score;
		if (lot.acceptanceNumber() >= 2) {
			score = lot.accepted() && lot.acceptedOneStepTighter() ? switchingScore + 3 : 0;
		}
		else {
			score = lot.accepted() ? switchingScore + 2 : 0;
		}
		if (recent.chars().filter(c -> c == 'R').count() >= 2) {
			return new Step(tightened(), SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED);
		}
		var next = new SwitchingState(Severity.NORMAL, score, recent, 0, 0);
		return next.reducedAllowed(conditions) ? new Step(next.reduced(), SwitchReason.SWITCHING_SCORE)
				: new Step(next, null);
	}

	private Step afterTightenedLot(LotResult lot) {
		if (lot.accepted()) {
			int inARow = acceptedInARow + 1;
			if (inARow >= 5) {
				return new Step(normal(), SwitchReason.FIVE_CONSECUTIVE_ACCEPTED);
			}
			return new Step(new SwitchingState(Severity.TIGHTENED, 0, "", inARow, rejectedOnTightened), null);
		}
		int rejected = rejectedOnTightened + 1;
		if (rejected >= 5) {
			return new Step(new SwitchingState(Severity.DISCONTINUED, 0, "", 0, rejected),
					SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED);
		}
		return new Step(new SwitchingState(Severity.TIGHTENED, 0, "", 0, rejected), null);
	}

	private boolean reducedAllowed(Conditions conditions) {
		return severity == Severity.NORMAL && switchingScore >= REDUCED_SCORE && conditions.productionSteady()
				&& conditions.reducedApproved();
	}

	private SwitchingState reduced() {
		return new SwitchingState(Severity.REDUCED, switchingScore, recentNormal, 0, 0);
	}

	/**
	 * The conditions changed (production steady or not, reduced inspection approved or not): irregular
	 * production ends reduced inspection (9.3.4 b); on normal inspection a score already at 30 switches
	 * to reduced once production is steady and the authority approves (9.3.3).
	 */
	Step conditionsChanged(Conditions conditions) {
		if (severity == Severity.REDUCED && !conditions.productionSteady()) {
			return new Step(normal(), SwitchReason.PRODUCTION_IRREGULAR);
		}
		if (reducedAllowed(conditions)) {
			return new Step(reduced(), SwitchReason.SWITCHING_SCORE);
		}
		return new Step(this, null);
	}

	/** 9.3.4 c): other conditions warrant a return from reduced to normal inspection. */
	Step returnToNormal() {
		if (severity != Severity.REDUCED) {
			throw DomainException.conflict("sampling.stream.notReduced");
		}
		return new Step(normal(), SwitchReason.OTHER_CONDITIONS);
	}

	/** 9.4: corrective action taken and accepted: inspection resumes on tightened inspection. */
	Step correctiveAction() {
		if (severity != Severity.DISCONTINUED) {
			throw DomainException.conflict("sampling.stream.notDiscontinued");
		}
		return new Step(tightened(), SwitchReason.CORRECTIVE_ACTION);
	}
}
