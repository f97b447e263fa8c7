package io.jingxi.identity;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** Sign-in, sign-out (handled by Spring Security at /api/v1/auth/logout), the current user and their tokens. */
@RestController
@RequestMapping("/api/v1")
class AuthController {

	private final AuthService auth;
	private final RolePermissions permissions;
	private final SecurityContextRepository contexts;
	private final UserAccounts users;

	AuthController(AuthService auth, RolePermissions permissions, SecurityContextRepository contexts, UserAccounts users) {
		this.auth = auth;
		this.permissions = permissions;
		this.contexts = contexts;
		this.users = users;
	}

	/** Issues the CSRF cookie (XSRF-TOKEN); send its value back in the X-XSRF-TOKEN header. */
	@GetMapping("/auth/csrf")
	Map<String, String> csrf(CsrfToken token, HttpServletRequest request) {
		token.getToken();
		var deferred = (DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName());
		var raw = deferred == null ? token.getToken() : deferred.get().getToken();
		return Map.of("headerName", token.getHeaderName(), "token", raw);
	}

	@PostMapping("/auth/login")
	Dtos.Me login(@Valid @RequestBody Dtos.LoginRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		var user = auth.authenticate(body.username(), body.password());
		signIn(user, request, response);
		return auth.me(user.id());
	}

	@GetMapping("/me")
	Dtos.Me me(Authentication authentication) {
		return auth.me(principal(authentication).userId());
	}

	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody Dtos.ChangePasswordRequest body, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		var principal = principal(authentication);
		auth.changePassword(principal.userId(), body.currentPassword(), body.newPassword());
		if (principal.mustChangePassword() && !BearerTokenFilter.hasBearer(request)) {
			signIn(users.findById(principal.userId()).orElseThrow(), request, response);
		}
	}

	@GetMapping("/me/tokens")
	List<Dtos.TokenView> tokens(Authentication authentication) {
		return auth.tokensOf(principal(authentication).userId());
	}

	@PostMapping("/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	Dtos.CreatedToken createToken(@Valid @RequestBody Dtos.CreateTokenRequest body, Authentication authentication) {
		return auth.createToken(principal(authentication).userId(), body.name(), body.expiresAt());
	}

	@DeleteMapping("/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeToken(@PathVariable long id, Authentication authentication) {
		auth.revokeToken(principal(authentication).userId(), id);
	}

	private void signIn(UserAccount user, HttpServletRequest request, HttpServletResponse response) {
		var principal = new JingxiPrincipal(user.id(), user.getUsername(), user.isMustChangePassword());
		var authorities = permissions.of(user).stream().map(SimpleGrantedAuthority::new).toList();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		contexts.saveContext(context, request, response);
	}

	private static JingxiPrincipal principal(Authentication authentication) {
		if (authentication.getPrincipal() instanceof JingxiPrincipal principal) {
			return principal;
		}
		throw new DomainException(HttpStatus.UNAUTHORIZED, "error.unauthenticated");
	}
}
