package io.jingxi.shared;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * In the {@code postgres} (production) profile the database must be configured: without
 * {@code JINGXI_DB_URL} the application stops at once with a clear message instead of falling
 * back to an embedded database.
 */
class DatabaseGuard implements EnvironmentPostProcessor, Ordered {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles("postgres")) {
			return;
		}
		var url = environment.getProperty("spring.datasource.url");
		if (!StringUtils.hasText(url) || !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalStateException("""

					Jingxi was started with the 'postgres' profile but no PostgreSQL database is configured.
					Set JINGXI_DB_URL (for example jdbc:postgresql://127.0.0.1:5432/jingxi), JINGXI_DB_USER and
					JINGXI_DB_PASSWORD. The embedded H2 database is never used in this profile.
					未配置 PostgreSQL 数据库：请设置 JINGXI_DB_URL、JINGXI_DB_USER 和 JINGXI_DB_PASSWORD。
					""");
		}
	}
}
