package io.jingxi.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue of permission codes: each guards a page of the sidebar and the API calls behind
 * it. A later module adds its codes here.
 */
final class Permissions {

	static final String UNIT_READ = "org:unit:read";
	static final String UNIT_WRITE = "org:unit:write";
	static final String PERSON_READ = "org:person:read";
	static final String PERSON_WRITE = "org:person:write";
	static final String VENDOR_READ = "org:vendor:read";
	static final String VENDOR_WRITE = "org:vendor:write";
	static final String USER_READ = "identity:user:read";
	static final String USER_WRITE = "identity:user:write";
	static final String ROLE_READ = "identity:role:read";
	static final String ROLE_WRITE = "identity:role:write";
	static final String CALENDAR_READ = "calendar:read";
	static final String CALENDAR_WRITE = "calendar:write";
	static final String AUDIT_READ = "audit:read";
	static final String STANDARD_READ = "standard:read";
	static final String STANDARD_WRITE = "standard:write";
	static final String SAMPLING_READ = "sampling:read";
	static final String SAMPLING_WRITE = "sampling:write";
	static final String SAMPLING_MANAGE = "sampling:manage";
	static final String INSPECTION_READ = "inspection:read";
	static final String INSPECTION_CONDUCT = "inspection:conduct";
	static final String INSPECTION_MANAGE = "inspection:manage";
	static final String INSPECTION_APPEAL = "inspection:appeal";
	static final String INSPECTION_SELF = "inspection:self";
	static final String INSPECTION_MYSTERY = "inspection:mystery";
	static final String INSPECTION_EXTERNAL = "inspection:external";
	static final String INSPECTION_THIRD_PARTY = "inspection:third-party";
	static final String REPORTING_READ = "reporting:read";
	static final String RECTIFICATION_READ = "rectification:read";
	static final String RECTIFICATION_SUBMIT = "rectification:submit";
	static final String RECTIFICATION_VERIFY = "rectification:verify";
	static final String RECTIFICATION_MANAGE = "rectification:manage";

	/** Code → group, in the order the role editor shows them. */
	static final Map<String, String> CATALOGUE;

	static {
		var map = new LinkedHashMap<String, String>();
		map.put(UNIT_READ, "organization");
		map.put(UNIT_WRITE, "organization");
		map.put(PERSON_READ, "organization");
		map.put(PERSON_WRITE, "organization");
		map.put(VENDOR_READ, "organization");
		map.put(VENDOR_WRITE, "organization");
		map.put(USER_READ, "identity");
		map.put(USER_WRITE, "identity");
		map.put(ROLE_READ, "identity");
		map.put(ROLE_WRITE, "identity");
		map.put(CALENDAR_READ, "calendar");
		map.put(CALENDAR_WRITE, "calendar");
		map.put(AUDIT_READ, "audit");
		map.put(STANDARD_READ, "standard");
		map.put(STANDARD_WRITE, "standard");
		map.put(SAMPLING_READ, "sampling");
		map.put(SAMPLING_WRITE, "sampling");
		map.put(SAMPLING_MANAGE, "sampling");
		map.put(INSPECTION_READ, "inspection");
		map.put(INSPECTION_CONDUCT, "inspection");
		map.put(INSPECTION_MANAGE, "inspection");
		map.put(INSPECTION_APPEAL, "inspection");
		map.put(INSPECTION_SELF, "inspection");
		map.put(INSPECTION_MYSTERY, "inspection");
		map.put(INSPECTION_EXTERNAL, "inspection");
		map.put(INSPECTION_THIRD_PARTY, "inspection");
		map.put(REPORTING_READ, "reporting");
		map.put(RECTIFICATION_READ, "rectification");
		map.put(RECTIFICATION_SUBMIT, "rectification");
		map.put(RECTIFICATION_VERIFY, "rectification");
		map.put(RECTIFICATION_MANAGE, "rectification");
		CATALOGUE = Map.copyOf(map);
		ORDER = List.copyOf(map.keySet());
	}

	static final List<String> ORDER;

	private Permissions() {
	}

	static boolean exists(String code) {
		return CATALOGUE.containsKey(code);
	}

	static Set<String> all() {
		return Set.copyOf(ORDER);
	}
}
