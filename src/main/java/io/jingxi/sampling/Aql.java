package io.jingxi.sampling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.jingxi.shared.DomainException;

/**
 * 接收质量限: an acceptance quality limit, one of the 26 columns of the standard's tables (0.010 to
 * 1000), written as the tables write it. Parsing compares numbers, so 1, 1.0 and 1.00 are the same.
 */
record Aql(String text) implements Comparable<Aql> {

	static final List<String> VALUES = List.of("0.010", "0.015", "0.025", "0.040", "0.065", "0.10", "0.15", "0.25",
			"0.40", "0.65", "1.0", "1.5", "2.5", "4.0", "6.5", "10", "15", "25", "40", "65", "100", "150", "250", "400",
			"650", "1000");

	Aql {
		if (!VALUES.contains(text)) {
			throw new IllegalArgumentException("Not an AQL of the tables: " + text);
		}
	}

	/** The table's AQL with the same value, or empty. */
	static Optional<Aql> parse(String value) {
		BigDecimal wanted;
		try {
			wanted = new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return VALUES.stream().filter(text -> new BigDecimal(text).compareTo(wanted) == 0).findFirst().map(Aql::new);
	}

	/** Parses or refuses with a field error that names the field and lists the allowed values. */
	static Aql require(String field, @org.jspecify.annotations.Nullable String value) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalidField(field, "sampling.aql.invalid", "", String.join(", ", VALUES));
		}
		return parse(value).orElseThrow(
				() -> DomainException.invalidField(field, "sampling.aql.invalid", value.strip(), String.join(", ", VALUES)));
	}

	int index() {
		return VALUES.indexOf(text);
	}

	/** The next smaller AQL of the tables (one step tighter), or empty for 0.010. */
	Optional<Aql> tighter() {
		int i = index();
		return i == 0 ? Optional.empty() : Optional.of(new Aql(VALUES.get(i - 1)));
	}

	@Override
	public int compareTo(Aql other) {
		return Integer.compare(index(), other.index());
	}

	@Override
	public String toString() {
		return text;
	}
}
