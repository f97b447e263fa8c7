package io.jingxi.rectification;

import static io.jingxi.rectification.UnitTreeFixture.DEFAULT_POLICY;
import static io.jingxi.rectification.UnitTreeFixture.usePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.organization.OrganizationApi;

/**
 * The sweep with a fixed clock at chosen instants: the warning before the deadline, overdue at the
 * deadline, escalation to the branch's and then the company's manager, each exactly once, and nothing
 * for a notice whose fix was submitted in time.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class RectificationSweepTests {

	final RectificationSweep sweep;

	final NoticeOpening opening;

	final Notices notices;

	final PolicyService policies;

	final OrganizationApi organization;

	final TransactionTemplate transaction;

	UnitTreeFixture tree;

	RectificationSweepTests(RectificationSweep sweep, NoticeOpening opening, Notices notices, PolicyService policies,
			OrganizationApi organization, PlatformTransactionManager transactions) {
		this.sweep = sweep;
		this.opening = opening;
		this.notices = notices;
		this.policies = policies;
		this.organization = organization;
		this.transaction = new TransactionTemplate(transactions);
	}

	@BeforeEach
	void companyBranchAndHallUnderTheDefaultPolicy() {
		tree = UnitTreeFixture.create(organization);
		usePolicy(policies, DEFAULT_POLICY);
	}

	/** Sweeps as the timer would with its clock fixed at the given local time. */
	void sweepAt(String offsetDateTime) {
		Clock clock = Clock.fixed(OffsetDateTime.parse(offsetDateTime).toInstant(), ZoneOffset.UTC);
		sweep.sweep(clock.instant());
	}

	static <E> List<E> of(ApplicationEvents events, Class<E> type, java.util.function.Predicate<E> mine) {
		return events.stream(type).filter(mine).toList();
	}

	Notice reload(long id) {
		return transaction.execute(status -> {
			Notice notice = notices.findById(id).orElseThrow();
			notice.escalations().size();
			notice.history().size();
			return notice;
		});
	}

	@Test
	void theWarningOverdueAndEachEscalationFireExactlyOnceAtTheirTimes(ApplicationEvents events) {
		long id = opening.open(tree.finding("7.1", at("2026-09-30T10:00:00+08:00"), false, null)).orElseThrow().id();

		sweepAt("2026-10-10T11:29:00+08:00");
		assertThat(of(events, RectificationDueSoon.class, e -> e.noticeId() == id)).isEmpty();
		sweepAt("2026-10-10T11:30:00+08:00");
		sweepAt("2026-10-10T11:31:00+08:00");
		sweepAt("2026-10-10T17:29:00+08:00");
		assertThat(of(events, RectificationDueSoon.class, e -> e.noticeId() == id)).singleElement()
			.satisfies(e -> {
				assertThat(e.deadline()).isEqualTo(at("2026-10-10T17:30:00+08:00"));
				assertThat(e.responsiblePersonId()).isEqualTo(tree.hallManager());
			});
		assertThat(of(events, RectificationOverdue.class, e -> e.noticeId() == id)).isEmpty();

		sweepAt("2026-10-10T17:30:00+08:00");
		sweepAt("2026-10-12T09:00:00+08:00");
		assertThat(of(events, RectificationOverdue.class, e -> e.noticeId() == id)).singleElement()
			.satisfies(e -> assertThat(e.overdueAt()).isEqualTo(at("2026-10-10T17:30:00+08:00")));
		assertThat(of(events, RectificationEscalated.class, e -> e.noticeId() == id)).isEmpty();

		// two working days after the deadline's day the branch's manager hears of it, once
		sweepAt("2026-10-13T17:30:00+08:00");
		sweepAt("2026-10-14T09:00:00+08:00");
		assertThat(of(events, RectificationEscalated.class, e -> e.noticeId() == id)).singleElement()
			.satisfies(e -> {
				assertThat(e.level()).isEqualTo(1);
				assertThat(e.toUnitId()).isEqualTo(tree.branch());
				assertThat(e.toPersonId()).isEqualTo(tree.branchManager());
			});
		// two more: the company's manager; then the top is reached and the timer stops
		sweepAt("2026-10-15T17:30:00+08:00");
		sweepAt("2026-10-30T17:30:00+08:00");
		assertThat(of(events, RectificationEscalated.class, e -> e.noticeId() == id))
			.extracting(RectificationEscalated::level, RectificationEscalated::toUnitId, RectificationEscalated::toPersonId)
			.containsExactly(tuple(1, tree.branch(), tree.branchManager()), tuple(2, tree.root(), tree.rootManager()));
		assertThat(of(events, RectificationDueSoon.class, e -> e.noticeId() == id)).hasSize(1);
		assertThat(of(events, RectificationOverdue.class, e -> e.noticeId() == id)).hasSize(1);

		Notice notice = reload(id);
		assertThat(notice.overdue()).isTrue();
		assertThat(notice.escalationLevel()).isEqualTo(2);
		assertThat(notice.nextEscalationAt()).isNull();
		assertThat(notice.escalations()).extracting(Escalation::level, Escalation::personName, Escalation::escalatedAt)
			.containsExactly(tuple(1, "分公司经理" + tree.tag(), at("2026-10-13T17:30:00+08:00")),
					tuple(2, "总经理" + tree.tag(), at("2026-10-15T17:30:00+08:00")));
		assertThat(notice.history()).extracting(NoticeEntry::action)
			.containsExactly(NoticeAction.OPENED, NoticeAction.DUE_SOON, NoticeAction.OVERDUE, NoticeAction.ESCALATED,
					NoticeAction.ESCALATED);
	}

	@Test
	void aFixSubmittedInTimeStopsTheTimersAndARejectionAfterTheDeadlineMakesItOverdue(ApplicationEvents events) {
		long id = opening.open(tree.finding("7.2", at("2026-09-30T10:00:00+08:00"), false, null)).orElseThrow().id();
		transaction.executeWithoutResult(status -> notices.findById(id).orElseThrow()
			.submit("已清理", "厅经理", 42L, at("2026-10-09T10:00:00+08:00")));

		sweepAt("2026-10-10T11:30:00+08:00");
		sweepAt("2026-10-10T17:30:00+08:00");
		sweepAt("2026-10-13T17:30:00+08:00");
		assertThat(of(events, RectificationDueSoon.class, e -> e.noticeId() == id)).isEmpty();
		assertThat(of(events, RectificationOverdue.class, e -> e.noticeId() == id)).isEmpty();
		assertThat(of(events, RectificationEscalated.class, e -> e.noticeId() == id)).isEmpty();

		transaction.executeWithoutResult(status -> notices.findById(id).orElseThrow()
			.reject("照片看不出", "质量经理", at("2026-10-13T18:00:00+08:00")));
		sweepAt("2026-10-13T18:01:00+08:00");
		assertThat(of(events, RectificationOverdue.class, e -> e.noticeId() == id)).hasSize(1);
		// the escalation time has passed as well: it follows in the same sweep
		assertThat(of(events, RectificationEscalated.class, e -> e.noticeId() == id)).hasSize(1);
		assertThat(of(events, RectificationDueSoon.class, e -> e.noticeId() == id)).isEmpty();
	}

	static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}
}
