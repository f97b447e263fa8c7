package io.jingxi.inspection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of the {@link AppealPolicy}, as a quality manager set it; versions are never changed. */
@Entity
@Table(name = "insp_appeal_policy")
class AppealPolicyVersion {

	@Id
	private long id;

	private int version;

	@Column(name = "working_days")
	private int workingDays;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	protected AppealPolicyVersion() {
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	AppealPolicyVersion(AppealPolicy policy, Instant createdAt, String createdBy) {
		this.id = policy.version();
		this.version = policy.version();
		this.workingDays = policy.workingDays();
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	AppealPolicy policy() {
		return new AppealPolicy(version, workingDays);
	}

	AppealPolicyView view() {
		return new AppealPolicyView(AppealPolicy.NAME, version, workingDays, createdAt, createdBy);
	}
}
