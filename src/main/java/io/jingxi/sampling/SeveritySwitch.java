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

/** 转移记录: one change of a stream's severity, the rule behind it and the lot or person that caused it. */
@Entity
@Table(name = "smp_switch")
class SeveritySwitch {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smp_switch_seq")
	@SequenceGenerator(name = "smp_switch_seq", sequenceName = "smp_switch_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "stream_id")
	private long streamId;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "lot_id")
	private @Nullable Long lotId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_severity")
	private Severity fromSeverity;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_severity")
	private Severity toSeverity;

	@Enumerated(EnumType.STRING)
	private SwitchReason reason;

	@Column(name = "switching_score")
	private int switchingScore;

	private @Nullable String note;

	private String actor;

	private Instant at;

	protected SeveritySwitch() {
		this.fromSeverity = Severity.NORMAL;
		this.toSeverity = Severity.NORMAL;
		this.reason = SwitchReason.OTHER_CONDITIONS;
		this.actor = "";
		this.at = Instant.EPOCH;
	}

	SeveritySwitch(InspectionStream stream, @Nullable Long lotId, Severity from, SwitchReason reason,
			int scoreBefore, @Nullable String note, String actor, Instant at) {
		this.streamId = stream.id();
		this.unitId = stream.getUnitId();
		this.lotId = lotId;
		this.fromSeverity = from;
		this.toSeverity = stream.getSeverity();
		this.reason = reason;
		this.switchingScore = scoreBefore;
		this.note = note;
		this.actor = actor;
		this.at = at;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Switch not saved yet");
		}
		return id;
	}

	long getStreamId() {
		return streamId;
	}

	@Nullable Long getLotId() {
		return lotId;
	}

	Severity getFromSeverity() {
		return fromSeverity;
	}

	Severity getToSeverity() {
		return toSeverity;
	}

	SwitchReason getReason() {
		return reason;
	}

	int getSwitchingScore() {
		return switchingScore;
	}

	@Nullable String getNote() {
		return note;
	}

	String getActor() {
		return actor;
	}

	Instant getAt() {
		return at;
	}
}
