package io.jingxi.rectification;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.jingxi.shared.AsSystem;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs the rectification sweep every minute on one node at a time (ShedLock, see
 * {@code io.jingxi.shared.SchedulingConfiguration}); switched off with the other timers in tests.
 */
@Component
class RectificationTimer {

	private final RectificationSweep sweep;

	private final Clock clock;

	RectificationTimer(RectificationSweep sweep, Clock clock) {
		this.sweep = sweep;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${jingxi.rectification.sweep-interval:PT1M}",
			initialDelayString = "${jingxi.rectification.sweep-initial-delay:PT30S}")
	@SchedulerLock(name = "rectification-sweep", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	void run() {
		AsSystem.run(() -> sweep.sweep(clock.instant()));
	}
}
