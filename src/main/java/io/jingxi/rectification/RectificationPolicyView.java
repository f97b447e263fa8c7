package io.jingxi.rectification;

import java.time.Instant;

/** The current rectification policy with who made its version and when. */
public record RectificationPolicyView(RectificationPolicy policy, Instant changedAt, String changedBy) {
}
