package io.jingxi.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** How many sections and items a version has and their points, read in one query for a version list. */
record VersionCounts(Long versionId, Long sections, Long items, @Nullable BigDecimal points) {
}
