package io.jingxi.rectification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.jingxi.inspection.InspectionKind;
import io.jingxi.shared.DomainException;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 整改通知单: a rectification notice for one finding, with the clause, what was found, the person
 * responsible, the deadline and the ladder step, and its timeline. It moves OPEN → SUBMITTED →
 * CLOSED, or back from SUBMITTED to OPEN when the fix is rejected; an overturned finding cancels it.
 * The timers (warning, overdue, escalation) fire only while it is OPEN, each once. Every transition
 * it does not allow is refused with a 409.
 */
@Entity
@Table(name = "rect_notice")
class Notice {

	static final int TEXT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rect_notice_seq")
	@SequenceGenerator(name = "rect_notice_seq", sequenceName = "rect_notice_seq", allocationSize = 50)
	private @Nullable Long id;

	private String number;

	@Column(name = "finding_id")
	private long findingId;

	@Column(name = "visit_id")
	private long visitId;

	@Column(name = "unit_id")
	private long unitId;

	@Enumerated(EnumType.STRING)
	private InspectionKind kind;

	@Column(name = "item_id")
	private long itemId;

	private String clause;

	@Column(name = "item_text")
	private String itemText;

	@Column(name = "points_lost")
	private BigDecimal pointsLost;

	private boolean critical;

	@Column(name = "finding_note")
	private @Nullable String findingNote;

	/** Who did the visit and may verify the fix; never shown (a mystery shopper stays hidden). */
	@Column(name = "inspector_user_id")
	private long inspectorUserId;

	@Column(name = "responsible_person_id")
	private @Nullable Long responsiblePersonId;

	@Column(name = "responsible_name")
	private @Nullable String responsibleName;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	@Column(name = "opened_at")
	private Instant openedAt;

	private Instant deadline;

	@Column(name = "warn_at")
	private @Nullable Instant warnAt;

	@Column(name = "escalation_days")
	private int escalationDays;

	@Enumerated(EnumType.STRING)
	private RectificationStatus status = RectificationStatus.OPEN;

	@Column(name = "due_soon_at")
	private @Nullable Instant dueSoonAt;

	@Column(name = "overdue_at")
	private @Nullable Instant overdueAt;

	@Column(name = "next_escalation_at")
	private @Nullable Instant nextEscalationAt;

	@Column(name = "escalation_level")
	private int escalationLevel;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	/** The user who submitted the fix now waiting for verification; they may not verify it themselves. */
	@Column(name = "submitted_by_user_id")
	private @Nullable Long submittedByUserId;

	@Column(name = "fix_description")
	private @Nullable String fixDescription;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	private int rejections;

	private int submissions;

	@Column(name = "unit_occurrence")
	private int unitOccurrence;

	@Column(name = "person_occurrence")
	private @Nullable Integer personOccurrence;

	@Enumerated(EnumType.STRING)
	@Column(name = "ladder_step")
	private LadderStep ladderStep;

	@Column(name = "policy_code")
	private String policyCode;

	@Column(name = "policy_version")
	private int policyVersion;

