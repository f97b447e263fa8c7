package io.jingxi.organization;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import io.jingxi.shared.EntityChanged;

/** Every EntityChanged published on any thread, including the import jobs' own threads. */
@TestComponent
class RecordedChanges {

	private final List<EntityChanged> changes = new CopyOnWriteArrayList<>();

	@EventListener
	void on(EntityChanged change) {
		changes.add(change);
	}

	List<EntityChanged> of(String entityType, Object entityId) {
		return changes.stream()
			.filter(c -> c.entityType().equals(entityType) && c.entityId().equals(String.valueOf(entityId)))
			.toList();
	}
}
