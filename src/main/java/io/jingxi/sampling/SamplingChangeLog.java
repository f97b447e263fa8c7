package io.jingxi.sampling;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.jingxi.shared.EntityChanged;

/** Publishes {@link EntityChanged} for every change of the module's records, for the audit log. */
@Component
class SamplingChangeLog {

	static final String ITEM = "SamplingItem";

	static final String LOT = "SamplingLot";

	static final String STREAM = "InspectionStream";

	static final String PHOTO = "SamplingLotPhoto";

	private final ApplicationEventPublisher events;

	SamplingChangeLog(ApplicationEventPublisher events) {
		this.events = events;
	}

	void changed(String entityType, Object entityId, String action, @Nullable String before, @Nullable String after) {
		events.publishEvent(EntityChanged.of(entityType, entityId, action, before, after));
	}
}
