package io.jingxi.reporting;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.inspection.FindingOverturned;
import io.jingxi.inspection.FindingRecorded;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.inspection.InspectionScoreChanged;
import io.jingxi.inspection.InspectionSubmitted;
import io.jingxi.inspection.InspectionSubmitted.SectionResult;

/**
 * Feeds the read model in tests: either through the event publication (published in a transaction,
 * handled after commit by the module listeners, awaited until reporting's publications complete), or
 * straight into the handlers, each call in its own transaction, as a listener runs it.
 */
final class ReadModelDriver {

	/** Visit and finding ids far above the inspection module's own, so the two never meet. */
	private static final AtomicLong IDS = new AtomicLong(8_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

	private final ReadModelUpdates handlers;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	ReadModelDriver(ReadModelUpdates updates, ApplicationEventPublisher publisher, PlatformTransactionManager transactions,
			JdbcClient jdbc) {
		this.handlers = AopTestUtils.getUltimateTargetObject(updates);
		this.publisher = publisher;
		this.transaction = new TransactionTemplate(transactions);
		this.jdbc = jdbc;
	}

	static long nextId() {
		return IDS.incrementAndGet();
	}

	/** Publishes the events in one transaction and waits until reporting has handled them. */
	void publish(Object... events) {
		transaction.executeWithoutResult(status -> {
			for (Object event : events) {
				publisher.publishEvent(event);
			}
		});
		awaitHandled();
	}

	/** Waits until no publication to a reporting listener is left incomplete. */
	void awaitHandled() {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where listener_id like 'io.jingxi.reporting.%' and completion_date is null""")
			.query(Long.class).single() == 0);
	}

	/** Hands the event straight to its handler, in a transaction of its own. */
	void handle(Object event) {
		transaction.executeWithoutResult(status -> {
			if (event instanceof InspectionSubmitted e) {
				handlers.on(e);
			}
			else if (event instanceof InspectionScoreChanged e) {
				handlers.on(e);
			}
			else if (event instanceof FindingRecorded e) {
				handlers.on(e);
			}
			else if (event instanceof FindingOverturned e) {
				handlers.on(e);
			}
			else {
				throw new IllegalArgumentException("Not a reporting event: " + event);
			}
		});
	}

	static InspectionSubmitted submitted(long visitId, long unitId, InspectionKind kind, String total, Instant at,
			SectionResult... sections) {
		return new InspectionSubmitted(visitId, unitId, kind, 1, 1, new BigDecimal(total), List.of(sections),
				at.atZone(ReadModelUpdates.ZONE).toLocalDate(), at);
	}

	static SectionResult section(long id, String name, String score, int failed) {
		return new SectionResult(id, name, score == null ? null : new BigDecimal(score), failed);
	}

	static FindingRecorded finding(long findingId, long visitId, long unitId, String clause, String text, String lost,
			Instant at) {
		return new FindingRecorded(findingId, visitId, unitId, InspectionKind.SUPERVISOR, 7, clause, text,
				new BigDecimal(lost), false, "检查员的备注", null, 42, at);
	}
}
