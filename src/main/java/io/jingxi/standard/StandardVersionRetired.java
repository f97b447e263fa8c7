package io.jingxi.standard;

import java.time.Instant;

/** A published version of a standard was retired; visits already scored against it keep it. */
public record StandardVersionRetired(long standardId, String standardCode, long versionId, int number,
		String retiredBy, Instant at) {
}
