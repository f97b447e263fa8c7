package io.jingxi.inspection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether a finding can still be appealed: from when the result counts until the deadline that the
 * current appeal policy (name, version, working days) gives, and the appeal filed for it, if any.
 */
public record AppealWindowView(long findingId, Instant from, Instant deadline, boolean open, String policy,
		int policyVersion, int workingDays, @Nullable Long appealId) {
}
