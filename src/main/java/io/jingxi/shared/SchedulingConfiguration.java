package io.jingxi.shared;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Timers of every module ({@code @Scheduled} together with {@code @SchedulerLock}) run on one node
 * at a time, locked through the {@code shedlock} table with the database's clock, so deadlines and
 * escalations fire once however many nodes run. Tests switch the timers off
 * ({@code jingxi.scheduling.enabled=false}) and call the sweeps themselves with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jingxi.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}
}
