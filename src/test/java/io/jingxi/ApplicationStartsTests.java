package io.jingxi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ApplicationStartsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void migrationsRunAndSchemaValidates() {
		Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success = true")
			.query(Integer.class).single();
		assertThat(applied).isPositive();
	}
}
