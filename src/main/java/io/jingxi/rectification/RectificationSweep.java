package io.jingxi.rectification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.calendar.CalendarApi;
import io.jingxi.calendar.WorkingDuration;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonSummary;
import io.jingxi.shared.EntityChanged;

/**
 * The timers of open notices at a given instant: the warning before the deadline, overdue at the
 * deadline, escalation one level up the unit tree after the policy's delay (and again after each
 * further delay). Each asks the database for the notices whose time has come (an indexed query on
 * status and time, never a scan of every notice), in batches, each batch in one transaction that
 * marks the notices and publishes their events together, so every timer fires exactly once. The
 * scheduled {@link RectificationTimer} runs it on one node at a time; tests call it with a fixed clock.
 */
@Service
class RectificationSweep {

	private static final Logger log = LoggerFactory.getLogger(RectificationSweep.class);

	static final int BATCH = 200;

	/** How many notices each timer fired in one sweep. */
	record Result(int warned, int overdue, int escalated) {
	}

	private final Notices notices;

	private final CalendarApi calendar;

	private final OrganizationApi organization;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	RectificationSweep(Notices notices, CalendarApi calendar, OrganizationApi organization,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.notices = notices;
		this.calendar = calendar;
		this.organization = organization;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	Result sweep(Instant now) {
		int warned = run(ids -> notices.dueForWarning(now, ids), (notice, at) -> {
			String before = notice.summary();
			events.publishEvent(notice.warn(at));
			events.publishEvent(EntityChanged.of(RectificationService.ENTITY, notice.id(), "DUE_SOON", before,
					notice.summary()));
		}, now);
		int overdue = run(ids -> notices.dueForOverdue(now, ids), (notice, at) -> {
			String before = notice.summary();
			events.publishEvent(notice.markOverdue(at));
			events.publishEvent(EntityChanged.of(RectificationService.ENTITY, notice.id(), "OVERDUE", before,
					notice.summary()));
		}, now);
		int escalated = run(ids -> notices.dueForEscalation(now, ids), this::escalate, now);
		if (warned + overdue + escalated > 0) {
			log.info("Rectification sweep at {}: {} warned, {} overdue, {} escalated", now, warned, overdue, escalated);
		}
		return new Result(warned, overdue, escalated);
	}

	/** Fires one timer for every notice the query finds, a batch per transaction, until none is left. */
	private int run(Function<Pageable, List<Long>> due, BiConsumer<Notice, Instant> fire,
			Instant now) {
		int fired = 0;
		while (true) {
			Integer count = transaction.execute(status -> {
				List<Long> ids = due.apply(Pageable.ofSize(BATCH));
				List<Notice> batch = notices.findAllById(ids);
				batch.forEach(notice -> fire.accept(notice, now));
				notices.saveAll(batch);
				return batch.size();
			});
			int done = count == null ? 0 : count;
			fired += done;
			if (done < BATCH) {
				return fired;
			}
		}
	}

	/**
	 * One level up: level n goes to the n-th unit above the notice's unit and its manager; the next
	 * escalation follows after the same delay, unless the top of the tree was reached.
	 */
	private void escalate(Notice notice, Instant now) {
		List<Long> above = organization.ancestorIds(notice.unitId());
		int level = notice.escalationLevel() + 1;
		if (level > above.size()) {
			notice.stopEscalating();
			return;
		}
		long toUnit = above.get(level - 1);
		Optional<PersonSummary> manager = organization.unitManagerOf(toUnit);
		Instant due = notice.nextEscalationAt();
		@Nullable Instant next = level < above.size() && due != null
				? calendar.deadline(notice.unitId(), due, WorkingDuration.workingDays(notice.escalationDays()))
				: null;
		String before = notice.summary();
		events.publishEvent(notice.escalate(toUnit, manager.map(PersonSummary::id).orElse(null),
				manager.map(PersonSummary::name).orElse(null), now, next));
		events.publishEvent(EntityChanged.of(RectificationService.ENTITY, notice.id(), "ESCALATED", before,
				notice.summary() + ", level=" + level));
	}
}
