package io.jingxi.identity;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Users, roles and the permission catalogue. */
@RestController
@RequestMapping("/api/v1")
@Validated
class AdminController {

	private final AccountService accounts;
	private final MessageSource messages;

	AdminController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/permissions")
	@PreAuthorize("hasAuthority('identity:role:read')")
	List<Dtos.PermissionView> permissions() {
		Locale locale = LocaleContextHolder.getLocale();
		return Permissions.ORDER.stream()
			.map(code -> new Dtos.PermissionView(code, Permissions.CATALOGUE.get(code),
					messages.getMessage("permission." + code, null, code, locale)))
			.toList();
	}

	@GetMapping("/roles")
	@PreAuthorize("hasAuthority('identity:role:read')")
	List<Dtos.RoleView> roles() {
		return accounts.listRoles();
	}

	@PostMapping("/roles")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('identity:role:write')")
	Dtos.RoleView createRole(@Valid @RequestBody Dtos.RoleRequest body) {
		return accounts.createRole(body);
	}

	@PutMapping("/roles/{id}")
	@PreAuthorize("hasAuthority('identity:role:write')")
	Dtos.RoleView updateRole(@PathVariable long id, @Valid @RequestBody Dtos.RoleRequest body) {
		return accounts.updateRole(id, body);
	}

	@GetMapping("/users")
	@PreAuthorize("hasAuthority('identity:user:read')")
	PageResult<Dtos.UserView> users(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return accounts.listUsers(q, unitId, page, size);
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasAuthority('identity:user:read')")
	Dtos.UserView user(@PathVariable long id) {
		return accounts.getUser(id);
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('identity:user:write')")
	Dtos.UserView createUser(@Valid @RequestBody Dtos.CreateUserRequest body) {
		return accounts.createUser(body);
	}

	@PutMapping("/users/{id}")
	@PreAuthorize("hasAuthority('identity:user:write')")
	Dtos.UserView updateUser(@PathVariable long id, @Valid @RequestBody Dtos.UpdateUserRequest body) {
		return accounts.updateUser(id, body);
	}

	@PostMapping("/users/{id}/{action:unlock|disable|enable}")
	@PreAuthorize("hasAuthority('identity:user:write')")
	Dtos.UserView changeStatus(@PathVariable long id, @PathVariable String action) {
		return accounts.changeStatus(id, action);
	}

	@PostMapping("/users/{id}/reset-password")
	@PreAuthorize("hasAuthority('identity:user:write')")
	Dtos.TemporaryPassword resetPassword(@PathVariable long id) {
		return accounts.resetPassword(id);
	}
}
