package io.jingxi.rectification;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 重复违规: a clause lapsed again within the policy's window, for a unit ({@code personId} null) or a
 * named person: the occurrence (2 = the second time), the ladder step it reached under the policy
 * version, and the findings counted, oldest first, the latest last. For the incentive module to act on.
 */
public record RepeatLapseDetected(long unitId, @Nullable Long personId, String clause, int occurrence,
		LadderStep step, int policyVersion, List<Long> findingIds, Instant detectedAt) {

	public RepeatLapseDetected {
		findingIds = List.copyOf(findingIds);
	}
}
