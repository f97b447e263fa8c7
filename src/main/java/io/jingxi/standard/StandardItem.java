package io.jingxi.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 检查项: one item of a section, written once from a checked {@link ItemSpec} and never changed in place. */
@Entity
@Table(name = "std_item")
class StandardItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "std_item_seq")
	@SequenceGenerator(name = "std_item_seq", sequenceName = "std_item_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "section_id")
	private @Nullable StandardSection section;

	private int position;

	private String clause;

	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "answer_type")
	private AnswerType answerType;

	@Column(name = "na_allowed")
	private boolean naAllowed;

	private BigDecimal points;

	private @Nullable BigDecimal deduction;

	private @Nullable String unit;

	@Column(name = "lower_limit")
	private @Nullable BigDecimal lowerLimit;

	@Column(name = "upper_limit")
	private @Nullable BigDecimal upperLimit;

	private boolean critical;

	@Column(name = "photo_required")
	private boolean photoRequired;

	protected StandardItem() {
		this.clause = "";
		this.text = "";
		this.answerType = AnswerType.YES_NO;
		this.points = BigDecimal.ZERO;
	}

	StandardItem(StandardSection section, int position, ItemSpec spec) {
		this.section = section;
		this.position = position;
		this.clause = spec.clause();
		this.text = spec.text();
		this.answerType = spec.answerType();
		this.naAllowed = spec.naAllowed();
		this.points = spec.points();
		this.deduction = spec.deduction();
		this.unit = spec.unit();
		this.lowerLimit = spec.lowerLimit();
		this.upperLimit = spec.upperLimit();
		this.critical = spec.critical();
		this.photoRequired = spec.photoRequired();
	}

	ItemSpec spec() {
		return new ItemSpec(clause, text, answerType, naAllowed, points, deduction, unit, lowerLimit, upperLimit, critical,
				photoRequired);
	}

	StandardItemView toView() {
		if (id == null) {
			throw new IllegalStateException("Item not saved yet");
		}
		return spec().toView(id, position);
	}
}
