package io.jingxi.inspection;

import java.time.Instant;

/** A version of the appeal policy: how many working days a unit has to appeal, set by whom and when. */
public record AppealPolicyView(String policy, int version, int workingDays, Instant createdAt, String createdBy) {
}
