package io.jingxi.standard;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A version in a standard's list of versions: number, status, size, and who did what when. */
record VersionSummary(long id, int number, VersionStatus status, int sectionCount, int itemCount,
		BigDecimal totalPoints, Instant createdAt, String createdBy, Instant updatedAt, @Nullable Instant publishedAt,
		@Nullable String publishedBy, @Nullable Instant retiredAt, @Nullable String retiredBy) {

	static VersionSummary of(StandardVersion version, @Nullable VersionCounts counts) {
		return new VersionSummary(version.id(), version.getNumber(), version.getStatus(),
				counts == null ? 0 : counts.sections().intValue(), counts == null ? 0 : counts.items().intValue(),
				counts == null || counts.points() == null ? BigDecimal.ZERO : Numbers.plain(counts.points()),
				version.getCreatedAt(), version.getCreatedBy(), version.getUpdatedAt(), version.getPublishedAt(),
				version.getPublishedBy(), version.getRetiredAt(), version.getRetiredBy());
	}
}
