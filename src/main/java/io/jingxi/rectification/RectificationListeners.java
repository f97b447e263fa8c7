package io.jingxi.rectification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.jingxi.inspection.FindingOverturned;
import io.jingxi.inspection.FindingRecorded;

/**
 * Listens to the inspection module: a recorded finding opens a notice, an overturned one cancels it.
 * Each runs after the inspection's commit in a transaction of its own, and is republished after a
 * restart until it completes; handling a finding twice changes nothing.
 */
@Component
class RectificationListeners {

	private final NoticeOpening opening;

	RectificationListeners(NoticeOpening opening) {
		this.opening = opening;
	}

	@ApplicationModuleListener
	void on(FindingRecorded finding) {
		opening.open(finding);
	}

	@ApplicationModuleListener
	void on(FindingOverturned overturned) {
		opening.overturn(overturned);
	}
}
