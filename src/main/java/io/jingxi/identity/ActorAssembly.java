package io.jingxi.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.Actor;
import io.jingxi.shared.DataScope;

/**
 * Builds the actor an account is: permissions from its roles, and the data scope as the union of its
 * roles' scopes with unit subtrees expanded. Shared by the signed-in user's resolution and by the
 * façade's look-up of other accounts.
 */
final class ActorAssembly {

	private ActorAssembly() {
	}

	static Actor actorFor(UserAccount user, Roles roles, OrganizationApi organization) {
		List<Role> held = roles.findByIdIn(user.getRoleIds());
		Set<String> permissions = new HashSet<>();
		held.forEach(role -> permissions.addAll(role.getPermissions()));
		return new Actor(user.id(), user.getUsername(), user.getPersonId(), user.getUnitId(), permissions,
				scopeFor(user, held, organization));
	}

	static DataScope scopeFor(UserAccount user, Collection<Role> held, OrganizationApi organization) {
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
