package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException.FieldProblem;

/**
 * A checked checklist item: a value object whose constructor refuses anything the rules below do
 * not allow, so an item in a version is always sound.
 * <ul>
 * <li>clause reference and text present (at most 64 and 1000 characters);</li>
 * <li>points above 0 and at most 1000, with at most two decimals;</li>
 * <li>YES_NO and MEASURED items deduct more than 0 and at most their points on failure; POINTS
 * items lose their shortfall and carry no deduction;</li>
 * <li>MEASURED items have a unit and a lower or an upper limit (lower not above upper); the other
 * kinds have neither.</li>
 * </ul>
 */
record ItemSpec(String clause, String text, AnswerType answerType, boolean naAllowed, BigDecimal points,
		@Nullable BigDecimal deduction, @Nullable String unit, @Nullable BigDecimal lowerLimit,
		@Nullable BigDecimal upperLimit, boolean critical, boolean photoRequired) {

	static final int MAX_CLAUSE = 64;

	static final int MAX_TEXT = 1000;

	static final int MAX_UNIT = 32;

	static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

	static final BigDecimal MAX_LIMIT = new BigDecimal("1000000000");

	ItemSpec {
		clause = clause.strip();
		text = text.strip();
		unit = unit == null || unit.isBlank() ? null : unit.strip();
		points = Numbers.plain(points);
		deduction = Numbers.plainOrNull(deduction);
		lowerLimit = Numbers.plainOrNull(lowerLimit);
		upperLimit = Numbers.plainOrNull(upperLimit);
		var problems = check(clause, text, answerType.name(), points, deduction, unit, lowerLimit, upperLimit);
		if (!problems.isEmpty()) {
			var all = new FieldProblems();
			all.addAll("", problems);
			all.throwIfAny();
		}
	}

	/** Checks an item as written and answers it, or null after adding its problems under {@code prefix}. */
	static @Nullable ItemSpec parse(ItemInput input, String prefix, FieldProblems problems) {
		List<FieldProblem> found = check(input.clause(), input.text(), input.answerType(), input.points(),
				input.deduction(), input.unit(), input.lowerLimit(), input.upperLimit());
		if (!found.isEmpty()) {
			problems.addAll(prefix, found);
			return null;
		}
		return new ItemSpec(String.valueOf(input.clause()), String.valueOf(input.text()), answerType(input.answerType()),
				Boolean.TRUE.equals(input.naAllowed()), requireNonNull(input.points()), input.deduction(), input.unit(),
				input.lowerLimit(), input.upperLimit(), Boolean.TRUE.equals(input.critical()),
				Boolean.TRUE.equals(input.photoRequired()));
	}

	/** Every problem of an item, by field name; empty when it is sound. */
	static List<FieldProblem> check(@Nullable String clause, @Nullable String text, @Nullable String answerType,
			@Nullable BigDecimal points, @Nullable BigDecimal deduction, @Nullable String unit,
			@Nullable BigDecimal lowerLimit, @Nullable BigDecimal upperLimit) {
		List<FieldProblem> problems = new ArrayList<>();
		text("clause", clause, MAX_CLAUSE, true, problems);
		text("text", text, MAX_TEXT, true, problems);
		AnswerType type = answerType(answerType);
		if (answerType == null || answerType.isBlank()) {
			problems.add(new FieldProblem("answerType", "standard.field.required"));
		}
		else if (type == null) {
			problems.add(new FieldProblem("answerType", "standard.item.answerType.invalid", answerType));
		}
		if (points == null) {
			problems.add(new FieldProblem("points", "standard.field.required"));
		}
		else if (points.signum() <= 0 || points.compareTo(MAX_POINTS) > 0) {
			problems.add(new FieldProblem("points", "standard.item.points.range", Numbers.text(MAX_POINTS)));
		}
		else if (!Numbers.atMostDecimals(points, 2)) {
			problems.add(new FieldProblem("points", "standard.field.twoDecimals"));
		}
		if (type == AnswerType.POINTS) {
			if (deduction != null) {
				problems.add(new FieldProblem("deduction", "standard.item.deduction.notForPoints"));
			}
		}
		else if (type != null) {
			if (deduction == null) {
				problems.add(new FieldProblem("deduction", "standard.item.deduction.required"));
			}
			else if (deduction.signum() <= 0 || (points != null && deduction.compareTo(points) > 0)) {
				problems.add(new FieldProblem("deduction", "standard.item.deduction.range",
						points == null ? "" : Numbers.text(points), Numbers.text(deduction)));
			}
			else if (!Numbers.atMostDecimals(deduction, 2)) {
				problems.add(new FieldProblem("deduction", "standard.field.twoDecimals"));
			}
		}
		boolean hasUnit = unit != null && !unit.isBlank();
		if (type == AnswerType.MEASURED) {
			if (!hasUnit) {
				problems.add(new FieldProblem("unit", "standard.item.unit.required"));
			}
			else {
				text("unit", unit, MAX_UNIT, true, problems);
			}
			if (lowerLimit == null && upperLimit == null) {
				problems.add(new FieldProblem("lowerLimit", "standard.item.limits.required"));
			}
			limit("lowerLimit", lowerLimit, problems);
			limit("upperLimit", upperLimit, problems);
			if (lowerLimit != null && upperLimit != null && lowerLimit.compareTo(upperLimit) > 0) {
				problems.add(new FieldProblem("upperLimit", "standard.item.limits.order", Numbers.text(lowerLimit),
						Numbers.text(upperLimit)));
			}
		}
		else if (type != null) {
			if (hasUnit) {
				problems.add(new FieldProblem("unit", "standard.item.measuredOnly"));
			}
			if (lowerLimit != null) {
				problems.add(new FieldProblem("lowerLimit", "standard.item.measuredOnly"));
			}
			if (upperLimit != null) {
				problems.add(new FieldProblem("upperLimit", "standard.item.measuredOnly"));
			}
		}
		return problems;
	}

	static @Nullable AnswerType answerType(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return AnswerType.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static void text(String field, @Nullable String value, int max, boolean required, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "standard.field.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "standard.field.tooLong", max));
		}
	}

	private static void limit(String field, @Nullable BigDecimal value, List<FieldProblem> problems) {
		if (value == null) {
			return;
		}
		if (value.abs().compareTo(MAX_LIMIT) > 0) {
			problems.add(new FieldProblem(field, "standard.item.limit.range", Numbers.text(MAX_LIMIT)));
		}
		else if (!Numbers.atMostDecimals(value, 4)) {
			problems.add(new FieldProblem(field, "standard.field.fourDecimals"));
		}
	}

	private static BigDecimal requireNonNull(@Nullable BigDecimal value) {
		if (value == null) {
			throw new IllegalStateException("checked above");
		}
		return value;
	}

	/** The item as other modules see it, once it has an id and a place. */
	StandardItemView toView(long id, int position) {
		return new StandardItemView(id, position, clause, text, answerType, naAllowed, points, deduction, unit, lowerLimit,
				upperLimit, critical, photoRequired);
	}

	static ItemSpec of(StandardItemView item) {
		return new ItemSpec(item.clause(), item.text(), item.answerType(), item.naAllowed(), item.points(),
				item.deduction(), item.unit(), item.lowerLimit(), item.upperLimit(), item.critical(), item.photoRequired());
	}
}
