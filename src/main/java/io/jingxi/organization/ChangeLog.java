package io.jingxi.organization;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.jingxi.shared.EntityChanged;

/**
 * Publishes {@link EntityChanged} for every change of the module's records. Changes made while
 * answering a request name the request's user and address; changes made by a background import
 * name the user who started it.
 */
@Component
class ChangeLog {

	static final String UNIT = "Unit";

	static final String UNIT_TYPE = "UnitType";

	static final String PERSON = "Person";

	static final String VENDOR = "Vendor";

	static final String CONTRACT = "VendorContract";

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChangeLog(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void changed(Origin origin, String entityType, Object entityId, String action, @Nullable String before,
			@Nullable String after) {
		if (origin.isRequest()) {
			events.publishEvent(EntityChanged.of(entityType, entityId, action, before, after));
		}
		else {
			events.publishEvent(new EntityChanged(entityType, String.valueOf(entityId), action, before, after,
					origin.actor(), origin.address(), clock.instant()));
		}
	}

	/** Who makes a change: the current request, or a background job acting for a named user. */
	record Origin(@Nullable String jobActor, @Nullable String address) {

		private static final Origin REQUEST = new Origin(null, null);

		static Origin request() {
			return REQUEST;
		}

		static Origin job(String actor, @Nullable String address) {
			return new Origin(actor, address);
		}

		boolean isRequest() {
			return jobActor == null;
		}

		String actor() {
			return jobActor == null ? "system" : jobActor;
		}
	}
}
