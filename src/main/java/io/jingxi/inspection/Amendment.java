package io.jingxi.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * 更正: a quality manager's recorded correction of a submitted visit — the reason, who and when, the
 * total before and after, and every changed item's answer, points and outcome before and after. It is
 * the only way a submitted visit changes, and it is never changed itself.
 */
@Entity
@Table(name = "insp_amendment")
class Amendment {

	static final int REASON_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insp_amendment_seq")
	@SequenceGenerator(name = "insp_amendment_seq", sequenceName = "insp_amendment_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "visit_id")
	private long visitId;

	@Column(name = "unit_id")
	private long unitId;

	private String reason;

	@Column(name = "amended_by_user_id")
	private long amendedByUserId;

	@Column(name = "amended_by_name")
	private String amendedByName;

	@Column(name = "amended_at")
	private Instant amendedAt;

	@Column(name = "previous_total")
	private BigDecimal previousTotal;

	@Column(name = "new_total")
	private BigDecimal newTotal;

	@ElementCollection
	@CollectionTable(name = "insp_amendment_line", joinColumns = @JoinColumn(name = "amendment_id"))
	@OrderColumn(name = "position")
	private List<Line> lines = new ArrayList<>();

	protected Amendment() {
		this.reason = "";
		this.amendedByName = "";
		this.amendedAt = Instant.EPOCH;
		this.previousTotal = BigDecimal.ZERO;
		this.newTotal = BigDecimal.ZERO;
	}

	Amendment(Visit visit, String reason, long amendedByUserId, String amendedByName, Instant amendedAt,
			BigDecimal previousTotal, BigDecimal newTotal, List<Line> lines) {
		this.reason = reason(reason);
		if (lines.isEmpty()) {
			throw DomainException.invalidField("answers", "inspection.amendment.noChange");
		}
		this.visitId = visit.id();
		this.unitId = visit.unitId();
		this.amendedByUserId = amendedByUserId;
		this.amendedByName = amendedByName;
		this.amendedAt = amendedAt;
		this.previousTotal = previousTotal;
		this.newTotal = newTotal;
		this.lines.addAll(lines);
	}

	/** A mandatory reason of at most {@value #REASON_MAX} characters, stripped. */
	static String reason(@Nullable String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw DomainException.invalidField("reason", "inspection.reason.required");
		}
		if (text.length() > REASON_MAX) {
			throw DomainException.invalidField("reason", "inspection.reason.tooLong", REASON_MAX);
		}
		return text;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Amendment not saved yet");
		}
		return id;
	}

	AmendmentView view() {
		return new AmendmentView(id(), visitId, reason, amendedByName, amendedAt, previousTotal, newTotal,
				lines.stream()
					.map(l -> new AmendmentView.AmendedItem(l.itemId(), l.clause(), l.beforeAnswer(), l.afterAnswer(),
							l.beforeNote(), l.afterNote(), l.beforeEarned(), l.afterEarned(), l.beforeFailed(),
							l.afterFailed()))
					.toList());
	}

	String summary() {
		return "visit=" + visitId + ", items=" + lines.size() + ", total " + previousTotal.toPlainString() + " → "
				+ newTotal.toPlainString();
	}

	/** One changed item: its answer (as a reader says it), note, points earned and outcome, before and after. */
	@Embeddable
	record Line(@Column(name = "item_id") long itemId, @Column(name = "clause") String clause,
			@Column(name = "before_answer") String beforeAnswer, @Column(name = "after_answer") String afterAnswer,
			@Column(name = "before_note") @Nullable String beforeNote,
			@Column(name = "after_note") @Nullable String afterNote,
			@Column(name = "before_earned") BigDecimal beforeEarned,
			@Column(name = "after_earned") BigDecimal afterEarned,
			@Column(name = "before_failed") boolean beforeFailed, @Column(name = "after_failed") boolean afterFailed) {
	}
}
