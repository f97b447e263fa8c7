package io.jingxi.standard;

import java.util.List;

/** A standard with its versions, newest first. */
record StandardDetails(StandardView standard, List<VersionSummary> versions) {

	StandardDetails {
		versions = List.copyOf(versions);
	}
}
