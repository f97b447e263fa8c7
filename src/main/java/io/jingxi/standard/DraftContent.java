package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The checked content of a version: its critical-item rule and its sections with their items. The
 * constructor guards what spans the whole version: at most 50 sections and 500 items, unique
 * section names, unique clause references, every section weighted or none, and a cap (0 to
 * under 100) exactly when the rule caps.
 */
record DraftContent(CriticalEffect criticalEffect, @Nullable BigDecimal criticalCap, String ruleName,
		@Nullable String note, List<SectionSpec> sections) {

	static final int MAX_SECTIONS = 50;

	static final int MAX_ITEMS = 500;

	static final int MAX_RULE_NAME = 200;

	static final int MAX_NOTE = 1000;

	DraftContent {
		criticalCap = Numbers.plainOrNull(criticalCap);
		ruleName = ruleName.isBlank() ? defaultRuleName(criticalEffect, criticalCap) : ruleName.strip();
		note = note == null || note.isBlank() ? null : note.strip();
		sections = List.copyOf(sections);
		var problems = new FieldProblems();
		checkRule(criticalEffect, criticalCap, ruleName, note, problems);
		checkAcross(sections, problems);
		problems.throwIfAny();
	}

	static DraftContent empty() {
		return new DraftContent(CriticalEffect.ZERO, null, "", null, List.of());
	}

	/** Checks a submitted draft and answers it; a 400 lists every problem by its path otherwise. */
	static DraftContent parse(DraftInput input) {
		var problems = new FieldProblems();
		CriticalEffect effect = effect(input.criticalEffect());
		if (input.criticalEffect() != null && !input.criticalEffect().isBlank() && effect == null) {
			problems.add("criticalEffect", "standard.rule.effect.invalid", input.criticalEffect());
		}
		List<SectionSpec> sections = new ArrayList<>();
		List<SectionInput> given = input.sections() == null ? List.of() : input.sections();
		for (int s = 0; s < given.size(); s++) {
			SectionInput section = given.get(s);
			String prefix = "sections[" + s + "].";
			if (section == null) {
				problems.add(prefix + "name", "standard.field.required");
				continue;
			}
			var sectionProblems = SectionSpec.check(section.name(), section.weight());
			problems.addAll(prefix, sectionProblems);
			List<ItemSpec> items = new ArrayList<>();
			List<ItemInput> itemInputs = section.items() == null ? List.of() : section.items();
			for (int i = 0; i < itemInputs.size(); i++) {
				String itemPrefix = prefix + "items[" + i + "].";
				ItemInput item = itemInputs.get(i);
				if (item == null) {
					problems.add(itemPrefix + "clause", "standard.field.required");
					continue;
				}
				ItemSpec spec = ItemSpec.parse(item, itemPrefix, problems);
				if (spec != null) {
					items.add(spec);
				}
			}
			if (sectionProblems.isEmpty() && items.size() == itemInputs.size()) {
				sections.add(new SectionSpec(String.valueOf(section.name()), section.weight(), items));
			}
		}
		CriticalEffect checkedEffect = effect == null ? CriticalEffect.ZERO : effect;
		String ruleName = input.ruleName() == null ? "" : input.ruleName();
		checkRule(checkedEffect, input.criticalCap(), ruleName, input.note(), problems);
		if (problems.isEmpty()) {
			checkAcross(sections, problems);
		}
		problems.throwIfAny();
		return new DraftContent(checkedEffect, input.criticalCap(), ruleName, input.note(), sections);
	}

	private static void checkRule(CriticalEffect effect, @Nullable BigDecimal cap, String ruleName,
			@Nullable String note, FieldProblems problems) {
		if (effect == CriticalEffect.CAP) {
			if (cap == null) {
				problems.add("criticalCap", "standard.rule.cap.required");
			}
			else if (cap.signum() < 0 || cap.compareTo(BigDecimal.valueOf(100)) >= 0) {
				problems.add("criticalCap", "standard.rule.cap.range");
			}
			else if (!Numbers.atMostDecimals(cap, 2)) {
				problems.add("criticalCap", "standard.field.twoDecimals");
			}
		}
		else if (cap != null) {
			problems.add("criticalCap", "standard.rule.cap.onlyForCap");
		}
		if (ruleName.strip().length() > MAX_RULE_NAME) {
			problems.add("ruleName", "standard.field.tooLong", MAX_RULE_NAME);
		}
		if (note != null && note.strip().length() > MAX_NOTE) {
			problems.add("note", "standard.field.tooLong", MAX_NOTE);
		}
	}

	/** What spans sections: counts, unique names and clauses, weights on all sections or none. */
	private static void checkAcross(List<SectionSpec> sections, FieldProblems problems) {
		if (sections.size() > MAX_SECTIONS) {
			problems.add("sections", "standard.draft.tooManySections", MAX_SECTIONS);
		}
		int items = sections.stream().mapToInt(s -> s.items().size()).sum();
		if (items > MAX_ITEMS) {
			problems.add("sections", "standard.draft.tooManyItems", MAX_ITEMS);
		}
		boolean anyWeight = sections.stream().anyMatch(s -> s.weight() != null);
		Map<String, Integer> names = new HashMap<>();
		Map<String, String> clauses = new HashMap<>();
		for (int s = 0; s < sections.size(); s++) {
			SectionSpec section = sections.get(s);
			String prefix = "sections[" + s + "].";
			Integer first = names.putIfAbsent(section.name(), s);
			if (first != null) {
				problems.add(prefix + "name", "standard.section.nameTaken", section.name(), first + 1);
			}
			if (anyWeight && section.weight() == null) {
				problems.add(prefix + "weight", "standard.section.weights.mixed");
			}
			for (int i = 0; i < section.items().size(); i++) {
				String clause = section.items().get(i).clause();
				String taken = clauses.putIfAbsent(clause, section.name());
				if (taken != null) {
					problems.add(prefix + "items[" + i + "].clause", "standard.item.clause.taken", clause, taken);
				}
			}
		}
	}

	static @Nullable CriticalEffect effect(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return CriticalEffect.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String defaultRuleName(CriticalEffect effect, @Nullable BigDecimal cap) {
		return effect == CriticalEffect.ZERO ? "关键项不合格，本次得分为 0"
				: "关键项不合格，总分封顶 " + Numbers.text(cap) + " 分";
	}

	int itemCount() {
		return sections.stream().mapToInt(s -> s.items().size()).sum();
	}

	boolean weighted() {
		return !sections.isEmpty() && sections.get(0).weight() != null;
	}

	BigDecimal totalPoints() {
		return Numbers.plain(sections.stream().map(SectionSpec::totalPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** The same content with another rule (imports keep the rule of the version they follow). */
	DraftContent withRuleOf(DraftContent other) {
		return new DraftContent(other.criticalEffect, other.criticalCap, other.ruleName, note, sections);
	}
}
