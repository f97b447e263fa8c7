package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 问题 / 扣分项: a failed item of a submitted visit, with its clause, the points lost and the note. */
@Entity
@Table(name = "insp_finding")
class Finding {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insp_finding_seq")
	@SequenceGenerator(name = "insp_finding_seq", sequenceName = "insp_finding_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "visit_id")
	private long visitId;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "item_id")
	private long itemId;

	private String clause;

	@Column(name = "points_lost")
	private BigDecimal pointsLost;

	private @Nullable String note;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Finding() {
		this.clause = "";
		this.pointsLost = BigDecimal.ZERO;
		this.recordedAt = Instant.EPOCH;
	}

	Finding(long visitId, long unitId, long itemId, String clause, BigDecimal pointsLost, @Nullable String note,
			Instant recordedAt) {
		this.visitId = visitId;
		this.unitId = unitId;
		this.itemId = itemId;
		this.clause = clause;
		this.pointsLost = pointsLost;
		this.note = note;
		this.recordedAt = recordedAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Finding not saved yet");
		}
		return id;
	}

	long itemId() {
		return itemId;
	}

	FindingSummary summary() {
		return new FindingSummary(id(), visitId, unitId, itemId, clause, pointsLost, note, recordedAt);
	}

	FindingRecorded recorded(Visit visit, ItemLine line, String itemText) {
		return new FindingRecorded(id(), visitId, unitId, visit.kind(), itemId, clause, itemText, pointsLost,
				line.critical(), note, null, visit.inspectorUserId(), recordedAt);
	}
}
