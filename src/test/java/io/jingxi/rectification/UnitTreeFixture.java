package io.jingxi.rectification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import io.jingxi.inspection.FindingRecorded;
import io.jingxi.inspection.InspectionKind;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.shared.AsSystem;

/**
 * A fresh company → branch → hall, each with a manager, and a clerk in the hall; findings of the hall
 * as the inspection module would record them, with finding ids no other test uses (the Spring
 * context and its database are shared by every test class).
 */
record UnitTreeFixture(long root, long branch, long hall, long rootManager, long branchManager, long hallManager,
		long clerk, String tag) {

	static UnitTreeFixture create(OrganizationApi organization) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return AsSystem.call(() -> {
			long root = organization.createUnit(new OrganizationApi.NewUnit(null, "RC-" + tag, "整改公司" + tag, "company",
					null, null, 0));
			long branch = organization.createUnit(new OrganizationApi.NewUnit(root, "RB-" + tag, "东城分公司" + tag,
					"branch", null, null, 1));
			long hall = organization.createUnit(new OrganizationApi.NewUnit(branch, "RH-" + tag, "中心营业厅" + tag,
					"business_hall", null, null, 1));
			return new UnitTreeFixture(root, branch, hall, person(organization, root, "总经理" + tag, UnitRole.MANAGER),
					person(organization, branch, "分公司经理" + tag, UnitRole.MANAGER),
					person(organization, hall, "厅经理" + tag, UnitRole.MANAGER),
					person(organization, hall, "营业员" + tag, UnitRole.MEMBER), tag);
		});
	}

	private static long person(OrganizationApi organization, long unit, String name, UnitRole role) {
		return organization.createPerson(new OrganizationApi.NewPerson("P" + UUID.randomUUID().toString().substring(0, 10),
				name, null, unit, List.of(role == UnitRole.MANAGER ? "经理" : "营业员"), role, PersonStatus.ACTIVE, null));
	}

	/** The policy the tests expect unless they say otherwise: 3 working days, 1 for critical items, 4 hours' warning, escalation after 2 days, the bus station's ladder over 90 days. */
	static final RectificationRequests.RectificationPolicyRequest DEFAULT_POLICY = new RectificationRequests.RectificationPolicyRequest("整改规则",
			FindingSelection.ALL_FAILED, null, 3, 1, 4, 2, 90, 2, 3);

	static RectificationPolicyView usePolicy(PolicyService policies, RectificationRequests.RectificationPolicyRequest policy) {
		return AsSystem.call(() -> policies.update(policy));
	}

	static long findingId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
	}

	FindingRecorded finding(String clause, Instant recordedAt, boolean critical, @Nullable Long personId) {
		return finding(hall, clause, recordedAt, critical, personId, InspectionKind.SPOT_CHECK);
	}

	static FindingRecorded finding(long unit, String clause, Instant recordedAt, boolean critical,
			@Nullable Long personId, InspectionKind kind) {
		long id = findingId();
		return new FindingRecorded(id, id + 1, unit, kind, 77, clause, "营业厅门口无乱贴乱画", new BigDecimal("2.00"), critical,
				"门口贴了小广告", personId, 4242, recordedAt);
	}
}
