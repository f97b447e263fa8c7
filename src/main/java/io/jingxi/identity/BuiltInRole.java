package io.jingxi.identity;

import static io.jingxi.identity.Permissions.*;

import java.util.Set;

/** The roles every organisation starts with; their permissions are fixed, their members are not. */
enum BuiltInRole {

	/** 系统管理员: everything, everywhere. */
	SYSTEM_ADMIN("系统管理员", DataScopeKind.ALL, Permissions.all()),
	/** 质量经理: runs standards, inspections and appraisal across the organisation. */
	QUALITY_MANAGER("质量经理", DataScopeKind.ALL,
			Set.of(UNIT_READ, PERSON_READ, VENDOR_READ, CALENDAR_READ, CALENDAR_WRITE, AUDIT_READ, USER_READ,
					STANDARD_READ, STANDARD_WRITE, SAMPLING_READ, SAMPLING_WRITE, SAMPLING_MANAGE, INSPECTION_READ, INSPECTION_CONDUCT, INSPECTION_MANAGE,
					REPORTING_READ, RECTIFICATION_READ, RECTIFICATION_VERIFY, RECTIFICATION_MANAGE)),
	/** 检查员: inspects the units below their own. */
	INSPECTOR("检查员", DataScopeKind.SUBTREE, Set.of(UNIT_READ, PERSON_READ, CALENDAR_READ, STANDARD_READ, INSPECTION_READ,
			INSPECTION_CONDUCT, REPORTING_READ, RECTIFICATION_READ)),
	/** 神秘顾客: sees only their own assignments. */
	MYSTERY_SHOPPER("神秘顾客", DataScopeKind.SELF, Set.of(CALENDAR_READ, STANDARD_READ, INSPECTION_READ, INSPECTION_MYSTERY)),
	/** 行风监督员: an outside supervisor who checks units on their assignments. */
	EXTERNAL_SUPERVISOR("行风监督员", DataScopeKind.SELF, Set.of(CALENDAR_READ, STANDARD_READ, INSPECTION_READ,
			INSPECTION_EXTERNAL)),
	/** 第三方测评员: an evaluator of a third-party firm, whose scores count little. */
	THIRD_PARTY_ASSESSOR("第三方测评员", DataScopeKind.SELF, Set.of(CALENDAR_READ, STANDARD_READ, INSPECTION_READ,
			INSPECTION_THIRD_PARTY)),
	/** 工单处理员: handles complaints and requests for the units below their own. */
	CASE_AGENT("工单处理员", DataScopeKind.SUBTREE, Set.of(UNIT_READ, PERSON_READ, CALENDAR_READ)),
	/** 单位负责人: manages their unit and its teams. */
	UNIT_MANAGER("单位负责人", DataScopeKind.SUBTREE,
			Set.of(UNIT_READ, UNIT_WRITE, PERSON_READ, PERSON_WRITE, CALENDAR_READ, USER_READ, USER_WRITE,
					STANDARD_READ, SAMPLING_READ, SAMPLING_WRITE, INSPECTION_READ, INSPECTION_SELF, INSPECTION_APPEAL, REPORTING_READ,
					RECTIFICATION_READ, RECTIFICATION_SUBMIT)),
	/** 员工: their own records. */
	STAFF("员工", DataScopeKind.SELF, Set.of(UNIT_READ, CALENDAR_READ, STANDARD_READ, INSPECTION_READ, INSPECTION_SELF)),
	/** 外包商管理员: vendors and their contracts. */
	VENDOR_MANAGER("外包商管理员", DataScopeKind.ALL, Set.of(UNIT_READ, VENDOR_READ, VENDOR_WRITE, SAMPLING_READ));

	final String displayName;
	final DataScopeKind scope;
	final Set<String> permissions;

	BuiltInRole(String displayName, DataScopeKind scope, Set<String> permissions) {
		this.displayName = displayName;
		this.scope = scope;
		this.permissions = permissions;
	}
}
