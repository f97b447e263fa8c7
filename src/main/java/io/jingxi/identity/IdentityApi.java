package io.jingxi.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The identity module's façade for other modules: creating accounts (seeding, integrations). */
public interface IdentityApi {

	/** Creates an account with the given built-in or custom role codes; returns its id. */
	long createAccount(NewAccount account);

	boolean accountExists(String username);

	long accountCount();

	/** An account to create. */
	record NewAccount(String username, String displayName, String password, @Nullable Long unitId,
			@Nullable Long personId, Set<String> roleCodes, boolean mustChangePassword) {
	}
}
