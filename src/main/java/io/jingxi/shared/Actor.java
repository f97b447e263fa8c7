package io.jingxi.shared;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user acting on a request: who they are, which person and unit they belong to, what
 * they may do (permission codes) and what they may see ({@link DataScope}).
 */
public record Actor(long userId, String username, @Nullable Long personId, @Nullable Long unitId,
		Set<String> permissions, DataScope scope) {

	public Actor {
		permissions = Set.copyOf(permissions);
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

	/** The system itself (start-up seeding, scheduled jobs): sees everything. */
	public static Actor system() {
		return new Actor(0, "system", null, null, Set.of("*"), DataScope.everything());
	}
}
