package io.jingxi.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.Scoped;

/**
 * Users and roles administration. Users are visible by the unit they belong to, within the
 * administrator's data scope; nobody can grant a role with permissions they do not hold themselves.
 */
@Service
class AccountService implements IdentityApi {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final UserAccounts users;
	private final Roles roles;
	private final PasswordEncoder passwords;
	private final OrganizationApi organization;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AccountService(UserAccounts users, Roles roles, PasswordEncoder passwords, OrganizationApi organization,
			Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.roles = roles;
		this.passwords = passwords;
		this.organization = organization;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	// users

	@Transactional(readOnly = true)
	PageResult<Dtos.UserView> listUsers(@Nullable String query, @Nullable Long unitId, int page, int size) {
		var scope = actors.scope();
		Specification<UserAccount> spec = Scoped.byUnit(scope, "unitId");
		if (unitId != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("unitId"), unitId));
		}
		if (StringUtils.hasText(query)) {
			var like = "%" + query.trim().toLowerCase() + "%";
			spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("username")), like),
					cb.like(cb.lower(root.get("displayName")), like)));
		}
		var result = users.findAll(spec, PageRequest.of(page, size, Sort.by("username")));
		var unitNames = unitNames(result.getContent().stream().map(UserAccount::getUnitId).toList());
		return PageResult.of(result, u -> view(u, unitNames));
	}

	@Transactional(readOnly = true)
	Dtos.UserView getUser(long id) {
		var user = visibleUser(id);
		return view(user, unitNames(List.of(user.getUnitId())));
	}

	@Transactional
	Dtos.UserView createUser(Dtos.CreateUserRequest request) {
		var actor = actors.current();
		checkUnit(actor, request.unitId());
		if (users.existsByUsername(request.username().trim())) {
			throw DomainException.invalidField("username", "identity.user.usernameTaken", request.username());
		}
		checkRoles(actor, request.roleIds());
		PasswordPolicy.check("password", request.username(), request.password());
		var user = users.save(new UserAccount(request.username().trim(), request.displayName().trim(),
				passwords.encode(request.password()), request.unitId(), request.personId(), request.roleIds(), true,
				clock.instant()));
		events.publishEvent(EntityChanged.of("User", user.id(), "CREATED", null, user.summary()));
		return view(user, unitNames(List.of(user.getUnitId())));
	}

	@Transactional
	Dtos.UserView updateUser(long id, Dtos.UpdateUserRequest request) {
		var actor = actors.current();
		var user = visibleUser(id);
		checkUnit(actor, request.unitId());
		var added = new HashSet<>(request.roleIds());
		added.removeAll(user.getRoleIds());
		checkRoles(actor, added);
		var before = user.summary();
		user.update(request.displayName().trim(), request.unitId(), request.personId(), request.roleIds(),
				clock.instant());
		users.save(user);
		events.publishEvent(EntityChanged.of("User", user.id(), "UPDATED", before, user.summary()));
		return view(user, unitNames(List.of(user.getUnitId())));
	}

	@Transactional
	Dtos.UserView changeStatus(long id, String action) {
		var user = visibleUser(id);
		if (user.id() == actors.current().userId() && !"unlock".equals(action)) {
			throw DomainException.conflict("identity.user.notYourself");
		}
		var before = user.summary();
		var now = clock.instant();
		switch (action) {
			case "unlock" -> user.unlock(now);
			case "disable" -> user.disable(now);
			case "enable" -> user.enable(now);
			default -> throw DomainException.notFound("error.notFound");
		}
		users.save(user);
		events.publishEvent(EntityChanged.of("User", user.id(), action.toUpperCase(), before, user.summary()));
		return view(user, unitNames(List.of(user.getUnitId())));
	}

	@Transactional
	Dtos.TemporaryPassword resetPassword(long id) {
		var user = visibleUser(id);
		var temporary = temporaryPassword();
		user.changePassword(passwords.encode(temporary), true, clock.instant());
		user.unlock(clock.instant());
		users.save(user);
		events.publishEvent(EntityChanged.of("User", user.id(), "PASSWORD_RESET", null, null));
		return new Dtos.TemporaryPassword(temporary);
	}

	static String temporaryPassword() {
		var sb = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		sb.append(RANDOM.nextInt(10)).append((char) ('a' + RANDOM.nextInt(26)));
		return sb.toString();
	}

	private UserAccount visibleUser(long id) {
		return users.findOne(Scoped.<UserAccount>byUnit(actors.scope(), "unitId").and(Scoped.idEquals(id)))
			.orElseThrow(() -> DomainException.notFound("error.notFound"));
	}

	private void checkUnit(Actor actor, @Nullable Long unitId) {
		if (unitId == null) {
			if (!actor.scope().all()) {
				throw DomainException.invalidField("unitId", "identity.user.unitRequired");
			}
			return;
		}
		if (organization.unit(unitId).isEmpty() || !actor.scope().coversUnit(unitId)) {
			throw DomainException.invalidField("unitId", "identity.user.unitUnknown", unitId);
		}
	}

	private void checkRoles(Actor actor, Collection<Long> roleIds) {
		var found = roles.findByIdIn(roleIds);
		if (found.size() != new HashSet<>(roleIds).size()) {
			throw DomainException.invalidField("roleIds", "identity.user.roleUnknown");
		}
		for (Role role : found) {
			if (!actor.permissions().containsAll(role.getPermissions())
					|| (role.getDataScope() == DataScopeKind.ALL && !actor.scope().all())) {
				throw DomainException.forbidden("identity.user.roleTooPowerful", role.getName());
			}
		}
	}

	private Map<Long, String> unitNames(Collection<@Nullable Long> unitIds) {
		Set<Long> ids = new HashSet<>();
		unitIds.forEach(id -> {
			if (id != null) {
				ids.add(id);
			}
		});
		return ids.isEmpty() ? Map.of()
				: organization.units(ids).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
	}

	private Dtos.UserView view(UserAccount user, Map<Long, String> unitNames) {
		var status = user.getStatus() == UserAccount.Status.DISABLED ? Dtos.AccountStatus.DISABLED
				: user.isLocked(clock.instant()) ? Dtos.AccountStatus.LOCKED : Dtos.AccountStatus.ACTIVE;
		return new Dtos.UserView(user.id(), user.getUsername(), user.getDisplayName(), user.getPersonId(),
				user.getUnitId(), user.getUnitId() == null ? null : unitNames.get(user.getUnitId()),
				user.getRoleIds().stream().sorted().toList(), status, user.getLastLoginAt());
	}

	// roles

	@Transactional(readOnly = true)
	List<Dtos.RoleView> listRoles() {
		return roles.findAllByOrderByBuiltInDescIdAsc().stream().map(AccountService::view).toList();
	}

	@Transactional
	Dtos.RoleView createRole(Dtos.RoleRequest request) {
		var actor = actors.current();
		if (roles.findByCode(request.code()).isPresent()) {
			throw DomainException.invalidField("code", "identity.role.codeTaken", request.code());
		}
		checkGrantable(actor, request);
		var role = roles.save(new Role(request.code(), request.name().trim(), false, request.dataScope(),
				request.permissions(), units(request), clock.instant()));
		events.publishEvent(EntityChanged.of("Role", role.id(), "CREATED", null, role.summary()));
		return view(role);
	}

	@Transactional
	Dtos.RoleView updateRole(long id, Dtos.RoleRequest request) {
		var actor = actors.current();
		var role = roles.findById(id).orElseThrow(() -> DomainException.notFound("error.notFound"));
		checkGrantable(actor, request);
		var before = role.summary();
		role.update(request.name().trim(), request.dataScope(), request.permissions(), units(request),
				clock.instant());
		roles.save(role);
		events.publishEvent(EntityChanged.of("Role", role.id(), "UPDATED", before, role.summary()));
		return view(role);
	}

	private void checkGrantable(Actor actor, Dtos.RoleRequest request) {
		for (String permission : request.permissions()) {
			if (!Permissions.exists(permission)) {
				throw DomainException.invalidField("permissions", "identity.role.unknownPermission", permission);
			}
		}
		if (!actor.permissions().containsAll(request.permissions())) {
			throw DomainException.forbidden("identity.user.roleTooPowerful", request.name());
		}
		for (Long unitId : units(request)) {
			if (organization.unit(unitId).isEmpty() || !actor.scope().coversUnit(unitId)) {
				throw DomainException.invalidField("customUnitIds", "identity.user.unitUnknown", unitId);
			}
		}
	}

	private static Set<Long> units(Dtos.RoleRequest request) {
		return request.customUnitIds() == null ? Set.of() : request.customUnitIds();
	}

	private static Dtos.RoleView view(Role role) {
		return new Dtos.RoleView(role.id(), role.getCode(), role.getName(), role.isBuiltIn(),
				Permissions.ORDER.stream().filter(role.getPermissions()::contains).toList(), role.getDataScope(),
				role.getCustomUnitIds().stream().sorted().toList());
	}

	// façade for other modules (seeding, integration)

	@Override
	@Transactional
	public long createAccount(NewAccount account) {
		if (users.existsByUsername(account.username())) {
			throw DomainException.conflict("identity.user.usernameTaken", account.username());
		}
		var roleIds = account.roleCodes().stream()
			.map(code -> roles.findByCode(code).orElseThrow(() -> new IllegalArgumentException("No role " + code)).id())
			.collect(Collectors.toSet());
		var user = users.save(new UserAccount(account.username(), account.displayName(),
				passwords.encode(account.password()), account.unitId(), account.personId(), roleIds,
				account.mustChangePassword(), clock.instant()));
		events.publishEvent(EntityChanged.of("User", user.id(), "CREATED", null, user.summary()));
		return user.id();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean accountExists(String username) {
		return users.existsByUsername(username);
	}

	@Override
	@Transactional(readOnly = true)
	public long accountCount() {
		return users.count();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Actor> actorOf(long userId) {
		return users.findById(userId)
			.filter(user -> user.getStatus() == UserAccount.Status.ACTIVE)
			.map(user -> ActorAssembly.actorFor(user, roles, organization));
	}

	@Override
	@Transactional(readOnly = true)
	public List<UserRef> usersWithPermission(String permission, @Nullable Long unitId, int limit) {
		List<Long> granting = roles.findAll().stream()
			.filter(role -> role.getPermissions().contains(permission))
			.map(Role::id)
			.toList();
		if (granting.isEmpty() || limit <= 0) {
			return List.of();
		}
		return users.findActiveHoldingAnyRole(granting, unitId, PageRequest.of(0, limit)).stream()
			.map(user -> new UserRef(user.id(), user.getUsername(), user.getDisplayName(), user.getPersonId(),
					user.getUnitId()))
			.toList();
	}

}
