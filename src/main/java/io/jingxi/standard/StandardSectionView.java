package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A section of a version: its name, optional weight, the sum of its items' points and its items in order. */
public record StandardSectionView(long id, int position, String name, @Nullable BigDecimal weight,
		BigDecimal totalPoints, List<StandardItemView> items) {

	public StandardSectionView {
		items = List.copyOf(items);
	}
}
