package io.jingxi.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The date plans count their periods by: today in the organisation's time zone
 * ({@code jingxi.inspection.zone}, Asia/Shanghai unless set), read from the injected clock. Due dates
 * themselves come from each unit's working calendar.
 */
@Component
class PlanningClock {

	private final Clock clock;

	private final ZoneId zone;

	PlanningClock(Clock clock, @Value("${jingxi.inspection.zone:Asia/Shanghai}") String zone) {
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	Instant now() {
		return clock.instant();
	}

	ZoneId zone() {
		return zone;
	}

	LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, zone);
	}
}
