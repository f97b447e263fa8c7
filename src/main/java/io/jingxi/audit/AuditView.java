package io.jingxi.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One audit log entry as the API shows it. */
public record AuditView(long id, Instant at, String actor, @Nullable String address, String entityType,
		String entityId, String action, @Nullable String before, @Nullable String after) {
}
