package io.jingxi.reporting;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.EntityChanged;

/**
 * The units a ranking places, as the organisation module knows them now: names, parents and the
 * organisation (root) each belongs to. A ranking places every scored unit, thousands of them, so
 * their summaries are kept here between requests: forgotten at once whenever any unit changes in this
 * node (created, renamed, moved, deactivated: the organisation module announces each as an
 * {@link EntityChanged} of type {@value #UNIT}), again when that change commits, and at the latest
 * after {@link #LIFETIME}, so that a move made through another node shows within that time.
 */
@Component
class UnitDirectory {

	/** The entity type the organisation module names its units' changes by. */
	static final String UNIT = "Unit";

	static final Duration LIFETIME = Duration.ofMinutes(1);

	private final OrganizationApi organization;

	private final Clock clock;

	private final Map<Long, UnitSummary> units = new ConcurrentHashMap<>();

	/** Counts invalidations: a load that began before one is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private volatile long filledAt;

	UnitDirectory(OrganizationApi organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
		this.filledAt = clock.millis();
	}

	/** The summaries of the given units that exist, by id. */
	Map<Long, UnitSummary> units(Collection<Long> unitIds) {
		if (clock.millis() - filledAt > LIFETIME.toMillis()) {
			forget();
		}
		Map<Long, UnitSummary> found = new HashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Long id : unitIds) {
			UnitSummary unit = units.get(id);
			if (unit != null) {
				found.put(id, unit);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			long before = generation.get();
			List<UnitSummary> loaded = organization.units(missing);
			for (UnitSummary unit : loaded) {
				found.put(unit.id(), unit);
			}
			if (generation.get() == before) {
				loaded.forEach(unit -> units.put(unit.id(), unit));
			}
		}
		return found;
	}

	@EventListener
	void on(EntityChanged change) {
		if (!UNIT.equals(change.entityType())) {
			return;
		}
		forget();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// a ranking between the change and its commit may have read the old tree
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget();
				}
			});
		}
	}

	private void forget() {
		generation.incrementAndGet();
		units.clear();
		filledAt = clock.millis();
	}
}
