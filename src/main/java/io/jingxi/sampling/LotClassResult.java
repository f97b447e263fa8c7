package io.jingxi.sampling;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One defect class of a lot: the stream, the plan used, the defects counted and the result. */
@Embeddable
class LotClassResult {

	@Enumerated(EnumType.STRING)
	@Column(name = "defect_class")
	private DefectClass defectClass;

	@Column(name = "stream_id")
	private long streamId;

	private String aql;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	@Column(name = "code_letter")
	private String codeLetter;

	@Column(name = "sample_size")
	private int sampleSize;

	private int acceptance;

	private int rejection;

	@Column(name = "full_inspection")
	private boolean fullInspection;

	private int defects;

	private boolean accepted;

	protected LotClassResult() {
		this.defectClass = DefectClass.MAJOR;
		this.aql = "1.0";
		this.severity = Severity.NORMAL;
		this.codeLetter = "A";
	}

	LotClassResult(DefectClass defectClass, long streamId, Aql aql, Severity severity, SamplingPlan plan,
			int defects) {
		this.defectClass = defectClass;
		this.streamId = streamId;
		this.aql = aql.text();
		this.severity = severity;
		this.codeLetter = plan.codeLetter();
		this.sampleSize = plan.sampleSize();
		this.acceptance = plan.acceptance();
		this.rejection = plan.rejection();
		this.fullInspection = plan.fullInspection();
		this.defects = defects;
		// Ac and Re differ by one in every single sampling plan: accepted when d <= Ac, else not.
		this.accepted = defects <= plan.acceptance();
	}

	DefectClass getDefectClass() {
		return defectClass;
	}

	long getStreamId() {
		return streamId;
	}

	String getAql() {
		return aql;
	}

	Severity getSeverity() {
		return severity;
	}

	String getCodeLetter() {
		return codeLetter;
	}

	int getSampleSize() {
		return sampleSize;
	}

	int getAcceptance() {
		return acceptance;
	}

	int getRejection() {
		return rejection;
	}

	boolean isFullInspection() {
		return fullInspection;
	}

	int getDefects() {
		return defects;
	}

	boolean isAccepted() {
		return accepted;
	}

	LotClassOutcome toOutcome() {
		return new LotClassOutcome(defectClass, aql, severity, codeLetter, sampleSize, acceptance, rejection, defects,
				accepted);
	}
}
