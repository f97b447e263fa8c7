package io.jingxi.identity;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import io.jingxi.shared.Actors;

/**
 * Web security: the web app signs in with a session cookie and sends the CSRF token back in a
 * header; scripts use personal bearer tokens (no session, no CSRF). Every API call needs a signed-in
 * user; permissions are checked on the controllers, data scope in the queries.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@org.springframework.boot.context.properties.EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		var encoder = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
		return encoder;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * A request the firewall refuses (a double slash, an encoded slash or dot segment in the path)
	 * answers with the same localized problem detail as every other 4xx, not the container's page.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
		return (request, response, ex) -> problems.write(request, response, 400, "error.request.rejected");
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts, ApiTokens tokens,
			UserAccounts users, RolePermissions permissions, ProblemResponses problems, Clock clock,
			AuthService authService, Actors actors) throws Exception {
		http.csrf(csrf -> csrf.spa().ignoringRequestMatchers(BearerTokenFilter::hasBearer))
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/api/v1/auth/**").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.requestMatchers("/api/**", "/actuator/**").authenticated()
				.anyRequest().permitAll())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response, 401,
						"error.unauthenticated"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, 403,
						ex instanceof CsrfException ? "error.csrf" : "error.forbidden")))
			.logout(logout -> logout.logoutUrl("/api/v1/auth/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null && authentication.getPrincipal() instanceof JingxiPrincipal principal) {
						authService.signedOut(principal, request.getRemoteAddr());
					}
				})
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, users, permissions, problems, clock),
					AnonymousAuthenticationFilter.class)
			.addFilterAfter(new SessionActorFilter(actors, problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}
}
