package io.jingxi.standard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/** Versions built in memory for the scoring policy's tests, and a wording that shows keys and arguments. */
final class StandardFixtures {

	private static final AtomicLong IDS = new AtomicLong(1000);

	private StandardFixtures() {
	}

	/** Writes a message as its key and arguments, so a test sees exactly what was said. */
	static final ScoringPolicy.Wording KEYS = (code, args) -> args.length == 0 ? code
			: code + Arrays.toString(args);

	static ScoringPolicy policy() {
		return new ScoringPolicy(KEYS);
	}

	static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	static StandardItemView yesNo(String clause, String points, String deduction) {
		return item(clause, AnswerType.YES_NO, points, deduction, null, null, null, false, false);
	}

	static StandardItemView points(String clause, String points) {
		return item(clause, AnswerType.POINTS, points, null, null, null, null, false, false);
	}

	static StandardItemView measured(String clause, String points, String deduction, String unit,
			@Nullable String lower, @Nullable String upper) {
		return item(clause, AnswerType.MEASURED, points, deduction, unit, lower, upper, false, false);
	}

	static StandardItemView item(String clause, AnswerType type, String points, @Nullable String deduction,
			@Nullable String unit, @Nullable String lower, @Nullable String upper, boolean naAllowed, boolean critical) {
		return new StandardItemView(IDS.incrementAndGet(), 1, clause, "检查" + clause, type, naAllowed, n(points),
				deduction == null ? null : n(deduction), unit, lower == null ? null : n(lower),
				upper == null ? null : n(upper), critical, false);
	}

	static StandardItemView critical(StandardItemView item) {
		return new StandardItemView(item.id(), item.position(), item.clause(), item.text(), item.answerType(),
				item.naAllowed(), item.points(), item.deduction(), item.unit(), item.lowerLimit(), item.upperLimit(), true,
				item.photoRequired());
	}

	static StandardItemView naAllowed(StandardItemView item) {
		return new StandardItemView(item.id(), item.position(), item.clause(), item.text(), item.answerType(), true,
				item.points(), item.deduction(), item.unit(), item.lowerLimit(), item.upperLimit(), item.critical(),
				item.photoRequired());
	}

	static StandardSectionView section(String name, @Nullable String weight, StandardItemView... items) {
		return section(name, weight, List.of(items));
	}

	static StandardSectionView section(String name, @Nullable String weight, List<StandardItemView> items) {
		BigDecimal total = items.stream().map(StandardItemView::points).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new StandardSectionView(IDS.incrementAndGet(), 1, name, weight == null ? null : n(weight), total, items);
	}

	static StandardVersionView version(CriticalEffect effect, @Nullable String cap, StandardSectionView... sections) {
		return version(effect, cap, List.of(sections));
	}

	static StandardVersionView version(CriticalEffect effect, @Nullable String cap, List<StandardSectionView> sections) {
		boolean weighted = !sections.isEmpty() && sections.get(0).weight() != null;
		var rule = new ScoringRule("测试规则", 3, effect, cap == null ? null : n(cap), weighted);
		int items = sections.stream().mapToInt(s -> s.items().size()).sum();
		BigDecimal total = sections.stream().map(StandardSectionView::totalPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new StandardVersionView(IDS.incrementAndGet(), 7, "STD-T", "测试标准", 3, VersionStatus.PUBLISHED, rule, null,
				total, items, sections, Instant.EPOCH, "tester", Instant.EPOCH, Instant.EPOCH, "tester", null, null);
	}

	/** Every item answered right: yes, full points, a value within the limits. */
	static List<ItemAnswer> allRight(StandardVersionView version) {
		List<ItemAnswer> answers = new ArrayList<>();
		version.items().forEach(item -> answers.add(right(item)));
		return answers;
	}

	static ItemAnswer right(StandardItemView item) {
		return switch (item.answerType()) {
			case YES_NO -> ItemAnswer.yes(item.id());
			case POINTS -> ItemAnswer.value(item.id(), item.points());
			case MEASURED -> ItemAnswer.value(item.id(), item.lowerLimit() != null ? item.lowerLimit() : item.upperLimit());
		};
	}

	/** The worst answer an item can get: no, zero points, a value outside the limits. */
	static ItemAnswer worst(StandardItemView item) {
		return switch (item.answerType()) {
			case YES_NO -> ItemAnswer.no(item.id());
			case POINTS -> ItemAnswer.value(item.id(), BigDecimal.ZERO);
			case MEASURED -> ItemAnswer.value(item.id(), item.upperLimit() != null ? item.upperLimit().add(BigDecimal.ONE)
					: item.lowerLimit().subtract(BigDecimal.ONE));
		};
	}
}
