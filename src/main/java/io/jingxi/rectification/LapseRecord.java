package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** A finding as a lapse of its clause by a unit (and a person, when named), for the repeat-lapse ladder. */
@Entity
@Table(name = "rect_lapse")
class LapseRecord implements Persistable<Long> {

	/** Rows are only ever inserted: saving a new one must insert, and fail on a duplicate key, never merge. */
	@Transient
	private boolean fresh;


	@Id
	@Column(name = "finding_id")
	private long findingId;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "person_id")
	private @Nullable Long personId;

	private String clause;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	private boolean overturned;

	protected LapseRecord() {
		this.clause = "";
		this.recordedAt = Instant.EPOCH;
	}

	LapseRecord(long findingId, long unitId, @Nullable Long personId, String clause, Instant recordedAt) {
		this.fresh = true;
		this.findingId = findingId;
		this.unitId = unitId;
		this.personId = personId;
		this.clause = clause;
		this.recordedAt = recordedAt;
	}

	/** The finding was amended: the person it names now. */
	void restate(@Nullable Long personId) {
		this.personId = personId;
	}

	void overturn() {
		overturned = true;
	}

	RepeatLapses.Lapse lapse() {
		return new RepeatLapses.Lapse(findingId, recordedAt);
	}

	@Override
	public Long getId() {
		return findingId;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		fresh = false;
	}
}
