package io.jingxi.sampling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 检验批序列: the continuing series of lots one receiving unit gets from one supplier of one item,
 * for one defect class at one AQL, and its switching state. The rules live in {@link SwitchingState};
 * this entity keeps the state and the two conditions the people responsible set.
 */
@Entity
@Table(name = "smp_stream")
class InspectionStream {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smp_stream_seq")
	@SequenceGenerator(name = "smp_stream_seq", sequenceName = "smp_stream_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "vendor_id")
	private long vendorId;

	@Column(name = "item_id")
	private long itemId;

	@Enumerated(EnumType.STRING)
	@Column(name = "defect_class")
	private DefectClass defectClass;

	private String aql;

	@Enumerated(EnumType.STRING)
	private Severity severity = Severity.NORMAL;

	@Column(name = "switching_score")
	private int switchingScore;

	@Column(name = "recent_normal")
	private String recentNormal = "";

	@Column(name = "accepted_in_a_row")
	private int acceptedInARow;

	@Column(name = "rejected_on_tightened")
	private int rejectedOnTightened;

	@Column(name = "reduced_approved")
	private boolean reducedApproved;

	@Column(name = "production_steady")
	private boolean productionSteady = true;

	private int lots;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected InspectionStream() {
		this.defectClass = DefectClass.MAJOR;
		this.aql = "1.0";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	InspectionStream(long unitId, long vendorId, long itemId, DefectClass defectClass, Aql aql, Instant now) {
		this.unitId = unitId;
		this.vendorId = vendorId;
		this.itemId = itemId;
		this.defectClass = defectClass;
		this.aql = aql.text();
		this.createdAt = now;
		this.updatedAt = now;
	}

	SwitchingState state() {
		return new SwitchingState(severity, switchingScore, recentNormal, acceptedInARow, rejectedOnTightened);
	}

	SwitchingState.Conditions conditions() {
		return new SwitchingState.Conditions(productionSteady, reducedApproved);
	}

	/** Takes the next state; answers the severity before it. */
	Severity apply(SwitchingState.Step step, Instant now) {
		Severity before = severity;
		SwitchingState next = step.state();
		this.severity = next.severity();
		this.switchingScore = next.switchingScore();
		this.recentNormal = next.recentNormal();
		this.acceptedInARow = next.acceptedInARow();
		this.rejectedOnTightened = next.rejectedOnTightened();
		this.updatedAt = now;
		return before;
	}

	void countLot() {
		lots++;
	}

	void setConditions(SwitchingState.Conditions conditions, Instant now) {
		this.productionSteady = conditions.productionSteady();
		this.reducedApproved = conditions.reducedApproved();
		this.updatedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Stream not saved yet");
		}
		return id;
	}

	long getUnitId() {
		return unitId;
	}

	long getVendorId() {
		return vendorId;
	}

	long getItemId() {
		return itemId;
	}

	DefectClass getDefectClass() {
		return defectClass;
	}

	Aql aql() {
		return new Aql(aql);
	}

	Severity getSeverity() {
		return severity;
	}

	int getSwitchingScore() {
		return switchingScore;
	}

	String getRecentNormal() {
		return recentNormal;
	}

	int getAcceptedInARow() {
		return acceptedInARow;
	}

	int getRejectedOnTightened() {
		return rejectedOnTightened;
	}

	boolean isReducedApproved() {
		return reducedApproved;
	}

	boolean isProductionSteady() {
		return productionSteady;
	}

	int getLots() {
		return lots;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	String summary() {
		return "unit=" + unitId + ", vendor=" + vendorId + ", item=" + itemId + ", class=" + defectClass + ", aql="
				+ aql + ", severity=" + severity + ", score=" + switchingScore + ", productionSteady="
				+ productionSteady + ", reducedApproved=" + reducedApproved;
	}
}
