package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * 问题 / 扣分项: a failed item of a submitted visit, with its clause, the points lost, the note and the
 * person named as responsible. It stands until an upheld appeal or an amendment overturns it; an
 * overturned finding keeps its record (and its evidence photos) but no longer counts.
 */
@Entity
@Table(name = "insp_finding")
class Finding {

	/** Whether a finding counts. */
	enum Status {

		/** The finding counts against the unit. */
		STANDING,
		/** An upheld appeal or an amendment overturned it; its points are restored. */
		OVERTURNED
	}

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

	@Column(name = "person_id")
	private @Nullable Long personId;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Enumerated(EnumType.STRING)
	private Status status = Status.STANDING;

	@Column(name = "overturned_at")
	private @Nullable Instant overturnedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "overturn_cause")
	private FindingOverturned.@Nullable Cause overturnCause;

	protected Finding() {
		this.clause = "";
		this.pointsLost = BigDecimal.ZERO;
		this.recordedAt = Instant.EPOCH;
	}

	Finding(long visitId, long unitId, long itemId, String clause, BigDecimal pointsLost, @Nullable String note,
			@Nullable Long personId, Instant recordedAt) {
		this.visitId = visitId;
		this.unitId = unitId;
		this.itemId = itemId;
		this.clause = clause;
		this.pointsLost = pointsLost;
		this.note = note;
		this.personId = personId;
		this.recordedAt = recordedAt;
	}

	/** The finding of a failed line of a visit, with the note and responsible person of its answer. */
	static Finding of(Visit visit, ItemLine line, Instant now) {
		VisitAnswer answer = visit.answers().stream().filter(a -> a.itemId() == line.itemId()).findFirst().orElse(null);
		return new Finding(visit.id(), visit.unitId(), line.itemId(), line.clause(), line.pointsLost(),
				answer == null ? null : answer.note(), answer == null ? null : answer.personId(), now);
	}

	/** Overturns a standing finding; its points no longer count. */
	FindingOverturned overturn(FindingOverturned.Cause cause, Instant now) {
		if (status != Status.STANDING) {
			throw DomainException.conflict("inspection.finding.overturned", id());
		}
		status = Status.OVERTURNED;
		overturnCause = cause;
		overturnedAt = now;
		return new FindingOverturned(id(), visitId, unitId, clause, pointsLost, cause, now);
	}

	/**
	 * A re-scored visit still fails the item, perhaps by other points, with another note or person: takes
	 * those values; whether anything changed.
	 */
	boolean restate(BigDecimal pointsLost, @Nullable String note, @Nullable Long personId) {
		boolean changed = this.pointsLost.compareTo(pointsLost) != 0 || !Objects.equals(this.note, note)
				|| !Objects.equals(this.personId, personId);
		this.pointsLost = pointsLost;
		this.note = note;
		this.personId = personId;
		return changed;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Finding not saved yet");
		}
		return id;
	}

	long visitId() {
		return visitId;
	}

	long unitId() {
		return unitId;
	}

	long itemId() {
		return itemId;
	}

	String clause() {
		return clause;
	}

	BigDecimal pointsLost() {
		return pointsLost;
	}

	boolean standing() {
		return status == Status.STANDING;
	}

	/** Whether an upheld appeal overturned it: its item then counts as met whenever the visit is re-scored. */
	boolean upheldOnAppeal() {
		return status == Status.OVERTURNED && overturnCause == FindingOverturned.Cause.APPEAL;
	}

	FindingSummary summary() {
		return new FindingSummary(id(), visitId, unitId, itemId, clause, pointsLost, note, recordedAt, personId,
				status == Status.OVERTURNED, overturnCause, overturnedAt);
	}

	/**
	 * The finding as the other modules learn of it. It counts from when it was recorded, or, for a
	 * hidden visit, from the publication of its result if that came later: a notice's deadline runs
	 * from when the unit can know of the lapse.
	 */
	FindingRecorded recorded(Visit visit, ItemLine line, String itemText) {
		Instant published = visit.publishedAt();
		Instant countsFrom = published != null && published.isAfter(recordedAt) ? published : recordedAt;
		return new FindingRecorded(id(), visitId, unitId, visit.kind(), itemId, clause, itemText, pointsLost,
				line.critical(), note, personId, visit.inspectorUserId(), countsFrom);
	}
}
