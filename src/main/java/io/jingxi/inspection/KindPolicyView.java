package io.jingxi.inspection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A version of the organisation's kind rules (version 0: the built-in defaults, never edited), who
 * made it, why, and whether it is the one in force.
 */
public record KindPolicyView(int version, boolean current, List<KindRuleView> rules, @Nullable Instant createdAt,
		@Nullable String createdBy, @Nullable String note) {

	public KindPolicyView {
		rules = List.copyOf(rules);
	}
}
