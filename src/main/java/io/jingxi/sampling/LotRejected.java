package io.jingxi.sampling;

import java.time.Instant;
import java.util.List;

/**
 * A lot was not accepted: at least one defect class reached its rejection number. For vendor
 * evaluation; {@code policyId} and {@code policyVersion} name the sampling scheme used.
 */
public record LotRejected(long lotId, long unitId, long vendorId, long itemId, int lotSize, Instant receivedAt,
		String policyId, int policyVersion, List<LotClassOutcome> classes) {

	public LotRejected {
		classes = List.copyOf(classes);
	}
}
