package io.jingxi.shared;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.jingxi.identity.IdentityApi;

/**
 * The isolation fixture every module's tests reuse: a fresh root unit with two sibling units A and
 * B, and in each a user with the given roles (scoped to their own unit's subtree when the role's
 * scope is SUBTREE). A test signs in as {@link #userA} and proves that B's records can be neither
 * read nor changed.
 */
public record TwoUnits(long rootId, long unitA, long unitB, String userA, String userB, String password) {

	public static final String PASSWORD = "Secret-pass-42";

	public static TwoUnits create(JdbcClient jdbc, IdentityApi identity, String... roleCodes) {
		var tag = UUID.randomUUID().toString().substring(0, 8);
		long root = insertUnit(jdbc, null, "R-" + tag, "测试公司" + tag, "company");
		long a = insertUnit(jdbc, root, "A-" + tag, "甲单位" + tag, "business_hall");
		long b = insertUnit(jdbc, root, "B-" + tag, "乙单位" + tag, "business_hall");
		var userA = "a-" + tag;
		var userB = "b-" + tag;
		identity.createAccount(new IdentityApi.NewAccount(userA, "甲用户", PASSWORD, a, null, Set.of(roleCodes), false));
		identity.createAccount(new IdentityApi.NewAccount(userB, "乙用户", PASSWORD, b, null, Set.of(roleCodes), false));
		return new TwoUnits(root, a, b, userA, userB, PASSWORD);
	}

	/** Test-only: writes a unit row directly so identity's tests do not depend on the organisation API's shape. */
	static long insertUnit(JdbcClient jdbc, Long parentId, String code, String name, String type) {
		// ids far above the sequence's range, so they never collide with ids Hibernate hands out
		long id = java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_000_000_000_000L);
		jdbc.sql("""
				insert into org_unit_type (code, name_zh, name_en, sort_order, active)
				select ?, ?, ?, 0, true where not exists (select 1 from org_unit_type where code = ?)""")
			.params(type, type, type, type)
			.update();
		String parentPath = parentId == null ? "/"
				: jdbc.sql("select path from org_unit where id = ?").param(parentId).query(String.class).single();
		jdbc.sql("""
				insert into org_unit (id, parent_id, code, name, type_code, path, depth, sort_order, active, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, 0, true, ?, ?, 0)""")
			.params(id, parentId, code, name, type, parentPath + id + "/", parentPath.split("/").length - 1,
					java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()))
			.update();
		return id;
	}
}
