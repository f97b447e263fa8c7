package io.jingxi.sampling;

import java.time.Instant;
import java.util.List;

/**
 * A lot was accepted: every defect class found no more nonconformities than its acceptance number.
 * For vendor evaluation; {@code policyId} and {@code policyVersion} name the sampling scheme used.
 */
public record LotAccepted(long lotId, long unitId, long vendorId, long itemId, int lotSize, Instant receivedAt,
		String policyId, int policyVersion, List<LotClassOutcome> classes) {

	public LotAccepted {
		classes = List.copyOf(classes);
	}
}
