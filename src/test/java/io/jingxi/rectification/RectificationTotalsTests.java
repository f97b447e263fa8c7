package io.jingxi.rectification;

import static io.jingxi.rectification.UnitTreeFixture.DEFAULT_POLICY;
import static io.jingxi.rectification.UnitTreeFixture.usePolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestConstructor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.rectification.RectificationTotals.OverdueNotice;
import io.jingxi.shared.DataScope;

/**
 * The totals other modules read for a reader's scope (the dashboard's card): the active notices, the
 * overdue and due-soon ones and the oldest overdue, narrowed as the notice list narrows them, with
 * deadlines passed by the sweep at fixed instants.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class RectificationTotalsTests {

	static final RectificationTotals NONE = new RectificationTotals(0, 0, 0, null);

	final RectificationApi rectifications;

	final RectificationSweep sweep;

	final NoticeOpening opening;

	final Notices notices;

	final PolicyService policies;

	final OrganizationApi organization;

	final TransactionTemplate transaction;

	UnitTreeFixture tree;

	RectificationTotalsTests(RectificationApi rectifications, RectificationSweep sweep, NoticeOpening opening,
			Notices notices, PolicyService policies, OrganizationApi organization,
			PlatformTransactionManager transactions) {
		this.rectifications = rectifications;
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

	long open(String clause, String recordedAt) {
		return opening.open(tree.finding(clause, at(recordedAt), false, null)).orElseThrow().id();
	}

	Instant deadline(long id) {
		return rectifications.notice(id).orElseThrow().deadline();
	}

	@Test
	void aScopesTotalsCountItsActiveNoticesTheOverdueAndDueSoonOnesAndNameTheOldestOverdue() {
		long early = open("7.1", "2026-09-01T10:00:00+08:00");
		long late = open("7.2", "2026-09-30T10:00:00+08:00");
		long submitted = open("7.3", "2026-09-30T10:00:00+08:00");
		long closed = open("7.4", "2026-09-30T10:00:00+08:00");
		long recent = open("7.5", "2026-11-02T10:00:00+08:00");
		transaction.executeWithoutResult(status -> {
			notices.findById(submitted).orElseThrow().submit("已整改", "厅经理", 42L, at("2026-10-09T10:00:00+08:00"));
			Notice done = notices.findById(closed).orElseThrow();
			done.submit("已整改", "厅经理", 42L, at("2026-10-09T10:00:00+08:00"));
			done.accept(null, "质量经理", at("2026-10-09T11:00:00+08:00"));
		});
		assertThat(rectifications.totals(DataScope.units(Set.of(tree.hall()))))
			.isEqualTo(new RectificationTotals(4, 0, 0, null));

		// the two open ones pass their deadlines; the submitted one waits for its verifier, not overdue
		sweep.sweep(deadline(late));
		// the recent one is within its warning time
		sweep.sweep(deadline(recent).minusSeconds(60));

		RectificationTotals hall = rectifications.totals(DataScope.units(Set.of(tree.hall())));
		assertThat(hall).isEqualTo(new RectificationTotals(4, 2, 1,
				new OverdueNotice(early, rectifications.notice(early).orElseThrow().number(), tree.hall(), deadline(early))));
		// the figures per unit agree
		assertThat(rectifications.countsByUnit(List.of(tree.hall())))
			.containsExactly(new UnitRectificationCounts(tree.hall(), 4, 2));
		// a self scope holds the notices its person is responsible for, as the list shows them
		assertThat(rectifications.totals(DataScope.self(tree.hallManager(), tree.hall()))).isEqualTo(hall);
		assertThat(rectifications.totals(DataScope.self(tree.clerk(), tree.hall()))).isEqualTo(NONE);
		// scopes come expanded to their subtrees: the branch alone holds none, and nothing is nothing
		assertThat(rectifications.totals(DataScope.units(Set.of(tree.branch())))).isEqualTo(NONE);
		assertThat(rectifications.totals(DataScope.nothing())).isEqualTo(NONE);
		RectificationTotals everything = rectifications.totals(DataScope.everything());
		assertThat(everything.active()).isGreaterThanOrEqualTo(4);
		assertThat(everything.overdue()).isGreaterThanOrEqualTo(2);
		assertThat(everything.oldestOverdue()).isNotNull();
		assertThat(everything.oldestOverdue().deadline()).isBeforeOrEqualTo(deadline(early));
	}

	static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}
}
