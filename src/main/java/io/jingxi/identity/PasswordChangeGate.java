package io.jingxi.identity;

import java.io.IOException;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A user whose password must be changed may do nothing else through the API until they change it. */
class PasswordChangeGate extends OncePerRequestFilter {

	private final ProblemResponses problems;

	PasswordChangeGate(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		var path = request.getRequestURI().substring(request.getContextPath().length());
		if (auth != null && auth.getPrincipal() instanceof JingxiPrincipal principal && principal.mustChangePassword()
				&& path.startsWith("/api/") && !path.startsWith("/api/v1/auth/") && !path.equals("/api/v1/me")
				&& !path.equals("/api/v1/me/password")) {
			problems.write(request, response, 403, "identity.password.mustChange");
			return;
		}
		chain.doFilter(request, response);
	}
}
