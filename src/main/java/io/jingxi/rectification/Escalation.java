package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 升级: an overdue notice brought to the next level of management: the level (1 = the parent unit),
 * the unit of that level and its manager when it has one.
 */
@Embeddable
record Escalation(@Column(name = "level") int level, @Column(name = "unit_id") long unitId,
		@Column(name = "person_id") @Nullable Long personId, @Column(name = "person_name") @Nullable String personName,
		@Column(name = "escalated_at") Instant escalatedAt) {
}
