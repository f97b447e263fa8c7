package io.jingxi.shared;

import java.util.Set;
import java.util.UUID;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;

/**
 * The isolation fixture every module's tests reuse: a fresh root unit with two sibling units A and
 * B, and in each a user with the given roles (scoped to their own unit's subtree when the role's
 * scope is SUBTREE). A test signs in as {@link #userA} and proves that B's records can be neither
 * read nor changed.
 */
public record TwoUnits(long rootId, long unitA, long unitB, String codeA, String codeB, String userA, String userB,
		String password) {

	public static final String PASSWORD = "Secret-pass-42";

	public static TwoUnits create(OrganizationApi organization, IdentityApi identity, String... roleCodes) {
		var tag = UUID.randomUUID().toString().substring(0, 8);
		return AsSystem.call(() -> {
			long root = organization.createUnit(new OrganizationApi.NewUnit(null, "R-" + tag, "测试公司" + tag, "company",
					null, null, 0));
			long a = organization.createUnit(new OrganizationApi.NewUnit(root, "A-" + tag, "甲单位" + tag,
					"business_hall", null, null, 1));
			long b = organization.createUnit(new OrganizationApi.NewUnit(root, "B-" + tag, "乙单位" + tag,
					"business_hall", null, null, 2));
			var userA = "a-" + tag;
			var userB = "b-" + tag;
			identity.createAccount(new IdentityApi.NewAccount(userA, "甲用户", PASSWORD, a, null, Set.of(roleCodes), false));
			identity.createAccount(new IdentityApi.NewAccount(userB, "乙用户", PASSWORD, b, null, Set.of(roleCodes), false));
			return new TwoUnits(root, a, b, "A-" + tag, "B-" + tag, userA, userB, PASSWORD);
		});
	}
}
