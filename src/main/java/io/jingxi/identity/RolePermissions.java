package io.jingxi.identity;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/** The permissions a user holds: the union of their roles' permissions. */
@Component
class RolePermissions {

	private final Roles roles;

	RolePermissions(Roles roles) {
		this.roles = roles;
	}

	Set<String> of(UserAccount user) {
		Set<String> permissions = new HashSet<>();
		roles.findByIdIn(user.getRoleIds()).forEach(role -> permissions.addAll(role.getPermissions()));
		return permissions;
	}
}
