package io.jingxi.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.Actor;

/** The identity module's façade for other modules: creating accounts (seeding, integrations). */
public interface IdentityApi {

	/** Creates an account with the given built-in or custom role codes; returns its id. */
	long createAccount(NewAccount account);

	boolean accountExists(String username);

	long accountCount();

	/**
	 * The actor an active account would be if it signed in now: its roles' permissions and data scope.
	 * Empty for an unknown or disabled account. For rules about someone other than the current user,
	 * e.g. whether a task may be assigned to them.
	 */
	Optional<Actor> actorOf(long userId);

	/**
	 * Active accounts whose roles grant the permission, by username, at most {@code limit}; only the
	 * accounts of one unit when {@code unitId} is given. For assignee pickers and assignment rules.
	 */
	List<UserRef> usersWithPermission(String permission, @Nullable Long unitId, int limit);

	/** An account as other modules name it. */
	record UserRef(long id, String username, String displayName, @Nullable Long personId, @Nullable Long unitId) {
	}

	/** An account to create. */
	record NewAccount(String username, String displayName, String password, @Nullable Long unitId,
			@Nullable Long personId, Set<String> roleCodes, boolean mustChangePassword) {
	}
}
