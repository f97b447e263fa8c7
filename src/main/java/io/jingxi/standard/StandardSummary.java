package io.jingxi.standard;

import org.jspecify.annotations.Nullable;

/**
 * A standard (服务标准 / 检查表) of the organisation: its code and name, its current published version
 * (the highest-numbered one in force) and the number of its open draft, if any.
 */
public record StandardSummary(long id, String code, String name, @Nullable String description,
		@Nullable Long currentVersionId, @Nullable Integer currentVersionNumber, @Nullable Integer draftVersionNumber) {
}
