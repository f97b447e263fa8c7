package io.jingxi.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;

/**
 * Resolves the signed-in user into an {@link Actor}: permissions from their roles, and the data
 * scope as the union of their roles' scopes, with unit subtrees expanded. A resolved actor is kept
 * per user until a committed change to units, roles or users (on this node) invalidates all of
 * them, and for at most {@link #MAX_AGE} (changes made on another node). A disabled account has no
 * actor, so its sessions stop working at once.
 */
@Component
class CurrentActors implements Actors {

	static final Duration MAX_AGE = Duration.ofSeconds(60);

	private static final String CACHE = CurrentActors.class.getName();

	/** Sign-in bookkeeping that changes nobody's permissions or scope. */
	private static final Set<String> IRRELEVANT_USER_ACTIONS = Set.of("LOGIN", "LOGIN_FAILED", "LOGOUT", "LOCKED",
			"PASSWORD_CHANGED", "PASSWORD_RESET");

	private final UserAccounts users;
	private final Roles roles;
	private final OrganizationApi organization;
	private final Clock clock;
	private final AtomicLong generation = new AtomicLong();
	private final Map<Long, Resolved> resolved = new ConcurrentHashMap<>();

	private record Resolved(Optional<Actor> actor, long generation, Instant at) {
	}

	CurrentActors(UserAccounts users, Roles roles, OrganizationApi organization, Clock clock) {
		this.users = users;
		this.roles = roles;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * Invalidates on publication and again after the commit, so that no actor computed from the old
	 * state in between survives. A plain listener on purpose: Spring Modulith records a publication for
	 * every transactional listener, and completing it after commit would take a second pooled
	 * connection while the first is still held.
	 */
	@EventListener
	void invalidateOn(EntityChanged change) {
		boolean relevant = switch (change.entityType()) {
			case "Unit", "Role" -> true;
			case "User" -> !IRRELEVANT_USER_ACTIONS.contains(change.action());
			default -> false;
		};
		if (!relevant) {
			return;
		}
		invalidate();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					invalidate();
				}
			});
		}
	}

	private void invalidate() {
		generation.incrementAndGet();
		resolved.clear();
	}

	@Override
	public Actor current() {
		return currentIfAny().orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "error.unauthenticated"));
	}

	@Override
	public Optional<Actor> currentIfAny() {
		if (AsSystem.active()) {
			return Optional.of(Actor.system());
		}
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof JingxiPrincipal principal)) {
			return Optional.empty();
		}
		var attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null && attributes.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof Actor cached
				&& cached.userId() == principal.userId()) {
			return Optional.of(cached);
		}
		var actor = resolve(principal.userId());
		if (attributes != null && actor.isPresent()) {
			attributes.setAttribute(CACHE, actor.get(), RequestAttributes.SCOPE_REQUEST);
		}
		return actor;
	}

	private Optional<Actor> resolve(long userId) {
		var now = clock.instant();
		var current = generation.get();
		var cached = resolved.get(userId);
		if (cached != null && cached.generation() == current && cached.at().plus(MAX_AGE).isAfter(now)) {
			return cached.actor();
		}
		var actor = users.findById(userId).filter(user -> user.getStatus() == UserAccount.Status.ACTIVE)
			.map(this::actorFor);
		resolved.put(userId, new Resolved(actor, current, now));
		return actor;
	}

	Actor actorFor(UserAccount user) {
		return ActorAssembly.actorFor(user, roles, organization);
	}
}
