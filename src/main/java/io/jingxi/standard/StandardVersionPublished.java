package io.jingxi.standard;

import java.time.Instant;

/** A draft of a standard was published and is now its current version. */
public record StandardVersionPublished(long standardId, String standardCode, long versionId, int number,
		String publishedBy, Instant at) {
}
