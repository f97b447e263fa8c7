package io.jingxi.organization;

import org.jspecify.annotations.Nullable;

/** An outsourced service provider as other modules see it. */
public record VendorSummary(long id, String code, String name, @Nullable String contact, @Nullable String phone,
		boolean active) {
}
