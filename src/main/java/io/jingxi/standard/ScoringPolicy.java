package io.jingxi.standard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.jingxi.standard.ScoreResult.ItemScore;
import io.jingxi.standard.ScoreResult.Outcome;
import io.jingxi.standard.ScoreResult.SectionScore;

/**
 * 评分规则: scores a visit's answers against a standard version. Plain Java, no container: the
 * {@code inspection} module and the tests call it directly, the façade through
 * {@link StandardApi#score}.
 * <ul>
 * <li>An item's possible points are its full points. YES_NO earns them when met, else loses its
 * deduction; POINTS earns the points awarded (0 to full), losing the shortfall; MEASURED earns them
 * within its limits, else loses its deduction. An item with anything lost has failed.</li>
 * <li>N/A items and unanswered items are left out of the possible points (the denominator).</li>
 * <li>A section scores earned over possible on 100. Without section weights the total is every
 * earned point over every possible point on 100; with weights it is the weighted mean of the
 * scores of the sections that have something to count.</li>
 * <li>A failed critical item then applies the version's rule: ZERO makes the total 0, CAP caps it.</li>
 * <li>Totals and section scores are rounded half up to two decimals at the end, never before.</li>
 * </ul>
 * Answers that do not fit the version (an unknown item, a second answer to one item, N/A where not
 * allowed, points above the item's, the wrong kind of answer) are refused with a 400 listing each
 * one under {@code answers[i]}; nothing is scored then.
 */
public final class ScoringPolicy {

	/** The policy's id, recorded with every result. */
	public static final String ID = "jingxi.standard.scoring";

	/** Its version: raised whenever a rule of this class changes what a result would be. */
	public static final int VERSION = 1;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	/** Puts message keys and their arguments into words (the request's language, or a fixed one in tests). */
	@FunctionalInterface
	public interface Wording {

		String text(String code, Object... args);
	}

	private final Wording wording;

	public ScoringPolicy(Wording wording) {
		this.wording = wording;
	}

	public ScoreResult score(StandardVersionView version, Collection<ItemAnswer> answers) {
		Map<Long, ItemAnswer> byItem = checked(version, List.copyOf(answers));
		ScoringRule rule = version.scoringRule();
		List<ItemScore> items = new ArrayList<>();
		List<SectionScore> sections = new ArrayList<>();
		List<String> failedCritical = new ArrayList<>();
		BigDecimal possible = BigDecimal.ZERO;
		BigDecimal earned = BigDecimal.ZERO;
		BigDecimal weightedSum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		int answered = 0;
		int notApplicable = 0;
		int unanswered = 0;
		for (StandardSectionView section : version.sections()) {
			BigDecimal sectionPossible = BigDecimal.ZERO;
			BigDecimal sectionEarned = BigDecimal.ZERO;
			int failed = 0;
			for (StandardItemView item : section.items()) {
				ItemScore line = line(section.id(), item, byItem.get(item.id()), rule);
				items.add(line);
				switch (line.outcome()) {
					case NOT_APPLICABLE -> notApplicable++;
					case UNANSWERED -> unanswered++;
					default -> answered++;
				}
				sectionPossible = sectionPossible.add(line.pointsPossible());
				sectionEarned = sectionEarned.add(line.pointsEarned());
				if (line.failed()) {
					failed++;
					if (item.critical()) {
						failedCritical.add(item.clause());
					}
				}
			}
			BigDecimal score = sectionPossible.signum() == 0 ? null
					: sectionEarned.multiply(HUNDRED).divide(sectionPossible, PRECISION);
			if (score != null && section.weight() != null) {
				weightedSum = weightedSum.add(section.weight().multiply(score));
				weights = weights.add(section.weight());
			}
			sections.add(new SectionScore(section.id(), section.name(), section.weight(), plain(sectionPossible),
					plain(sectionEarned), score == null ? null : round(score), failed));
			possible = possible.add(sectionPossible);
			earned = earned.add(sectionEarned);
		}
		BigDecimal raw;
		if (rule.weightedSections()) {
			raw = weights.signum() == 0 ? HUNDRED : weightedSum.divide(weights, PRECISION);
		}
		else {
			raw = possible.signum() == 0 ? HUNDRED : earned.multiply(HUNDRED).divide(possible, PRECISION);
		}
		BigDecimal total = raw;
		boolean applied = !failedCritical.isEmpty();
		if (applied) {
			if (rule.effect() == CriticalEffect.ZERO) {
				total = BigDecimal.ZERO;
			}
			else if (rule.cap() != null && total.compareTo(rule.cap()) > 0) {
				total = rule.cap();
			}
		}
		return new ScoreResult(version.id(), version.standardId(), version.standardCode(), version.number(), rule, ID,
				VERSION, round(total), round(raw), applied, failedCritical, plain(possible), plain(earned), answered,
				notApplicable, unanswered, unanswered == 0, sections, items);
	}

