package io.jingxi.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Lockout settings: how many failed sign-ins lock an account, and for how long. */
@ConfigurationProperties("jingxi.security.lockout")
record IdentityProperties(int maxFailures, Duration duration) {

	IdentityProperties {
		if (maxFailures <= 0) {
			maxFailures = 5;
		}
		if (duration == null || duration.isZero() || duration.isNegative()) {
			duration = Duration.ofMinutes(15);
		}
	}
}
