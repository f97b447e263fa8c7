package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException.FieldProblem;

/** A checked section: a name (at most 200 characters) and an optional weight above 0 and at most 1000. */
record SectionSpec(String name, @Nullable BigDecimal weight, List<ItemSpec> items) {

	static final int MAX_NAME = 200;

	static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(1000);

	SectionSpec {
		name = name.strip();
		weight = Numbers.plainOrNull(weight);
		items = List.copyOf(items);
		var problems = check(name, weight);
		if (!problems.isEmpty()) {
			var all = new FieldProblems();
			all.addAll("", problems);
			all.throwIfAny();
		}
	}

	static List<FieldProblem> check(@Nullable String name, @Nullable BigDecimal weight) {
		List<FieldProblem> problems = new ArrayList<>();
		ItemSpec.text("name", name, MAX_NAME, true, problems);
		if (weight != null) {
			if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0) {
				problems.add(new FieldProblem("weight", "standard.section.weight.range", Numbers.text(MAX_WEIGHT)));
			}
			else if (!Numbers.atMostDecimals(weight, 2)) {
				problems.add(new FieldProblem("weight", "standard.field.twoDecimals"));
			}
		}
		return problems;
	}

	BigDecimal totalPoints() {
		return Numbers.plain(items.stream().map(ItemSpec::points).reduce(BigDecimal.ZERO, BigDecimal::add));
	}
}
