package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One entry of a notice's timeline; the actor is null when the system acted. */
@Embeddable
record NoticeEntry(@Enumerated(EnumType.STRING) @Column(name = "action") NoticeAction action,
		@Column(name = "at") Instant at, @Column(name = "actor_name") @Nullable String actorName,
		@Column(name = "note") @Nullable String note) {
}
