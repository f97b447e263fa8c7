package io.jingxi.inspection;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import io.jingxi.standard.ItemAnswer;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A visit's answer to one item with the inspector's note and, optionally, the person of the visited
 * unit the inspector names as responsible; checked against the version by scoring.
 */
@Embeddable
record VisitAnswer(@Column(name = "item_id") long itemId, @Column(name = "compliant") @Nullable Boolean compliant,
		@Column(name = "answer_value") @Nullable BigDecimal value,
		@Column(name = "not_applicable") boolean notApplicable, @Column(name = "note") @Nullable String note,
		@Column(name = "person_id") @Nullable Long personId) {

	static final int NOTE_MAX = 1000;

	VisitAnswer {
		if (note != null) {
			note = note.strip();
			if (note.isEmpty()) {
				note = null;
			}
			else if (note.length() > NOTE_MAX) {
				throw DomainException.invalidField("note", "inspection.answer.noteTooLong", NOTE_MAX);
			}
		}
	}

	VisitAnswer(long itemId, @Nullable Boolean compliant, @Nullable BigDecimal value, boolean notApplicable,
			@Nullable String note) {
		this(itemId, compliant, value, notApplicable, note, null);
	}

	ItemAnswer toItemAnswer() {
		return new ItemAnswer(itemId, compliant, value, notApplicable);
	}
}
