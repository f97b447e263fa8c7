package io.jingxi.standard;

import static io.jingxi.standard.StandardFixtures.item;
import static io.jingxi.standard.StandardFixtures.policy;
import static io.jingxi.standard.StandardFixtures.right;
import static io.jingxi.standard.StandardFixtures.section;
import static io.jingxi.standard.StandardFixtures.version;
import static io.jingxi.standard.StandardFixtures.worst;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the scoring policy over random versions (one to four sections, weighted or not, items of
 * every kind with random points, deductions, limits, N/A and critical flags, either critical rule)
 * and random visits (right, worst, anything in between, N/A where allowed).
 */
class ScoringPolicyProperties {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Provide
	Arbitrary<StandardVersionView> versions() {
		Arbitrary<StandardItemView> item = Combinators.combine(Arbitraries.of(AnswerType.values()),
				Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 100),
				Arbitraries.integers().between(-20, 60), Arbitraries.integers().between(0, 30),
				Arbitraries.integers().between(0, 2), Arbitraries.of(true, false), Arbitraries.integers().between(0, 4))
			.as((type, halves, percent, lower, width, shape, na, critical) -> {
				BigDecimal points = BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2));
				BigDecimal deduction = points.multiply(BigDecimal.valueOf(percent))
					.divide(HUNDRED, 2, RoundingMode.HALF_UP)
					.max(new BigDecimal("0.01"));
				String low = shape == 2 ? null : String.valueOf(lower);
				String high = shape == 1 ? null : String.valueOf(lower + width);
				return switch (type) {
					case YES_NO -> item("Y", type, points.toPlainString(), deduction.toPlainString(), null, null, null, na,
							critical == 0);
					case POINTS -> item("P", type, points.toPlainString(), null, null, null, null, na, critical == 0);
					case MEASURED -> item("M", type, points.toPlainString(), deduction.toPlainString(), "℃", low, high, na,
							critical == 0);
				};
			});
		Arbitrary<List<List<StandardItemView>>> sections = item.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1)
			.ofMaxSize(4);
		return Combinators.combine(sections, Arbitraries.of(true, false),
				Arbitraries.integers().between(1, 100).list().ofSize(4), Arbitraries.of(CriticalEffect.values()),
				Arbitraries.integers().between(0, 99))
			.as((items, weighted, weights, effect, cap) -> {
				List<StandardSectionView> built = new ArrayList<>();
				for (int s = 0; s < items.size(); s++) {
					built.add(section("章节" + s, weighted ? String.valueOf(weights.get(s)) : null, items.get(s)));
				}
				return version(effect, effect == CriticalEffect.CAP ? String.valueOf(cap) : null, built);
			});
	}

	/** A visit: each item right, worst, anything in between or N/A (where allowed), chosen by the seed. */
	static List<ItemAnswer> visit(StandardVersionView version, long seed) {
		Random random = new Random(seed);
		List<ItemAnswer> answers = new ArrayList<>();
		version.items().forEach(item -> answers.add(switch (random.nextInt(4)) {
			case 0 -> right(item);
			case 1 -> worst(item);
			case 2 -> between(item, random);
			default -> item.naAllowed() ? ItemAnswer.notApplicable(item.id()) : right(item);
		}));
		return answers;
	}

	private static ItemAnswer between(StandardItemView item, Random random) {
		return switch (item.answerType()) {
			case YES_NO -> random.nextBoolean() ? ItemAnswer.yes(item.id()) : ItemAnswer.no(item.id());
			case POINTS -> ItemAnswer.value(item.id(), item.points()
				.multiply(BigDecimal.valueOf(random.nextInt(101)))
				.divide(HUNDRED, 2, RoundingMode.DOWN));
			case MEASURED -> {
				BigDecimal low = item.lowerLimit() != null ? item.lowerLimit() : item.upperLimit().subtract(BigDecimal.TEN);
				BigDecimal high = item.upperLimit() != null ? item.upperLimit() : item.lowerLimit().add(BigDecimal.TEN);
				BigDecimal span = high.subtract(low).add(BigDecimal.valueOf(20));
				yield ItemAnswer.value(item.id(), low.subtract(BigDecimal.TEN)
					.add(span.multiply(BigDecimal.valueOf(random.nextInt(1001))).divide(BigDecimal.valueOf(1000), 3,
							RoundingMode.HALF_UP)));
			}
		};
	}

	@Property
	void theTotalIsAlwaysBetweenZeroAndAHundred(@ForAll("versions") StandardVersionView version, @ForAll long seed) {
		var result = policy().score(version, visit(version, seed));

		assertThat(result.total()).isBetween(BigDecimal.ZERO, HUNDRED);
		assertThat(result.totalBeforeRule()).isBetween(BigDecimal.ZERO, HUNDRED);
		result.sections().stream().filter(s -> s.score() != null)
			.forEach(s -> assertThat(s.score()).isBetween(BigDecimal.ZERO, HUNDRED));
	}

	@Property
	void answeringEverythingRightScoresAHundred(@ForAll("versions") StandardVersionView version, @ForAll long seed) {
		Random random = new Random(seed);
		List<ItemAnswer> answers = new ArrayList<>();
		// right answers, some of them N/A where allowed: nothing is lost either way
		version.items().forEach(item -> answers.add(item.naAllowed() && random.nextBoolean()
				? ItemAnswer.notApplicable(item.id()) : right(item)));

		var result = policy().score(version, answers);

		assertThat(result.total()).isEqualByComparingTo(HUNDRED);
		assertThat(result.ruleApplied()).isFalse();
	}

	@Property
	void anItemAnsweredNotApplicableCountsAsIfTheChecklistDidNotHaveIt(
			@ForAll("versions") StandardVersionView version, @ForAll long seed) {
		List<ItemAnswer> answers = new ArrayList<>(visit(version, seed));
		List<StandardItemView> items = version.items().toList();
		int index = new Random(seed).nextInt(items.size());
		StandardItemView chosen = items.get(index);
		Assume.that(chosen.naAllowed());
		answers.set(index, ItemAnswer.notApplicable(chosen.id()));
		List<ItemAnswer> others = new ArrayList<>(answers);
		others.remove(index);

		var withNa = policy().score(version, answers);
		var without = policy().score(withoutItem(version, chosen.id()), others);

		assertThat(withNa.total()).isEqualByComparingTo(without.total());
		assertThat(withNa.pointsPossible()).isEqualByComparingTo(without.pointsPossible());
	}

	@Property
	void notApplicableNeverScoresLowerThanFailingTheItemOutright(@ForAll("versions") StandardVersionView version,
			@ForAll long seed) {
		List<ItemAnswer> answers = new ArrayList<>(visit(version, seed));
		List<StandardItemView> items = version.items().toList();
		int index = new Random(seed).nextInt(items.size());
		StandardItemView chosen = items.get(index);
		// an outright failure earns nothing: a POINTS item at 0, or an item whose deduction is all its points
		Assume.that(chosen.naAllowed() && (chosen.answerType() == AnswerType.POINTS
				|| chosen.deduction().compareTo(chosen.points()) == 0));
		answers.set(index, worst(chosen));
		var failed = policy().score(version, answers);
		answers.set(index, ItemAnswer.notApplicable(chosen.id()));
		var notApplicable = policy().score(version, answers);

		assertThat(notApplicable.total()).isGreaterThanOrEqualTo(failed.total());
	}

	@Property
	void aFailedCriticalItemUnderTheZeroRuleScoresNothing(@ForAll("versions") StandardVersionView version,
			@ForAll long seed) {
		Assume.that(version.scoringRule().effect() == CriticalEffect.ZERO);
		List<ItemAnswer> answers = new ArrayList<>(visit(version, seed));
		List<StandardItemView> items = version.items().toList();
		int index = new Random(seed).nextInt(items.size());
		StandardItemView chosen = StandardFixtures.critical(items.get(index));
		StandardVersionView withCritical = replaceItem(version, chosen);
		answers.set(index, worst(chosen));

		var result = policy().score(withCritical, answers);

		assertThat(result.total()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(result.ruleApplied()).isTrue();
		assertThat(result.failedCriticalClauses()).contains(chosen.clause());
	}

	@Property
	void aFailedCriticalItemUnderTheCapRuleNeverScoresAboveTheCap(@ForAll("versions") StandardVersionView version,
			@ForAll long seed) {
		Assume.that(version.scoringRule().effect() == CriticalEffect.CAP);
		List<ItemAnswer> answers = new ArrayList<>(visit(version, seed));
		List<StandardItemView> items = version.items().toList();
		int index = new Random(seed).nextInt(items.size());
		StandardItemView chosen = StandardFixtures.critical(items.get(index));
		answers.set(index, worst(chosen));

		var result = policy().score(replaceItem(version, chosen), answers);

		assertThat(result.total()).isLessThanOrEqualTo(version.scoringRule().cap());
		assertThat(result.total()).isEqualByComparingTo(result.totalBeforeRule().min(version.scoringRule().cap()));
	}

	private static StandardVersionView withoutItem(StandardVersionView version, long itemId) {
		List<StandardSectionView> sections = new ArrayList<>();
		for (StandardSectionView section : version.sections()) {
			List<StandardItemView> kept = section.items().stream().filter(i -> i.id() != itemId).toList();
			if (!kept.isEmpty()) {
				sections.add(new StandardSectionView(section.id(), section.position(), section.name(), section.weight(),
						section.totalPoints(), kept));
			}
		}
		return copy(version, sections);
	}

	private static StandardVersionView replaceItem(StandardVersionView version, StandardItemView replacement) {
		List<StandardSectionView> sections = version.sections().stream()
			.map(section -> new StandardSectionView(section.id(), section.position(), section.name(), section.weight(),
					section.totalPoints(),
					section.items().stream().map(i -> i.id() == replacement.id() ? replacement : i).toList()))
			.toList();
		return copy(version, sections);
	}

	private static StandardVersionView copy(StandardVersionView v, List<StandardSectionView> sections) {
		return new StandardVersionView(v.id(), v.standardId(), v.standardCode(), v.standardName(), v.number(), v.status(),
				v.scoringRule(), v.note(), v.totalPoints(), v.itemCount(), sections, v.createdAt(), v.createdBy(),
				v.updatedAt(), v.publishedAt(), v.publishedBy(), v.retiredAt(), v.retiredBy());
	}
}
