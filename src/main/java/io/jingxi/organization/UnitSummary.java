package io.jingxi.organization;

import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. {@code path} lists the ids from the root, such as /1/51/101/. */
public record UnitSummary(long id, @Nullable Long parentId, String code, String name, String typeCode, String path,
		int depth, boolean active) {
}
