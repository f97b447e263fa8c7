package io.jingxi.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.RequestMetadata;

/** Sign-in with lockout, the current user, password changes and personal tokens. */
@Service
class AuthService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts users;
	private final Roles roles;
	private final ApiTokens tokens;
	private final PasswordEncoder passwords;
	private final IdentityProperties properties;
	private final OrganizationApi organization;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String dummyHash;
	private final RolePermissions rolePermissions;

	AuthService(UserAccounts users, Roles roles, ApiTokens tokens, PasswordEncoder passwords,
			IdentityProperties properties, OrganizationApi organization, ApplicationEventPublisher events, Clock clock,
			RolePermissions rolePermissions) {
		this.rolePermissions = rolePermissions;
		this.users = users;
		this.roles = roles;
		this.tokens = tokens;
		this.passwords = passwords;
		this.properties = properties;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
		this.dummyHash = passwords.encode("timing-equaliser-" + RANDOM.nextLong());
	}

	/**
	 * Checks the credentials. Failed attempts are counted and committed even though the call fails,
	 * so that the lockout holds.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	UserAccount authenticate(String username, String password) {
		var now = clock.instant();
		var user = users.findByUsername(username.trim()).orElse(null);
		if (user == null) {
			passwords.matches(password, dummyHash);
			audit(username, "LOGIN_FAILED", "unknown user");
			throw new DomainException(HttpStatus.UNAUTHORIZED, "identity.login.badCredentials");
		}
		if (user.isLocked(now)) {
			throw locked(user.getLockedUntil(), now);
		}
		if (!passwords.matches(password, user.getPasswordHash())) {
			boolean lockedNow = user.recordFailedLogin(now, properties.maxFailures(), properties.duration());
			users.save(user);
			audit(user, lockedNow ? "LOCKED" : "LOGIN_FAILED", null);
			if (lockedNow) {
				throw locked(user.getLockedUntil(), now);
			}
			throw new DomainException(HttpStatus.UNAUTHORIZED, "identity.login.badCredentials");
		}
		if (user.getStatus() != UserAccount.Status.ACTIVE) {
			throw new DomainException(HttpStatus.UNAUTHORIZED, "identity.login.disabled");
		}
		user.recordSuccessfulLogin(now);
		users.save(user);
		audit(user, "LOGIN", null);
		return user;
	}

	private static DomainException locked(Instant until, Instant now) {
		long minutes = Math.max(1, (Duration.between(now, until).toSeconds() + 59) / 60);
		return new DomainException(HttpStatus.LOCKED, "identity.login.locked", minutes);
	}

	/** Records a sign-out (in a transaction, so that the audit listener receives it). */
	@Transactional
	void signedOut(JingxiPrincipal principal, String address) {
		events.publishEvent(new EntityChanged("User", String.valueOf(principal.userId()), "LOGOUT", null, null,
				principal.username(), address, clock.instant()));
	}

	@Transactional(readOnly = true)
	Dtos.Me me(long userId) {
		var user = users.findById(userId).orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED,
				"error.unauthenticated"));
		var held = roles.findByIdIn(user.getRoleIds());
		var unitName = user.getUnitId() == null ? null
				: organization.unit(user.getUnitId()).map(UnitSummary::name).orElse(null);
		var permissions = rolePermissions.of(user).stream().sorted().toList();
		return new Dtos.Me(user.id(), user.getUsername(), user.getDisplayName(), user.getPersonId(), user.getUnitId(),
				unitName, held.stream().map(Role::getCode).sorted().toList(), permissions, user.isMustChangePassword());
	}

	@Transactional
	void changePassword(long userId, String current, String next) {
		var user = users.findById(userId).orElseThrow();
		if (!passwords.matches(current, user.getPasswordHash())) {
			throw DomainException.invalidField("currentPassword", "identity.password.currentWrong");
		}
		if (passwords.matches(next, user.getPasswordHash())) {
			throw DomainException.invalidField("newPassword", "identity.password.sameAsOld");
		}
		PasswordPolicy.check("newPassword", user.getUsername(), next);
		user.changePassword(passwords.encode(next), false, clock.instant());
		users.save(user);
		audit(user, "PASSWORD_CHANGED", null);
	}

	@Transactional(readOnly = true)
	List<Dtos.TokenView> tokensOf(long userId) {
		return tokens.findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(userId).stream()
			.sorted(Comparator.comparing(ApiToken::getCreatedAt).reversed())
			.map(t -> new Dtos.TokenView(t.id(), t.getName(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt()))
			.toList();
	}

	@Transactional
	Dtos.CreatedToken createToken(long userId, String name, Instant expiresAt) {
		var now = clock.instant();
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw DomainException.invalidField("expiresAt", "identity.token.expiryInPast");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var raw = "jx_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var token = tokens.save(new ApiToken(userId, name.trim(), BearerTokenFilter.hash(raw), expiresAt, now));
		events.publishEvent(EntityChanged.of("ApiToken", token.id(), "CREATED", null, "name=" + token.getName()));
		return new Dtos.CreatedToken(token.id(), token.getName(), raw);
	}

	@Transactional
	void revokeToken(long userId, long tokenId) {
		var token = tokens.findById(tokenId).filter(t -> t.getUserId() == userId)
			.orElseThrow(() -> DomainException.notFound("error.notFound"));
		token.revoke(clock.instant());
		tokens.save(token);
		events.publishEvent(EntityChanged.of("ApiToken", token.id(), "REVOKED", "name=" + token.getName(), null));
	}

	private void audit(UserAccount user, String action, String detail) {
		events.publishEvent(new EntityChanged("User", String.valueOf(user.id()), action, null, detail,
				user.getUsername(), RequestMetadata.clientAddress(), clock.instant()));
	}

	private void audit(String username, String action, String detail) {
		events.publishEvent(new EntityChanged("User", "-", action, null, detail, username,
				RequestMetadata.clientAddress(), clock.instant()));
	}
}
