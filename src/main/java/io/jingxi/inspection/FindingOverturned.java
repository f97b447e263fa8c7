package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A finding no longer stands: an appeal (申诉) was upheld against it, or a quality manager's amendment
 * changed its answer. Its points are restored to the visit; a notice opened for it is cancelled.
 */
public record FindingOverturned(long findingId, long visitId, long unitId, String clause, BigDecimal pointsRestored,
		Cause cause, Instant overturnedAt) {

	/** Why a finding was overturned. */
	public enum Cause {

		/** The visited unit's appeal was upheld. */
		APPEAL,
		/** A quality manager amended the submitted visit. */
		AMENDMENT
	}
}
