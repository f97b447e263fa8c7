package io.jingxi.rectification;

import static io.jingxi.rectification.UnitTreeFixture.DEFAULT_POLICY;
import static io.jingxi.rectification.UnitTreeFixture.usePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.jingxi.inspection.FindingOverturned;
import io.jingxi.inspection.FindingRecorded;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.AsSystem;

/**
 * What a finding sets off, called as the listener calls it: the notice with its owner, its deadline
 * from the unit's calendar and its timers, exactly once per finding; the repeat-lapse ladder per unit
 * and per person; the policy's selection; an overturned finding cancelling its notice.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class NoticeOpeningTests {

	final NoticeOpening opening;

	final Notices notices;

	final Lapses lapses;

	final PolicyService policies;

	final RectificationApi api;

	final OrganizationApi organization;

	UnitTreeFixture tree;

	NoticeOpeningTests(NoticeOpening opening, Notices notices, Lapses lapses, PolicyService policies,
			RectificationApi api, OrganizationApi organization) {
		this.opening = opening;
		this.notices = notices;
		this.lapses = lapses;
		this.policies = policies;
		this.api = api;
		this.organization = organization;
	}

	@BeforeEach
	void companyBranchAndHallUnderTheDefaultPolicy() {
		tree = UnitTreeFixture.create(organization);
		usePolicy(policies, DEFAULT_POLICY);
	}

	@AfterEach
	void defaultPolicyAgain() {
		usePolicy(policies, DEFAULT_POLICY);
	}

	static Instant at(String offsetDateTime) {
		return OffsetDateTime.parse(offsetDateTime).toInstant();
	}

	Notice opened(FindingRecorded finding) {
		return opening.open(finding).orElseThrow();
	}

	@Test
	void theDeadlineCountsWorkingDaysInTheUnitsCalendarAcrossNationalDay() {
		// Wednesday 30 September 2026; 1 to 7 October are holidays, Saturday 10 October a make-up working day
		Notice ordinary = opened(tree.finding("1.1", at("2026-09-30T10:00:00+08:00"), false, null));
		assertThat(ordinary.deadline()).isEqualTo(at("2026-10-10T17:30:00+08:00"));
		// 4 working hours before 17:30, with the lunch break from 12:00 to 14:00
		assertThat(ordinary.warnAt()).isEqualTo(at("2026-10-10T11:30:00+08:00"));
		// 2 working days after the deadline's day: Monday 12 and Tuesday 13 October
		assertThat(ordinary.nextEscalationAt()).isEqualTo(at("2026-10-13T17:30:00+08:00"));
		assertThat(ordinary.policyVersion()).isEqualTo(policies.current().version());

		Notice critical = opened(tree.finding("1.2", at("2026-09-30T10:00:00+08:00"), true, null));
		assertThat(critical.deadline()).isEqualTo(at("2026-10-08T17:30:00+08:00"));
	}

	@Test
	void theNoticeNamesTheFindingsPersonWhenNamedElseTheUnitManagerAndIsNumbered() {
		Notice unnamed = opened(tree.finding("2.1", Instant.parse("2026-11-23T02:00:00Z"), false, null));
		assertThat(unnamed.responsiblePersonId()).isEqualTo(tree.hallManager());
		assertThat(unnamed.responsibleName()).isEqualTo("厅经理" + tree.tag());
		assertThat(unnamed.number()).matches("ZG-2026-\\d{6}");
		assertThat(unnamed.status()).isEqualTo(RectificationStatus.OPEN);
		assertThat(unnamed.itemText()).isEqualTo("营业厅门口无乱贴乱画");

		Notice named = opened(tree.finding("2.2", Instant.parse("2026-11-23T02:00:00Z"), false, tree.clerk()));
		assertThat(named.responsiblePersonId()).isEqualTo(tree.clerk());
		assertThat(named.responsibleName()).isEqualTo("营业员" + tree.tag());
		assertThat(named.number()).isNotEqualTo(unnamed.number());

		// a unit without a manager: nobody by name, the unit's owner side still acts on it
		long team = AsSystem.call(() -> organization.createUnit(new OrganizationApi.NewUnit(tree.hall(),
				"RT-" + tree.tag(), "班组" + tree.tag(), "team", null, null, 1)));
		Notice nobody = opened(UnitTreeFixture.finding(team, "2.3", Instant.parse("2026-11-23T02:00:00Z"), false, null,
				InspectionKind.SELF));
		assertThat(nobody.responsiblePersonId()).isNull();
		assertThat(nobody.responsibleName()).isNull();
	}

	@Test
	void aFindingDeliveredTwiceOpensOneNoticeAndPublishesItsEventsOnce(ApplicationEvents events) {
		FindingRecorded finding = tree.finding("3.1", Instant.parse("2026-11-23T02:00:00Z"), false, null);
		Notice notice = opened(finding);
		assertThat(opening.open(finding)).isEmpty();
		assertThat(opening.open(finding)).isEmpty();

		assertThat(notices.findByFindingId(finding.findingId())).map(Notice::id).contains(notice.id());
		assertThat(notices.findAll().stream().filter(n -> n.findingId() == finding.findingId())).hasSize(1);
		assertThat(events.stream(RectificationOpened.class).filter(e -> e.findingId() == finding.findingId()))
			.singleElement()
			.satisfies(opened -> {
				assertThat(opened.noticeId()).isEqualTo(notice.id());
				assertThat(opened.unitId()).isEqualTo(tree.hall());
				assertThat(opened.responsiblePersonId()).isEqualTo(tree.hallManager());
				assertThat(opened.deadline()).isEqualTo(notice.deadline());
			});
		assertThat(api.noticeOfFinding(finding.findingId())).hasValueSatisfying(summary -> {
			assertThat(summary.number()).isEqualTo(notice.number());
			assertThat(summary.status()).isEqualTo(RectificationStatus.OPEN);
		});
	}

	@Test
	void theSameClauseFailedAgainClimbsTheLadderForTheUnitAndForThePerson(ApplicationEvents events) {
		Instant start = Instant.parse("2026-06-01T02:00:00Z");
		Notice first = opened(tree.finding("4.1", start, false, tree.clerk()));
		// another clause, another unit: neither counts
		opened(tree.finding("4.2", start.plus(Duration.ofDays(1)), false, tree.clerk()));
		opened(UnitTreeFixture.finding(tree.branch(), "4.1", start.plus(Duration.ofDays(1)), false, null,
				InspectionKind.SPOT_CHECK));
		Notice second = opened(tree.finding("4.1", start.plus(Duration.ofDays(10)), false, null));
		Notice third = opened(tree.finding("4.1", start.plus(Duration.ofDays(20)), false, tree.clerk()));

		assertThat(first.ladderStep()).isEqualTo(LadderStep.CORRECTED_ON_SPOT);
		assertThat(second.unitOccurrence()).isEqualTo(2);
		assertThat(second.personOccurrence()).isNull();
		assertThat(second.ladderStep()).isEqualTo(LadderStep.VIOLATION_NOTICE);
		assertThat(third.unitOccurrence()).isEqualTo(3);
		assertThat(third.personOccurrence()).isEqualTo(2);
		assertThat(third.ladderStep()).isEqualTo(LadderStep.PENALTY);

		List<RepeatLapseDetected> repeats = events.stream(RepeatLapseDetected.class)
			.filter(e -> e.unitId() == tree.hall() && e.clause().equals("4.1"))
			.toList();
		assertThat(repeats).extracting(RepeatLapseDetected::personId, RepeatLapseDetected::occurrence,
				RepeatLapseDetected::step)
			.containsExactly(tuple(null, 2, LadderStep.VIOLATION_NOTICE),
					tuple(null, 3, LadderStep.PENALTY),
					tuple(tree.clerk(), 2, LadderStep.VIOLATION_NOTICE));
		assertThat(repeats.get(1).findingIds()).containsExactly(first.findingId(), second.findingId(),
				third.findingId());
		assertThat(repeats.get(2).findingIds()).containsExactly(first.findingId(), third.findingId());
		assertThat(repeats).allSatisfy(e -> assertThat(e.policyVersion()).isEqualTo(policies.current().version()));

		// outside the 90-day window the count starts again
		Notice later = opened(tree.finding("4.1", start.plus(Duration.ofDays(111)), false, null));
		assertThat(later.unitOccurrence()).isEqualTo(1);
		assertThat(later.ladderStep()).isEqualTo(LadderStep.CORRECTED_ON_SPOT);
	}

	@Test
	void theSelectionDecidesWhichFindingsOpenNoticesWhileEveryLapseCounts() {
		usePolicy(policies, new RectificationRequests.RectificationPolicyRequest("只对关键项开单", FindingSelection.CRITICAL_ONLY, null, 3, 1,
				4, 2, 90, 2, 3));
		int version = policies.current().version();
		Instant start = Instant.parse("2026-07-01T02:00:00Z");
		FindingRecorded minor = tree.finding("5.1", start, false, null);
		assertThat(opening.open(minor)).isEmpty();
		assertThat(lapses.existsById(minor.findingId())).isTrue();
		assertThat(api.noticeOfFinding(minor.findingId())).isEmpty();
		// handled: delivering it again opens nothing either
		assertThat(opening.open(minor)).isEmpty();

		Notice critical = opened(tree.finding("5.1", start.plus(Duration.ofDays(1)), true, null));
		assertThat(critical.unitOccurrence()).isEqualTo(2);
		assertThat(critical.policyVersion()).isEqualTo(version);

		usePolicy(policies, new RectificationRequests.RectificationPolicyRequest("扣分达到 3 分开单", FindingSelection.POINTS_AT_LEAST,
				new BigDecimal("3"), 3, 1, 4, 2, 90, 2, 3));
		assertThat(opening.open(tree.finding("5.2", start, true, null))).as("2 points lost").isEmpty();
	}

	@Test
	void anOverturnedFindingCancelsItsNoticeAndNoLongerCounts(ApplicationEvents events) {
		Instant start = Instant.parse("2026-08-03T02:00:00Z");
		Notice first = opened(tree.finding("6.1", start, false, null));
		FindingOverturned overturned = new FindingOverturned(first.findingId(), first.visitId(), tree.hall(), "6.1",
				new BigDecimal("2.00"), FindingOverturned.Cause.APPEAL, start.plus(Duration.ofDays(2)));
		opening.overturn(overturned);
		opening.overturn(overturned);

		assertThat(api.notice(first.id())).hasValueSatisfying(summary -> assertThat(summary.status())
			.isEqualTo(RectificationStatus.CANCELLED));
		assertThat(events.stream(RectificationCancelled.class).filter(e -> e.noticeId() == first.id())).hasSize(1);
		Notice second = opened(tree.finding("6.1", start.plus(Duration.ofDays(5)), false, null));
		assertThat(second.unitOccurrence()).isEqualTo(1);
	}
}
