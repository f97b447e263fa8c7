package io.jingxi.identity;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import io.jingxi.shared.Actors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a signed-in session in step with the account: each request acts with the permissions the
 * user holds now (a role change applies at once, not at the next sign-in), and the session of a
 * disabled account ends. Also refuses everything but the password change while the password must
 * be changed.
 */
class SessionActorFilter extends OncePerRequestFilter {

	private final Actors actors;
	private final ProblemResponses problems;

	SessionActorFilter(Actors actors, ProblemResponses problems) {
		this.actors = actors;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof JingxiPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var actor = actors.currentIfAny();
		if (actor.isEmpty()) {
			SecurityContextHolder.clearContext();
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			problems.write(request, response, 401, "identity.session.ended");
			return;
		}
		if (principal.mustChangePassword() && path.startsWith("/api/") && !path.startsWith("/api/v1/auth/")
				&& !path.equals("/api/v1/me") && !path.equals("/api/v1/me/password")) {
			problems.write(request, response, 403, "identity.password.mustChange");
			return;
		}
		var fresh = SecurityContextHolder.createEmptyContext();
		fresh.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				actor.get().permissions().stream().map(SimpleGrantedAuthority::new).toList()));
		SecurityContextHolder.setContext(fresh);
		chain.doFilter(request, response);
	}
}
