package io.jingxi.rectification;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import io.jingxi.inspection.FindingOverturned;
import io.jingxi.inspection.FindingRecorded;

/**
 * Listens to the inspection module: a recorded finding opens a notice, an overturned one cancels it.
 * Each runs after the inspection's commit in a transaction of its own ({@link NoticeOpening}), and is
 * republished after a restart until it completes; a finding told again (after an amendment) updates
 * what was recorded instead of opening a second notice.
 * <p>
 * The events of one finding can arrive together (a visit amended the moment it was submitted), and the
 * listeners run on several threads, so the events of one finding are handled one at a time: each
 * transaction starts only after the previous one of the same finding has committed, and sees it. (With
 * several application instances two of them may still collide; the loser's publication stays incomplete
 * and is handled again at its next start.)
 */
@Component
class RectificationListeners {

	private static final int STRIPES = 64;

	private final NoticeOpening opening;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	RectificationListeners(NoticeOpening opening) {
		this.opening = opening;
		for (int i = 0; i < STRIPES; i++) {
			stripes[i] = new ReentrantLock();
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(FindingRecorded finding) {
		serially(finding.findingId(), () -> opening.open(finding));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(FindingOverturned overturned) {
		serially(overturned.findingId(), () -> opening.overturn(overturned));
	}

	/** Runs the work (a transaction of its own) while no other event of the same finding is handled. */
	private void serially(long findingId, Runnable work) {
		ReentrantLock lock = stripes[(int) Math.floorMod(findingId, (long) STRIPES)];
		lock.lock();
		try {
			work.run();
		}
		finally {
			lock.unlock();
		}
	}
}
