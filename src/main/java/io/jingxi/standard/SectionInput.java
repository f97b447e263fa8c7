package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A section as a user writes it: name, optional weight, items in order. */
record SectionInput(@Nullable String name, @Nullable BigDecimal weight, @Nullable List<ItemInput> items) {
}
