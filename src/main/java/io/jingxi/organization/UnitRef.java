package io.jingxi.organization;

import org.jspecify.annotations.Nullable;

/** The shape of one unit in the tree, light enough to hold the whole tree in memory during an import. */
record UnitRef(long id, @Nullable Long parentId, String code, String path, boolean active) {
}
