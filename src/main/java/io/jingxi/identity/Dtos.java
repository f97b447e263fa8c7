package io.jingxi.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the identity API (package-private records, one file). */
final class Dtos {

	private Dtos() {
	}

	record LoginRequest(@NotBlank String username, @NotBlank String password) {
	}

	record Me(long id, String username, String displayName, @Nullable Long personId, @Nullable Long unitId,
			@Nullable String unitName, List<String> roles, List<String> permissions, boolean mustChangePassword) {
	}

	record ChangePasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	record TokenView(long id, String name, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant lastUsedAt) {
	}

	record CreateTokenRequest(@NotBlank @Size(max = 100) String name, @Nullable Instant expiresAt) {
	}

	record CreatedToken(long id, String name, String token) {
	}

	record PermissionView(String code, String group, String name) {
	}

	record RoleView(long id, String code, String name, boolean builtIn, List<String> permissions,
			DataScopeKind dataScope, List<Long> customUnitIds) {
	}

	record RoleRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]*") String code,
			@NotBlank @Size(max = 100) String name, @NotNull Set<String> permissions, @NotNull DataScopeKind dataScope,
			@Nullable Set<Long> customUnitIds) {
	}

	record UserView(long id, String username, String displayName, @Nullable Long personId, @Nullable Long unitId,
			@Nullable String unitName, List<Long> roleIds, AccountStatus status, @Nullable Instant lastLoginAt) {
	}

	record CreateUserRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
			@NotBlank @Size(max = 100) String displayName, @Nullable Long unitId, @Nullable Long personId,
			@NotNull Set<Long> roleIds, @NotBlank String password) {
	}

	record UpdateUserRequest(@NotBlank @Size(max = 100) String displayName, @Nullable Long unitId,
			@Nullable Long personId, @NotNull Set<Long> roleIds) {
	}

	record TemporaryPassword(String temporaryPassword) {
	}

	/** How an account stands, as the users list shows it. */
	enum AccountStatus {
		/** May sign in. */
		ACTIVE,
		/** Temporarily locked after too many failed sign-ins. */
		LOCKED,
		/** Switched off by an administrator. */
		DISABLED
	}
}
