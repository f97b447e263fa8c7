package io.jingxi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

@SpringBootTest
@ActiveProfiles("test")
class SchedulerLockTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aTimerHeldByOneNodeIsRefusedToAnotherUntilReleased() {
		// two providers on one database stand for two nodes
		LockProvider nodeA = new SchedulingConfiguration().lockProvider(dataSource);
		LockProvider nodeB = new SchedulingConfiguration().lockProvider(dataSource);
		String name = "sweep-" + UUID.randomUUID().toString().substring(0, 8);
		var config = new LockConfiguration(Instant.now(), name, Duration.ofMinutes(5), Duration.ZERO);

		Optional<SimpleLock> held = nodeA.lock(config);
		assertThat(held).isPresent();
		assertThat(nodeB.lock(config)).isEmpty();

		held.get().unlock();
		Optional<SimpleLock> next = nodeB.lock(config);
		assertThat(next).isPresent();
		next.get().unlock();
	}
}
