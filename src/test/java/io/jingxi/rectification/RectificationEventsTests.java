package io.jingxi.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestConstructor;

import io.jingxi.inspection.FindingOverturned;
import io.jingxi.inspection.FindingRecorded;
import io.jingxi.organization.OrganizationApi;

/**
 * The module's events end to end through its listeners, as Spring Modulith delivers them (after the
 * publishing transaction commits, asynchronously): a recorded finding opens a notice, a repeated
 * lapse is announced for the incentive module, an overturned finding cancels the notice.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnableScenarios
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class RectificationEventsTests {

	final OrganizationApi organization;

	final PolicyService policies;

	UnitTreeFixture tree;

	RectificationEventsTests(OrganizationApi organization, PolicyService policies) {
		this.organization = organization;
		this.policies = policies;
	}

	@BeforeEach
	void companyBranchAndHall() {
		tree = UnitTreeFixture.create(organization);
		UnitTreeFixture.usePolicy(policies, UnitTreeFixture.DEFAULT_POLICY);
	}

	@Test
	void aRecordedFindingOpensANoticeForTheUnitManager(Scenario scenario) {
		FindingRecorded finding = tree.finding("8.1", Instant.parse("2026-11-23T02:00:00Z"), false, null);
		scenario.publish(finding)
			.andWaitForEventOfType(RectificationOpened.class)
			.matching(opened -> opened.findingId() == finding.findingId())
			.toArriveAndVerify(opened -> {
				assertThat(opened.unitId()).isEqualTo(tree.hall());
				assertThat(opened.clause()).isEqualTo("8.1");
				assertThat(opened.responsiblePersonId()).isEqualTo(tree.hallManager());
				assertThat(opened.step()).isEqualTo(LadderStep.CORRECTED_ON_SPOT);
				assertThat(opened.number()).matches("ZG-2026-\\d{6}");
			});
	}

	@Test
	void aSecondLapseOfTheClauseIsAnnouncedWithBothFindings(Scenario scenario) {
		FindingRecorded first = tree.finding("8.2", Instant.parse("2026-11-02T02:00:00Z"), false, null);
		scenario.publish(first)
			.andWaitForEventOfType(RectificationOpened.class)
			.matching(opened -> opened.findingId() == first.findingId())
			.toArrive();
		FindingRecorded second = tree.finding("8.2", Instant.parse("2026-11-23T02:00:00Z"), false, null);
		scenario.publish(second)
			.andWaitForEventOfType(RepeatLapseDetected.class)
			.matching(repeat -> repeat.unitId() == tree.hall() && repeat.clause().equals("8.2"))
			.toArriveAndVerify(repeat -> {
				assertThat(repeat.personId()).isNull();
				assertThat(repeat.occurrence()).isEqualTo(2);
				assertThat(repeat.step()).isEqualTo(LadderStep.VIOLATION_NOTICE);
				assertThat(repeat.findingIds()).containsExactly(first.findingId(), second.findingId());
			});
	}

	@Test
	void anOverturnedFindingCancelsItsNotice(Scenario scenario) {
		FindingRecorded finding = tree.finding("8.3", Instant.parse("2026-11-23T02:00:00Z"), false, null);
		long[] noticeId = { 0 };
		scenario.publish(finding)
			.andWaitForEventOfType(RectificationOpened.class)
			.matching(event -> event.findingId() == finding.findingId())
			.toArriveAndVerify(event -> noticeId[0] = event.noticeId());
		scenario.publish(new FindingOverturned(finding.findingId(), finding.visitId(), tree.hall(), "8.3",
				new BigDecimal("2.00"), FindingOverturned.Cause.AMENDMENT, finding.recordedAt().plus(Duration.ofDays(1))))
			.andWaitForEventOfType(RectificationCancelled.class)
			.matching(cancelled -> cancelled.noticeId() == noticeId[0])
			.toArriveAndVerify(cancelled -> assertThat(cancelled.findingId()).isEqualTo(finding.findingId()));
	}
}
