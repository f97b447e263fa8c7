package io.jingxi.sampling;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 检验水平: the inspection level of GB/T 2828.1 Table 1, special (S-1 to S-4) or general (I, II, III).
 * Written as the standard writes it (S-1, II) in the API and the database.
 */
public enum InspectionLevel {

	/** Special level S-1: the smallest samples. */
	S_1("S-1"),
	/** Special level S-2. */
	S_2("S-2"),
	/** Special level S-3. */
	S_3("S-3"),
	/** Special level S-4. */
	S_4("S-4"),
	/** General level I: less discrimination. */
	I("I"),
	/** General level II: the usual level. */
	II("II"),
	/** General level III: more discrimination. */
	III("III");

	private final String label;

	InspectionLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<InspectionLevel> of(String label) {
		return Arrays.stream(values()).filter(level -> level.label.equals(label.strip())).findFirst();
	}

	public static List<String> labels() {
		return Arrays.stream(values()).map(InspectionLevel::label).toList();
	}
}
