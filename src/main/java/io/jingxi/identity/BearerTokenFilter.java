package io.jingxi.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer jx_…} requests with a personal API token. The request
 * acts with the token owner's roles and data scope; nothing is stored in a session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;
	private final UserAccounts users;
	private final RolePermissions permissions;
	private final ProblemResponses problems;
	private final Clock clock;

	BearerTokenFilter(ApiTokens tokens, UserAccounts users, RolePermissions permissions, ProblemResponses problems,
			Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.permissions = permissions;
		this.problems = problems;
		this.clock = clock;
	}

	static boolean hasBearer(HttpServletRequest request) {
		var header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		var raw = request.getHeader("Authorization").substring(PREFIX.length()).trim();
		var now = clock.instant();
		var token = tokens.findByTokenHash(hash(raw)).filter(t -> t.isUsable(now)).orElse(null);
		var user = token == null ? null
				: users.findById(token.getUserId()).filter(u -> u.getStatus() == UserAccount.Status.ACTIVE).orElse(null);
		if (token == null || user == null) {
			problems.write(request, response, 401, "identity.token.invalid");
			return;
		}
		if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(Duration.ofMinutes(1)))) {
			token.markUsed(now);
			tokens.save(token);
		}
		var authorities = permissions.of(user).stream().map(SimpleGrantedAuthority::new).toList();
		var principal = new JingxiPrincipal(user.id(), user.getUsername(), false);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static String hash(String raw) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
