package io.jingxi.reporting;

import org.jspecify.annotations.Nullable;

/** Where a unit stands in the tree now: its parent and its organisation (the root of its tree). */
record UnitPlace(long unitId, @Nullable Long parentId, long organisationId) {

	/** The root id from a unit path such as /1/51/101/ (the unit itself when the path is empty). */
	static long rootOf(long unitId, String path) {
		for (String part : path.split("/")) {
			if (!part.isEmpty()) {
				return Long.parseLong(part);
			}
		}
		return unitId;
	}
}
