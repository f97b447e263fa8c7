package io.jingxi.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Published by a module whenever one of its records is created, changed or deactivated, so that
 * the audit log can record who changed what from where. {@code before} and {@code after} are
 * short human-readable summaries (name=一营业厅, parent=12), not whole records.
 */
public record EntityChanged(String entityType, String entityId, String action, @Nullable String before,
		@Nullable String after, String actor, @Nullable String address, Instant at) {

	/** Captures the actor and client address of the current request, if any. */
	public static EntityChanged of(String entityType, Object entityId, String action, @Nullable String before,
			@Nullable String after) {
		return new EntityChanged(entityType, String.valueOf(entityId), action, before, after,
				RequestMetadata.actorName(), RequestMetadata.clientAddress(), Instant.now());
	}
}
