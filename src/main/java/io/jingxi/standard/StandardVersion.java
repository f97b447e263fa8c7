package io.jingxi.standard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 标准版本: one numbered version of a standard, the aggregate of its sections and items and its
 * critical-item rule. It goes draft → published → retired: only a draft changes (its whole content
 * at once), only a draft with items in every section is published, and a published version is
 * immutable until it is retired.
 */
@Entity
@Table(name = "std_version")
class StandardVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "std_version_seq")
	@SequenceGenerator(name = "std_version_seq", sequenceName = "std_version_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "standard_id")
	private long standardId;

	private int number;

	@Enumerated(EnumType.STRING)
	private VersionStatus status = VersionStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(name = "critical_effect")
	private CriticalEffect criticalEffect = CriticalEffect.ZERO;

	@Column(name = "critical_cap")
	private @Nullable BigDecimal criticalCap;

	@Column(name = "rule_name")
	private String ruleName;

	private @Nullable String note;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "published_by")
	private @Nullable String publishedBy;

	@Column(name = "retired_at")
	private @Nullable Instant retiredAt;

	@Column(name = "retired_by")
	private @Nullable String retiredBy;

	@Version
	@Column(name = "lock_version")
	private long lockVersion;

	@OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<StandardSection> sections = new ArrayList<>();

	protected StandardVersion() {
		this.ruleName = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.updatedAt = Instant.EPOCH;
		this.updatedBy = "";
	}

	/** A new draft with the given content. */
	StandardVersion(long standardId, int number, DraftContent content, String by, Instant now) {
		this.standardId = standardId;
		this.number = number;
		this.createdAt = now;
		this.createdBy = by;
		this.ruleName = "";
		this.updatedAt = now;
		this.updatedBy = by;
		fill(content);
	}

	/** Replaces the whole content of the draft; a published or retired version refuses. */
	void replace(DraftContent content, String by, Instant now) {
		requireDraft();
		sections.clear();
		fill(content);
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/**
	 * Puts the draft in force. An empty draft, or one with an empty section, is refused: a visit
	 * could not be scored against it.
	 */
	void publish(String by, Instant now) {
		requireDraft();
		if (itemCount() == 0) {
			throw DomainException.conflict("standard.version.empty", number);
		}
		for (StandardSection section : sections) {
			if (section.itemCount() == 0) {
				throw DomainException.conflict("standard.version.emptySection", number, section.getName());
			}
		}
		this.status = VersionStatus.PUBLISHED;
		this.publishedAt = now;
		this.publishedBy = by;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Withdraws a published version; it stays readable. */
	void retire(String by, Instant now) {
		if (status != VersionStatus.PUBLISHED) {
			throw DomainException.conflict("standard.version.notPublished", number, status.name());
		}
		this.status = VersionStatus.RETIRED;
		this.retiredAt = now;
		this.retiredBy = by;
		this.updatedAt = now;
		this.updatedBy = by;
	}

	/** Only a draft may be changed or discarded. */
	void requireDraft() {
		if (status != VersionStatus.DRAFT) {
			throw DomainException.conflict("standard.version.notDraft", number, status.name());
		}
	}

	private void fill(DraftContent content) {
		this.criticalEffect = content.criticalEffect();
		this.criticalCap = content.criticalCap();
		this.ruleName = content.ruleName();
		this.note = content.note();
		int position = 1;
		for (SectionSpec section : content.sections()) {
			sections.add(new StandardSection(this, position++, section));
		}
	}

	DraftContent content() {
		return new DraftContent(criticalEffect, criticalCap, ruleName, note,
				sections.stream().map(StandardSection::spec).toList());
	}

	int itemCount() {
		return sections.stream().mapToInt(StandardSection::itemCount).sum();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Version not saved yet");
		}
		return id;
	}

	long getStandardId() {
		return standardId;
	}

	int getNumber() {
		return number;
	}

	VersionStatus getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	@Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	@Nullable String getPublishedBy() {
		return publishedBy;
	}

	@Nullable Instant getRetiredAt() {
		return retiredAt;
	}

	@Nullable String getRetiredBy() {
		return retiredBy;
	}

	ScoringRule rule() {
		boolean weighted = !sections.isEmpty() && sections.get(0).getWeight() != null;
		return new ScoringRule(ruleName, number, criticalEffect, criticalCap, weighted);
	}

	/** A short description for the audit log. */
	String summary() {
		return "number=" + number + ", status=" + status + ", sections=" + sections.size() + ", items=" + itemCount()
				+ ", rule=" + criticalEffect + (criticalCap == null ? "" : " " + Numbers.text(criticalCap));
	}

	StandardVersionView toView(Standard standard) {
		List<StandardSectionView> views = sections.stream().map(StandardSection::toView).toList();
		BigDecimal total = Numbers.plain(
				views.stream().map(StandardSectionView::totalPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
		return new StandardVersionView(id(), standardId, standard.getCode(), standard.getName(), number, status, rule(),
				note, total, itemCount(), views, createdAt, createdBy, updatedAt, publishedAt, publishedBy, retiredAt,
				retiredBy);
	}
}
