package io.jingxi.inspection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.jingxi.shared.AsSystem;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Generates the plans' visits every hour on one node of the cluster (the lock lives in the
 * database). Generation is idempotent, so a missed or repeated run costs nothing. Switched off in
 * tests ({@code jingxi.scheduling.enabled=false}), which call {@link PlanGenerator} with a fixed clock.
 */
@Component
class PlanTimer {

	private static final Logger log = LoggerFactory.getLogger(PlanTimer.class);

	private final PlanGenerator generator;

	private final PlanningClock planning;

	PlanTimer(PlanGenerator generator, PlanningClock planning) {
		this.generator = generator;
		this.planning = planning;
	}

	@Scheduled(cron = "${jingxi.inspection.plans.cron:0 7 * * * *}", zone = "${jingxi.inspection.zone:Asia/Shanghai}")
	@SchedulerLock(name = "inspection-plan-generation", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void generate() {
		int created = AsSystem.call(() -> generator.generateAll(planning.now()));
		if (created > 0) {
			log.info("Inspection plans generated {} visits", created);
		}
	}
}
