package io.jingxi.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The scoring rule of a standard version, named and versioned with it: what a failed critical item
 * does ({@code effect}, and the {@code cap} for {@link CriticalEffect#CAP}) and whether the total
 * weighs sections or sums points. {@code version} is the number of the standard version that
 * carries the rule, so a result that names the rule also names the checklist it was scored on.
 */
public record ScoringRule(String name, int version, CriticalEffect effect, @Nullable BigDecimal cap,
		boolean weightedSections) {
}