	private ItemScore line(long sectionId, StandardItemView item, @Nullable ItemAnswer answer, ScoringRule rule) {
		BigDecimal full = item.points();
		if (answer == null || answer.notApplicable()) {
			Outcome outcome = answer == null ? Outcome.UNANSWERED : Outcome.NOT_APPLICABLE;
			String text = wording.text(answer == null ? "standard.score.answer.none" : "standard.score.answer.na");
			return new ItemScore(item.id(), sectionId, item.clause(), item.answerType(), outcome, text, BigDecimal.ZERO,
					BigDecimal.ZERO, BigDecimal.ZERO, item.critical(),
					explain(item, text, BigDecimal.ZERO, wording.text("standard.score.why." + outcome), false, rule));
		}
		Outcome outcome;
		BigDecimal got;
		String text;
		String why;
		switch (item.answerType()) {
			case YES_NO -> {
				boolean met = Boolean.TRUE.equals(answer.compliant());
				outcome = met ? Outcome.MET : Outcome.NOT_MET;
				got = met ? full : full.subtract(deduction(item));
				text = wording.text(met ? "standard.score.answer.yes" : "standard.score.answer.no");
				why = wording.text("standard.score.why." + outcome, text(deduction(item)));
			}
			case POINTS -> {
				got = value(answer);
				outcome = got.compareTo(full) >= 0 ? Outcome.FULL_POINTS : Outcome.SHORTFALL;
				text = wording.text("standard.score.answer.points", text(got));
				why = wording.text("standard.score.why." + outcome, text(got), text(full), text(full.subtract(got)));
			}
			case MEASURED -> {
				BigDecimal measured = value(answer);
				if (item.lowerLimit() != null && measured.compareTo(item.lowerLimit()) < 0) {
					outcome = Outcome.BELOW_LOWER;
				}
				else if (item.upperLimit() != null && measured.compareTo(item.upperLimit()) > 0) {
					outcome = Outcome.ABOVE_UPPER;
				}
				else {
					outcome = Outcome.WITHIN_LIMITS;
				}
				got = outcome == Outcome.WITHIN_LIMITS ? full : full.subtract(deduction(item));
				String unit = item.unit() == null ? "" : item.unit();
				text = wording.text("standard.score.answer.measured", text(measured), unit);
				why = wording.text("standard.score.why." + outcome, limit(item.lowerLimit(), unit),
						limit(item.upperLimit(), unit), text(deduction(item)));
			}
			default -> throw new IllegalStateException("Unknown answer type " + item.answerType());
		}
		BigDecimal lost = full.subtract(got);
		return new ItemScore(item.id(), sectionId, item.clause(), item.answerType(), outcome, text, plain(full),
				plain(got), plain(lost), item.critical(), explain(item, text, lost, why, outcome.failed(), rule));
	}

	private String explain(StandardItemView item, String answer, BigDecimal lost, String why, boolean failed,
			ScoringRule rule) {
		String line = wording.text("standard.score.line", item.clause(), answer, text(lost), why);
		if (failed && item.critical()) {
			line = line + wording.text("standard.score.criticalFailed", rule.name());
		}
		return line;
	}

	/** The answers by item, once each checked against the version; every misfit is reported at once. */
	private static Map<Long, ItemAnswer> checked(StandardVersionView version, List<ItemAnswer> answers) {
		Map<Long, StandardItemView> items = new HashMap<>();
		version.items().forEach(item -> items.put(item.id(), item));
		Map<Long, ItemAnswer> byItem = new LinkedHashMap<>();
		var problems = new FieldProblems();
		for (int i = 0; i < answers.size(); i++) {
			ItemAnswer answer = answers.get(i);
			String field = "answers[" + i + "]";
			StandardItemView item = items.get(answer.itemId());
			if (item == null) {
				problems.add(field, "standard.answer.unknownItem", String.valueOf(answer.itemId()));
				continue;
			}
			if (byItem.putIfAbsent(item.id(), answer) != null) {
				problems.add(field, "standard.answer.duplicate", item.clause());
				continue;
			}
			String problem = problem(item, answer);
			if (problem != null) {
				problems.add(field, problem, item.clause(), text(item.points()),
						answer.value() == null ? "" : answer.value().toPlainString());
			}
		}
		problems.throwIfAny("standard.answer.invalid");
		return byItem;
	}

	/** The message key of what is wrong with an answer to an item, or null when it fits. */
	private static @Nullable String problem(StandardItemView item, ItemAnswer answer) {
		if (answer.notApplicable()) {
			if (!item.naAllowed()) {
				return "standard.answer.naNotAllowed";
			}
			return answer.compliant() != null || answer.value() != null ? "standard.answer.naWithValue" : null;
		}
		if (item.answerType() == AnswerType.YES_NO) {
			if (answer.value() != null) {
				return "standard.answer.yesNoOnly";
			}
			return answer.compliant() == null ? "standard.answer.yesNoRequired" : null;
		}
		if (answer.compliant() != null) {
			return "standard.answer.valueOnly";
		}
		BigDecimal value = answer.value();
		if (value == null) {
			return item.answerType() == AnswerType.POINTS ? "standard.answer.pointsRequired"
					: "standard.answer.measuredRequired";
		}
		if (item.answerType() == AnswerType.POINTS) {
			if (value.signum() < 0 || value.compareTo(item.points()) > 0) {
				return "standard.answer.pointsOutOfRange";
			}
			if (value.stripTrailingZeros().scale() > 2) {
				return "standard.answer.pointsTooPrecise";
			}
		}
		return null;
	}

	private static BigDecimal value(ItemAnswer answer) {
		if (answer.value() == null) {
			throw new IllegalStateException("Answer to item " + answer.itemId() + " has no value");
		}
		return answer.value();
	}

	private static BigDecimal deduction(StandardItemView item) {
		return item.deduction() == null ? item.points() : item.deduction();
	}

	private static String limit(@Nullable BigDecimal limit, String unit) {
		return limit == null ? "" : (text(limit) + (unit.isEmpty() ? "" : " " + unit));
	}

	/** A number as text for a message: plain, never grouped or in exponent form. */
	static String text(BigDecimal value) {
		return plain(value).toPlainString();
	}

	static BigDecimal round(BigDecimal value) {
		return plain(value.setScale(2, RoundingMode.HALF_UP));
	}

	/** Without trailing zeros or an exponent: 5, 2.5, 100. */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
