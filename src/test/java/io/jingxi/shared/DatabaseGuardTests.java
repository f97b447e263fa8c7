package io.jingxi.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DatabaseGuardTests {

	final DatabaseGuard guard = new DatabaseGuard();

	@Test
	void productionProfileWithoutADatabaseStopsWithAClearMessage() {
		var environment = new MockEnvironment();
		environment.setActiveProfiles("postgres");
		environment.setProperty("spring.datasource.url", "");
		assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("JINGXI_DB_URL");
	}

	@Test
	void productionProfileNeverFallsBackToH2() {
		var environment = new MockEnvironment();
		environment.setActiveProfiles("postgres");
		environment.setProperty("spring.datasource.url", "jdbc:h2:mem:x");
		assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
			.hasMessageContaining("PostgreSQL");
	}

	@Test
	void productionProfileWithPostgresStarts() {
		var environment = new MockEnvironment();
		environment.setActiveProfiles("postgres");
		environment.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/jingxi");
		assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void defaultProfileIsLeftAlone() {
		var environment = new MockEnvironment();
		assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}
}
