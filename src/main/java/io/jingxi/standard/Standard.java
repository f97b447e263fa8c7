package io.jingxi.standard;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 服务标准 / 检查表: one of the organisation's standards (organisation-wide reference data, not
 * scoped to units). It keeps the book of its versions: which one is current (the highest-numbered
 * published one), which one is the open draft (at most one), and the last number given out.
 */
@Entity
@Table(name = "std_standard")
class Standard {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "std_standard_seq")
	@SequenceGenerator(name = "std_standard_seq", sequenceName = "std_standard_seq", allocationSize = 50)
	private @Nullable Long id;

	private String code;

	private String name;

	private @Nullable String description;

	private @Nullable String industry;

	@Column(name = "template_key")
	private @Nullable String templateKey;

	@Column(name = "current_version_id")
	private @Nullable Long currentVersionId;

	@Column(name = "current_version_no")
	private @Nullable Integer currentVersionNumber;

	@Column(name = "draft_version_no")
	private @Nullable Integer draftVersionNumber;

	@Column(name = "last_version_no")
	private int lastVersionNumber;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Standard() {
		this.code = "";
		this.name = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Standard(String code, String name, @Nullable String description, @Nullable String industry,
			@Nullable String templateKey, Instant now) {
		this.code = code;
		this.name = name;
		this.description = description;
		this.industry = industry;
		this.templateKey = templateKey;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void rename(String name, @Nullable String description, Instant now) {
		this.name = name;
		this.description = description;
		this.updatedAt = now;
	}

	/** Gives out the number of a new draft; refused while another draft is open. */
	int openDraft(Instant now) {
		if (draftVersionNumber != null) {
			throw DomainException.conflict("standard.draft.exists", code, draftVersionNumber);
		}
		lastVersionNumber++;
		draftVersionNumber = lastVersionNumber;
		updatedAt = now;
		return lastVersionNumber;
	}

	/** The open draft was published: it becomes the current version. */
	void draftPublished(long versionId, int number, Instant now) {
		requireOpenDraft(number);
		draftVersionNumber = null;
		currentVersionId = versionId;
		currentVersionNumber = number;
		updatedAt = now;
	}

	/** The open draft was discarded: its number is given out again to the next draft. */
	void draftDiscarded(int number, Instant now) {
		requireOpenDraft(number);
		draftVersionNumber = null;
		if (lastVersionNumber == number) {
			lastVersionNumber--;
		}
		updatedAt = now;
	}

	/**
	 * A published version was retired; the current version is now the highest-numbered version still
	 * published ({@code stillCurrent}), or none.
	 */
	void versionRetired(@Nullable StandardVersion stillCurrent, Instant now) {
		currentVersionId = stillCurrent == null ? null : stillCurrent.id();
		currentVersionNumber = stillCurrent == null ? null : stillCurrent.getNumber();
		updatedAt = now;
	}

	private void requireOpenDraft(int number) {
		if (draftVersionNumber == null || draftVersionNumber != number) {
			throw new IllegalStateException("Version " + number + " of " + code + " is not the open draft");
		}
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Standard not saved yet");
		}
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	@Nullable String getDescription() {
		return description;
	}

	@Nullable String getIndustry() {
		return industry;
	}

	@Nullable String getTemplateKey() {
		return templateKey;
	}

	@Nullable Long getCurrentVersionId() {
		return currentVersionId;
	}

	@Nullable Integer getCurrentVersionNumber() {
		return currentVersionNumber;
	}

	@Nullable Integer getDraftVersionNumber() {
		return draftVersionNumber;
	}

	int getLastVersionNumber() {
		return lastVersionNumber;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	/** A short description for the audit log. */
	String summary() {
		return "code=" + code + ", name=" + name + ", current=" + currentVersionNumber + ", draft=" + draftVersionNumber;
	}

	StandardSummary toSummary() {
		return new StandardSummary(id(), code, name, description, currentVersionId, currentVersionNumber,
				draftVersionNumber);
	}
}
