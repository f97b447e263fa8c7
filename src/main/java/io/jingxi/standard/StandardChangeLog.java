package io.jingxi.standard;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.jingxi.shared.EntityChanged;

/**
 * Publishes {@link EntityChanged} for every change of a standard or a version, inside the
 * transaction that makes it. Changes made while answering a request name its user and address; an
 * import job names the user who started it.
 */
@Component
class StandardChangeLog {

	static final String STANDARD = "Standard";

	static final String VERSION = "StandardVersion";

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StandardChangeLog(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void changed(Origin origin, String entityType, Object entityId, String action, @Nullable String before,
			@Nullable String after) {
		if (origin.jobActor() == null) {
			events.publishEvent(EntityChanged.of(entityType, entityId, action, before, after));
		}
		else {
			events.publishEvent(new EntityChanged(entityType, String.valueOf(entityId), action, before, after,
					origin.jobActor(), origin.address(), clock.instant()));
		}
	}

	/** Who makes a change: the current request, or a background import acting for a named user. */
	record Origin(@Nullable String jobActor, @Nullable String address) {

		static Origin request() {
			return new Origin(null, null);
		}

		static Origin job(String actor, @Nullable String address) {
			return new Origin(actor, address);
		}
	}
}
