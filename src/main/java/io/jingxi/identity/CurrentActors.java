package io.jingxi.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;

/**
 * Resolves the signed-in user into an {@link Actor}: permissions from their roles, and the data
 * scope as the union of their roles' scopes, with unit subtrees expanded. Computed once per request.
 */
@Component
class CurrentActors implements Actors {

	private static final String CACHE = CurrentActors.class.getName();

	private final UserAccounts users;
	private final Roles roles;
	private final OrganizationApi organization;

	CurrentActors(UserAccounts users, Roles roles, OrganizationApi organization) {
		this.users = users;
		this.roles = roles;
		this.organization = organization;
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
		var actor = users.findById(principal.userId()).map(this::actorFor);
		if (attributes != null && actor.isPresent()) {
			attributes.setAttribute(CACHE, actor.get(), RequestAttributes.SCOPE_REQUEST);
		}
		return actor;
	}

	Actor actorFor(UserAccount user) {
		List<Role> held = roles.findByIdIn(user.getRoleIds());
		Set<String> permissions = new HashSet<>();
		held.forEach(role -> permissions.addAll(role.getPermissions()));
		return new Actor(user.id(), user.getUsername(), user.getPersonId(), user.getUnitId(), permissions,
				scopeFor(user, held));
	}

	DataScope scopeFor(UserAccount user, Collection<Role> held) {
		Set<Long> subtreeRoots = new HashSet<>();
		Set<Long> single = new HashSet<>();
		boolean self = false;
		for (Role role : held) {
			switch (role.getDataScope()) {
				case ALL -> {
					return DataScope.everything();
				}
				case SUBTREE -> {
					if (user.getUnitId() != null) {
						subtreeRoots.add(user.getUnitId());
					}
				}
				case UNIT -> {
					if (user.getUnitId() != null) {
						single.add(user.getUnitId());
					}
				}
				case CUSTOM -> subtreeRoots.addAll(role.getCustomUnitIds());
				case SELF -> self = true;
			}
		}
		if (!subtreeRoots.isEmpty() || !single.isEmpty()) {
			Set<Long> visible = new HashSet<>(single);
			if (!subtreeRoots.isEmpty()) {
				visible.addAll(organization.subtreeIds(subtreeRoots));
			}
			return DataScope.units(visible);
		}
		if (self && user.getPersonId() != null) {
			return DataScope.self(user.getPersonId(), user.getUnitId());
		}
		return DataScope.nothing();
	}
}