	@ElementCollection
	@CollectionTable(name = "rect_notice_event", joinColumns = @JoinColumn(name = "notice_id"))
	@OrderColumn(name = "position")
	private List<NoticeEntry> history = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "rect_escalation", joinColumns = @JoinColumn(name = "notice_id"))
	@OrderBy("level")
	private List<Escalation> escalations = new ArrayList<>();

	@Version
	private long version;

	protected Notice() {
		this.number = "";
		this.kind = InspectionKind.SELF;
		this.clause = "";
		this.itemText = "";
		this.pointsLost = BigDecimal.ZERO;
		this.recordedAt = Instant.EPOCH;
		this.openedAt = Instant.EPOCH;
		this.deadline = Instant.EPOCH;
		this.ladderStep = LadderStep.CORRECTED_ON_SPOT;
		this.policyCode = RectificationPolicy.CODE;
	}

	/** What a notice is opened with: the finding, the owner, the times the policy set and the ladder. */
	record Opening(String number, Finding finding, @Nullable Long responsiblePersonId,
			@Nullable String responsibleName, Instant openedAt, Instant deadline, @Nullable Instant warnAt,
			@Nullable Instant firstEscalationAt, int escalationDays, int unitOccurrence,
			@Nullable Integer personOccurrence, LadderStep step, int policyVersion) {
	}

	/** The finding as the notice keeps it. */
	record Finding(long findingId, long visitId, long unitId, InspectionKind kind, long itemId, String clause,
			String itemText, BigDecimal pointsLost, boolean critical, @Nullable String note, long inspectorUserId,
			Instant recordedAt) {
	}

	Notice(Opening opening) {
		Finding finding = opening.finding();
		if (opening.deadline().isBefore(finding.recordedAt())) {
			throw new IllegalArgumentException("A deadline before the finding");
		}
		this.number = opening.number();
		this.findingId = finding.findingId();
		this.visitId = finding.visitId();
		this.unitId = finding.unitId();
		this.kind = finding.kind();
		this.itemId = finding.itemId();
		this.clause = finding.clause();
		this.itemText = finding.itemText();
		this.pointsLost = finding.pointsLost();
		this.critical = finding.critical();
		this.findingNote = finding.note();
		this.inspectorUserId = finding.inspectorUserId();
		this.recordedAt = finding.recordedAt();
		this.responsiblePersonId = opening.responsiblePersonId();
		this.responsibleName = opening.responsibleName();
		this.openedAt = opening.openedAt();
		this.deadline = opening.deadline();
		this.warnAt = opening.warnAt();
		this.nextEscalationAt = opening.firstEscalationAt();
		this.escalationDays = opening.escalationDays();
		this.unitOccurrence = opening.unitOccurrence();
		this.personOccurrence = opening.personOccurrence();
		this.ladderStep = opening.step();
		this.policyVersion = opening.policyVersion();
		this.policyCode = RectificationPolicy.CODE;
		history.add(new NoticeEntry(NoticeAction.OPENED, opening.openedAt(), null, null));
	}

	RectificationOpened opened() {
		return new RectificationOpened(id(), number, findingId, visitId, unitId, clause, responsiblePersonId, deadline,
				ladderStep, policyVersion, openedAt);
	}

	/** The owner says what was done: OPEN → SUBMITTED. The description is required. */
	RectificationSubmitted submit(@Nullable String description, String actorName, long actorUserId, Instant at) {
		String text = requiredText("description", description);
		require(RectificationStatus.OPEN, "rectification.notOpen");
		status = RectificationStatus.SUBMITTED;
		submissions++;
		submittedAt = at;
		submittedByUserId = actorUserId;
		fixDescription = text;
		history.add(new NoticeEntry(NoticeAction.SUBMITTED, at, actorName, text));
		return new RectificationSubmitted(id(), number, unitId, submissions, at);
	}

	/** The submission the owner is preparing (photos are taken for it); only while OPEN. */
	int preparingSubmission() {
		require(RectificationStatus.OPEN, "rectification.notOpen");
		return submissions + 1;
	}

	/** The verifier accepts the fix: SUBMITTED → CLOSED. */
	RectificationClosed accept(@Nullable String note, String actorName, Instant at) {
		String text = optionalText("note", note);
		require(RectificationStatus.SUBMITTED, "rectification.notSubmitted");
		status = RectificationStatus.CLOSED;
		closedAt = at;
		history.add(new NoticeEntry(NoticeAction.ACCEPTED, at, actorName, text));
		return new RectificationClosed(id(), number, findingId, unitId, overdueAt != null, rejections, at);
	}

	/** The verifier rejects the fix with a reason: SUBMITTED → OPEN again. */
	RectificationRejected reject(@Nullable String reason, String actorName, Instant at) {
		String text = requiredText("reason", reason);
		require(RectificationStatus.SUBMITTED, "rectification.notSubmitted");
		status = RectificationStatus.OPEN;
		rejections++;
		history.add(new NoticeEntry(NoticeAction.REJECTED, at, actorName, text));
		return new RectificationRejected(id(), number, unitId, text, rejections, at);
	}

	/**
	 * The finding was amended and still stands: the notice shows its points and note now (the deadline, the
	 * owner and the history stay). Whether anything changed.
	 */
	boolean restate(BigDecimal pointsLost, @Nullable String note) {
		boolean changed = this.pointsLost.compareTo(pointsLost) != 0 || !Objects.equals(findingNote, note);
		this.pointsLost = pointsLost;
		this.findingNote = note;
		return changed;
	}

	/** The finding was overturned: an OPEN or SUBMITTED notice is CANCELLED. */
	RectificationCancelled cancel(String why, Instant at) {
		if (!status.active()) {
			throw DomainException.conflict("rectification.notActive", number);
		}
		status = RectificationStatus.CANCELLED;
		cancelledAt = at;
		history.add(new NoticeEntry(NoticeAction.CANCELLED, at, null, why));
		return new RectificationCancelled(id(), number, findingId, unitId, at);
	}

	/** The warning time has come and the deadline not yet: warned once, while OPEN. */
	RectificationDueSoon warn(Instant at) {
		require(RectificationStatus.OPEN, "rectification.notOpen");
		if (warnAt == null || dueSoonAt != null || at.isBefore(warnAt) || !at.isBefore(deadline)) {
			throw DomainException.conflict("rectification.timer.notDue", number);
		}
		dueSoonAt = at;
		history.add(new NoticeEntry(NoticeAction.DUE_SOON, at, null, null));
		return new RectificationDueSoon(id(), number, unitId, responsiblePersonId, deadline, at);
	}

	/** The deadline passed while OPEN: overdue once. */
	RectificationOverdue markOverdue(Instant at) {
		require(RectificationStatus.OPEN, "rectification.notOpen");
		if (overdueAt != null || at.isBefore(deadline)) {
			throw DomainException.conflict("rectification.timer.notDue", number);
		}
		overdueAt = at;
		history.add(new NoticeEntry(NoticeAction.OVERDUE, at, null, null));
		return new RectificationOverdue(id(), number, unitId, responsiblePersonId, deadline, at);
	}

	/**
	 * The escalation time passed while OPEN: one level up, to {@code toUnitId} and its manager, and the
	 * next escalation at {@code nextAt} (null: there is no level above).
	 */
	RectificationEscalated escalate(long toUnitId, @Nullable Long toPersonId, @Nullable String toPersonName,
			Instant at, @Nullable Instant nextAt) {
		require(RectificationStatus.OPEN, "rectification.notOpen");
		if (nextEscalationAt == null || at.isBefore(nextEscalationAt)) {
			throw DomainException.conflict("rectification.timer.notDue", number);
		}
		escalationLevel++;
		escalations.add(new Escalation(escalationLevel, toUnitId, toPersonId, toPersonName, at));
		nextEscalationAt = nextAt;
		history.add(new NoticeEntry(NoticeAction.ESCALATED, at, null, toPersonName));
		return new RectificationEscalated(id(), number, unitId, escalationLevel, toUnitId, toPersonId, at);
	}

	/** No level is left above the last escalation: the escalation timer stops. */
	void stopEscalating() {
		nextEscalationAt = null;
	}

	private void require(RectificationStatus expected, String code) {
		if (status != expected) {
			throw DomainException.conflict(code, number);
		}
	}

	private static String requiredText(String field, @Nullable String text) {
		String stripped = optionalText(field, text);
		if (stripped == null) {
			throw DomainException.invalidField(field, "rectification." + field + ".required");
		}
		return stripped;
	}

	private static @Nullable String optionalText(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > TEXT_MAX) {
			throw DomainException.invalidField(field, "rectification.text.tooLong", String.valueOf(TEXT_MAX));
		}
		return stripped;
	}

	/** Overdue: the deadline passed while it was open, and it is not closed or cancelled yet. */
	boolean overdue() {
		return overdueAt != null && status.active();
	}

	boolean mysteryShopper() {
		return kind == InspectionKind.MYSTERY_SHOPPER;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Notice not saved yet");
		}
		return id;
	}

	String number() {
		return number;
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

	InspectionKind kind() {
		return kind;
	}

	long itemId() {
		return itemId;
	}

	String clause() {
		return clause;
	}

	String itemText() {
		return itemText;
	}

	BigDecimal pointsLost() {
		return pointsLost;
	}

	boolean critical() {
		return critical;
	}

	@Nullable String findingNote() {
		return findingNote;
	}

	long inspectorUserId() {
		return inspectorUserId;
	}

	@Nullable Long responsiblePersonId() {
		return responsiblePersonId;
	}

	@Nullable String responsibleName() {
		return responsibleName;
	}

	Instant recordedAt() {
		return recordedAt;
	}

	Instant openedAt() {
		return openedAt;
	}

	Instant deadline() {
		return deadline;
	}

	@Nullable Instant warnAt() {
		return warnAt;
	}

	int escalationDays() {
		return escalationDays;
	}

	RectificationStatus status() {
		return status;
	}

	@Nullable Instant dueSoonAt() {
		return dueSoonAt;
	}

	@Nullable Instant overdueAt() {
		return overdueAt;
	}

	@Nullable Instant nextEscalationAt() {
		return nextEscalationAt;
	}

	int escalationLevel() {
		return escalationLevel;
	}

	@Nullable Long submittedByUserId() {
		return submittedByUserId;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	@Nullable String fixDescription() {
		return fixDescription;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable Instant cancelledAt() {
		return cancelledAt;
	}

	int rejections() {
		return rejections;
	}

	int submissions() {
		return submissions;
	}

	int unitOccurrence() {
		return unitOccurrence;
	}

	@Nullable Integer personOccurrence() {
		return personOccurrence;
	}

	LadderStep ladderStep() {
		return ladderStep;
	}

	String policyCode() {
		return policyCode;
	}

	int policyVersion() {
		return policyVersion;
	}

	List<NoticeEntry> history() {
		return List.copyOf(history);
	}

	List<Escalation> escalations() {
		return List.copyOf(escalations);
	}

	/** A short summary for the audit log. */
	String summary() {
		return "number=" + number + ", unit=" + unitId + ", clause=" + clause + ", pointsLost="
				+ pointsLost.toPlainString() + ", status=" + status + ", rejections=" + rejections;
	}
}
