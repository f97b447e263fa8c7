package io.jingxi.inspection;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import io.jingxi.standard.ScoreResult.SectionScore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A section's score as it was computed when the visit was submitted. */
@Embeddable
record SectionLine(@Column(name = "section_id") long sectionId, @Column(name = "name") String name,
		@Column(name = "weight") @Nullable BigDecimal weight,
		@Column(name = "points_possible") BigDecimal pointsPossible,
		@Column(name = "points_earned") BigDecimal pointsEarned, @Column(name = "score") @Nullable BigDecimal score,
		@Column(name = "failed_items") int failedItems) {

	static SectionLine of(SectionScore section) {
		return new SectionLine(section.sectionId(), section.name(), section.weight(), section.pointsPossible(),
				section.pointsEarned(), section.score(), section.failedItems());
	}
}
