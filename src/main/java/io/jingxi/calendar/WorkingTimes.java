package io.jingxi.calendar;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.shared.DomainException;

/**
 * Keeps one {@link WorkingTime} snapshot per calendar in memory, so that a deadline costs one small
 * query: the calendar's version. Every change to a calendar (settings, a day, an imported year) bumps
 * that version, so a snapshot is reloaded as soon as it is stale — also when another application node
 * made the change.
 */
@Component
class WorkingTimes {

	private record Cached(long version, WorkingTime time) {
	}

	private final WorkCalendars calendars;

	private final TransactionTemplate readOnly;

	private final ConcurrentMap<Long, Cached> cache = new ConcurrentHashMap<>();

	WorkingTimes(WorkCalendars calendars, PlatformTransactionManager transactions) {
		this.calendars = calendars;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** The calendar's working time; 404 when the calendar does not exist. */
	WorkingTime of(long calendarId) {
		long version = calendars.findVersionById(calendarId)
			.orElseThrow(() -> DomainException.notFound("calendar.notFound", String.valueOf(calendarId)));
		return of(calendarId, version);
	}

	/** The calendar's working time when its current version is already known. */
	WorkingTime of(long calendarId, long version) {
		Cached cached = cache.get(calendarId);
		if (cached != null && cached.version() == version) {
			return cached.time();
		}
		Cached loaded = readOnly.execute(status -> calendars.findById(calendarId)
			.map(calendar -> new Cached(calendar.version(), calendar.toWorkingTime()))
			.orElseThrow(() -> DomainException.notFound("calendar.notFound", String.valueOf(calendarId))));
		cache.merge(calendarId, loaded, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
		return loaded.time();
	}

	void evict(long calendarId) {
		cache.remove(calendarId);
	}
}
