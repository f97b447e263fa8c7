package io.jingxi.standard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * One version of a standard with its scoring rule, sections and items, as other modules and the API
 * see it. Published and retired versions never change; who created and published a version, and
 * when, is recorded.
 */
public record StandardVersionView(long id, long standardId, String standardCode, String standardName, int number,
		VersionStatus status, ScoringRule scoringRule, @Nullable String note, BigDecimal totalPoints, int itemCount,
		List<StandardSectionView> sections, Instant createdAt, String createdBy, Instant updatedAt,
		@Nullable Instant publishedAt, @Nullable String publishedBy, @Nullable Instant retiredAt,
		@Nullable String retiredBy) {

	public StandardVersionView {
		sections = List.copyOf(sections);
	}

	/** Every item of the version, section by section. */
	public Stream<StandardItemView> items() {
		return sections.stream().flatMap(section -> section.items().stream());
	}

	public Optional<StandardItemView> item(long itemId) {
		return items().filter(item -> item.id() == itemId).findFirst();
	}
}
