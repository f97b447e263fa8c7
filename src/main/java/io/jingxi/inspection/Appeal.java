package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;

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
import jakarta.persistence.Version;

/**
 * 申诉: the visited unit disputes one finding, with a reason, before the deadline that the appeal
 * policy (whose version it records) gave it. A quality manager upholds it (the finding is overturned,
 * its points restored) or rejects it (the finding stands), with a reason. One appeal per finding; a
 * decided appeal is final. It never names the visit's inspector.
 */
@Entity
@Table(name = "insp_appeal")
class Appeal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insp_appeal_seq")
	@SequenceGenerator(name = "insp_appeal_seq", sequenceName = "insp_appeal_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "finding_id")
	private long findingId;

	@Column(name = "visit_id")
	private long visitId;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "item_id")
	private long itemId;

	private String clause;

	@Column(name = "points_lost")
	private BigDecimal pointsLost;

	private String reason;

	@Enumerated(EnumType.STRING)
	private AppealStatus status = AppealStatus.OPEN;

	@Column(name = "filed_by_user_id")
	private long filedByUserId;

	@Column(name = "filed_by_name")
	private String filedByName;

	@Column(name = "filed_at")
	private Instant filedAt;

	private Instant deadline;

	@Column(name = "policy_version")
	private int policyVersion;

	@Column(name = "working_days")
	private int workingDays;

	@Column(name = "decided_by_user_id")
	private @Nullable Long decidedByUserId;

	@Column(name = "decided_by_name")
	private @Nullable String decidedByName;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "decision_reason")
	private @Nullable String decisionReason;

	@Column(name = "previous_total")
	private @Nullable BigDecimal previousTotal;

	@Column(name = "new_total")
	private @Nullable BigDecimal newTotal;

	@Version
	private long version;

	protected Appeal() {
		this.clause = "";
		this.pointsLost = BigDecimal.ZERO;
		this.reason = "";
		this.filedByName = "";
		this.filedAt = Instant.EPOCH;
		this.deadline = Instant.EPOCH;
	}

	/** Files an appeal; refused (409) after the deadline, which the message names. */
	Appeal(Finding finding, String reason, long filedByUserId, String filedByName, Instant now, Instant deadline,
			AppealPolicy policy, String deadlineText) {
		this.reason = Amendment.reason(reason);
		if (now.isAfter(deadline)) {
			throw DomainException.conflict("inspection.appeal.late", deadlineText, policy.workingDays());
		}
		this.findingId = finding.id();
		this.visitId = finding.visitId();
		this.unitId = finding.unitId();
		this.itemId = finding.itemId();
		this.clause = finding.clause();
		this.pointsLost = finding.pointsLost();
		this.filedByUserId = filedByUserId;
		this.filedByName = filedByName;
		this.filedAt = now;
		this.deadline = deadline;
		this.policyVersion = policy.version();
		this.workingDays = policy.workingDays();
	}

	/** Upholds an open appeal; the caller overturns the finding and re-scores the visit. */
	void uphold(String reason, long userId, String name, Instant now, BigDecimal previousTotal, BigDecimal newTotal) {
		decide(AppealStatus.UPHELD, reason, userId, name, now);
		this.previousTotal = previousTotal;
		this.newTotal = newTotal;
	}

	/** Rejects an open appeal: the finding stands. */
	void reject(String reason, long userId, String name, Instant now) {
		decide(AppealStatus.REJECTED, reason, userId, name, now);
	}

	/** Refuses (409) a decision on an appeal that is already decided. */
	void requireOpen() {
		if (status != AppealStatus.OPEN) {
			throw DomainException.conflict("inspection.appeal.decided", String.valueOf(id()));
		}
	}

	private void decide(AppealStatus outcome, String reason, long userId, String name, Instant now) {
		String why = Amendment.reason(reason);
		requireOpen();
		this.status = outcome;
		this.decisionReason = why;
		this.decidedByUserId = userId;
		this.decidedByName = name;
		this.decidedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Appeal not saved yet");
		}
		return id;
	}

	long findingId() {
		return findingId;
	}

	long visitId() {
		return visitId;
	}

	long unitId() {
		return unitId;
	}

	AppealStatus status() {
		return status;
	}

	AppealView view(String unitName) {
		return new AppealView(id(), findingId, visitId, unitId, unitName, itemId, clause, pointsLost, reason, status,
				filedByName, filedAt, deadline, AppealPolicy.NAME, policyVersion, workingDays, decidedByName, decidedAt,
				decisionReason, previousTotal, newTotal);
	}

	String summary() {
		return "finding=" + findingId + ", status=" + status;
	}
}
