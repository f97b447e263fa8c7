package io.jingxi.rectification;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** One version of the rectification policy as stored: never changed, an edit adds the next version. */
@Entity
@Table(name = "rect_policy")
class PolicyVersion implements Persistable<Integer> {

	/** Rows are only ever inserted: saving a new one must insert, and fail on a duplicate key, never merge. */
	@Transient
	private boolean fresh;


	@Id
	private int version;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private FindingSelection selection;

	@Column(name = "min_points_lost")
	private @Nullable BigDecimal minPointsLost;

	@Column(name = "deadline_days")
	private int deadlineDays;

	@Column(name = "critical_deadline_days")
	private int criticalDeadlineDays;

	@Column(name = "warning_hours")
	private int warningHours;

	@Column(name = "escalation_days")
	private int escalationDays;

	@Column(name = "ladder_window_days")
	private int ladderWindowDays;

	@Column(name = "violation_notice_from")
	private int violationNoticeFrom;

	@Column(name = "penalty_from")
	private int penaltyFrom;

	@Column(name = "changed_at")
	private Instant changedAt;

	@Column(name = "changed_by")
	private String changedBy;

	protected PolicyVersion() {
		this.code = RectificationPolicy.CODE;
		this.name = "";
		this.selection = FindingSelection.ALL_FAILED;
		this.changedAt = Instant.EPOCH;
		this.changedBy = "";
	}

	PolicyVersion(RectificationPolicy policy, Instant changedAt, String changedBy) {
		this.fresh = true;
		this.version = policy.version();
		this.code = RectificationPolicy.CODE;
		this.name = policy.name();
		this.selection = policy.selection();
		this.minPointsLost = policy.minPointsLost();
		this.deadlineDays = policy.deadlineDays();
		this.criticalDeadlineDays = policy.criticalDeadlineDays();
		this.warningHours = policy.warningHours();
		this.escalationDays = policy.escalationDays();
		this.ladderWindowDays = policy.ladderWindowDays();
		this.violationNoticeFrom = policy.violationNoticeFrom();
		this.penaltyFrom = policy.penaltyFrom();
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	RectificationPolicy policy() {
		return new RectificationPolicy(name, version, selection, minPointsLost, deadlineDays, criticalDeadlineDays,
				warningHours, escalationDays, ladderWindowDays, violationNoticeFrom, penaltyFrom);
	}

	RectificationPolicyView view() {
		return new RectificationPolicyView(policy(), changedAt, changedBy);
	}

	int version() {
		return version;
	}

	@Override
	public Integer getId() {
		return version;
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
