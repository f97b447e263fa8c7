package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import io.jingxi.standard.ScoreResult;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 检查 / 暗访: one visit of a unit, scored against the standard version that was current when it was
 * created. Its answers change only while it is a draft; submitting stores the score with its
 * sections, item lines, scoring rule and policy, after which nothing changes.
 */
@Entity
@Table(name = "insp_visit")
class Visit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insp_visit_seq")
	@SequenceGenerator(name = "insp_visit_seq", sequenceName = "insp_visit_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "unit_id")
	private long unitId;

	@Enumerated(EnumType.STRING)
	private InspectionKind kind;

	@Column(name = "standard_id")
	private long standardId;

	@Column(name = "version_id")
	private long versionId;

	@Column(name = "inspector_user_id")
	private long inspectorUserId;

	@Column(name = "inspector_name")
	private String inspectorName;

	@Column(name = "planned_date")
	private LocalDate plannedDate;

	@Enumerated(EnumType.STRING)
	private VisitStatus status = VisitStatus.DRAFT;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	private @Nullable BigDecimal total;

	@Column(name = "total_before_rule")
	private @Nullable BigDecimal totalBeforeRule;

	@Column(name = "rule_applied")
	private boolean ruleApplied;

	@Column(name = "rule_name")
	private @Nullable String ruleName;

	@Column(name = "rule_version")
	private @Nullable Integer ruleVersion;

	@Column(name = "policy")
	private @Nullable String policy;

	@Column(name = "policy_version")
	private @Nullable Integer policyVersion;

	@Column(name = "points_possible")
	private @Nullable BigDecimal pointsPossible;

	@Column(name = "points_earned")
	private @Nullable BigDecimal pointsEarned;

	@ElementCollection
	@CollectionTable(name = "insp_answer", joinColumns = @JoinColumn(name = "visit_id"))
	private List<VisitAnswer> answers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "insp_section_score", joinColumns = @JoinColumn(name = "visit_id"))
	@OrderColumn(name = "position")
	private List<SectionLine> sections = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "insp_item_line", joinColumns = @JoinColumn(name = "visit_id"))
	@OrderColumn(name = "position")
	private List<ItemLine> lines = new ArrayList<>();

	@Version
	private long version;

	protected Visit() {
		this.kind = InspectionKind.SELF;
		this.inspectorName = "";
		this.plannedDate = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Visit(long unitId, InspectionKind kind, long standardId, long versionId, long inspectorUserId,
			String inspectorName, LocalDate plannedDate, Instant now) {
		this.unitId = unitId;
		this.kind = kind;
		this.standardId = standardId;
		this.versionId = versionId;
		this.inspectorUserId = inspectorUserId;
		this.inspectorName = inspectorName;
		this.plannedDate = plannedDate;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Records answers (each replacing an earlier answer to the same item); the caller has checked
	 * them against the version. Only a draft takes answers.
	 */
	void answer(Collection<VisitAnswer> given, Instant now) {
		requireDraft();
		Map<Long, VisitAnswer> byItem = new LinkedHashMap<>();
		answers.forEach(answer -> byItem.put(answer.itemId(), answer));
		given.forEach(answer -> byItem.put(answer.itemId(), answer));
		answers.clear();
		answers.addAll(byItem.values());
		updatedAt = now;
	}

	/** Stores the score of the complete answers and closes the visit for good. */
	void submit(ScoreResult score, Instant now) {
		requireDraft();
		if (!score.complete()) {
			throw DomainException.conflict("inspection.incomplete", score.unanswered());
		}
		storeScore(score, Map.of());
		status = VisitStatus.SUBMITTED;
		submittedAt = now;
		updatedAt = now;
	}

	/**
	 * A quality manager's amendment (更正) of a submitted visit: the changed answers replace the earlier
	 * ones to the same items; the caller re-scores and {@link #restate restates} the score. Nothing else
	 * of a submitted visit ever changes.
	 */
	void amendAnswers(Collection<VisitAnswer> changed, Instant now) {
		requireSubmitted();
		Map<Long, VisitAnswer> byItem = new LinkedHashMap<>();
		answers.forEach(answer -> byItem.put(answer.itemId(), answer));
		changed.forEach(answer -> byItem.put(answer.itemId(), answer));
		answers.clear();
		answers.addAll(byItem.values());
		status = VisitStatus.AMENDED;
		updatedAt = now;
	}

	/**
	 * Replaces the stored score of a submitted visit after an amendment or an upheld appeal; each line
	 * named in {@code explanations} gets that text before its own explanation (why it counts as met).
	 */
	void restate(ScoreResult score, Map<Long, String> explanations, Instant now) {
		requireSubmitted();
		if (!score.complete()) {
			throw DomainException.conflict("inspection.incomplete", score.unanswered());
		}
		storeScore(score, explanations);
		updatedAt = now;
	}

	private void requireSubmitted() {
		if (status == VisitStatus.DRAFT) {
			throw DomainException.conflict("inspection.notSubmitted", String.valueOf(id));
		}
	}

	private void storeScore(ScoreResult score, Map<Long, String> explanations) {
		if (score.versionId() != versionId) {
			throw new IllegalStateException("Scored against version " + score.versionId() + ", not " + versionId);
		}
		total = score.total();
		totalBeforeRule = score.totalBeforeRule();
		ruleApplied = score.ruleApplied();
		ruleName = score.rule().name();
		ruleVersion = score.rule().version();
		policy = score.policy();
		policyVersion = score.policyVersion();
		pointsPossible = score.pointsPossible();
		pointsEarned = score.pointsEarned();
		sections.clear();
		score.sections().forEach(section -> sections.add(SectionLine.of(section)));
		lines.clear();
		score.items().forEach(item -> lines.add(ItemLine.of(item).explainedFirstBy(explanations.get(item.itemId()))));
	}

	private void requireDraft() {
		if (status != VisitStatus.DRAFT) {
			throw DomainException.conflict("inspection.notDraft", String.valueOf(id));
		}
	}

	boolean isMysteryShopper() {
		return kind == InspectionKind.MYSTERY_SHOPPER;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Visit not saved yet");
		}
		return id;
	}

	long unitId() {
		return unitId;
	}

	InspectionKind kind() {
		return kind;
	}

	long standardId() {
		return standardId;
	}

	long versionId() {
		return versionId;
	}

	long inspectorUserId() {
		return inspectorUserId;
	}

	String inspectorName() {
		return inspectorName;
	}

	LocalDate plannedDate() {
		return plannedDate;
	}

	VisitStatus status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	@Nullable BigDecimal total() {
		return total;
	}

	@Nullable BigDecimal totalBeforeRule() {
		return totalBeforeRule;
	}

	boolean ruleApplied() {
		return ruleApplied;
	}

	@Nullable String ruleName() {
		return ruleName;
	}

	@Nullable Integer ruleVersion() {
		return ruleVersion;
	}

	@Nullable String policy() {
		return policy;
	}

	@Nullable Integer policyVersion() {
		return policyVersion;
	}

	@Nullable BigDecimal pointsPossible() {
		return pointsPossible;
	}

	@Nullable BigDecimal pointsEarned() {
		return pointsEarned;
	}

	List<VisitAnswer> answers() {
		return List.copyOf(answers);
	}

	List<SectionLine> sections() {
		return List.copyOf(sections);
	}

	List<ItemLine> lines() {
		return List.copyOf(lines);
	}

	/** A short summary for the audit log. */
	String summary() {
		return "unit=" + unitId + ", kind=" + kind + ", version=" + versionId + ", status=" + status
				+ (total == null ? "" : ", total=" + total.toPlainString());
	}
}
