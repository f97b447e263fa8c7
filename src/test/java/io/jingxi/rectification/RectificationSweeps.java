package io.jingxi.rectification;

import java.time.Instant;

import org.springframework.context.ApplicationContext;

import io.jingxi.shared.AsSystem;

/**
 * For the tests of other modules (the dashboard's figures): the rectification sweep run as its timer
 * would with the clock at a chosen instant, so that notices become due soon or overdue without waiting
 * for their deadlines. Every notice whose time has come by that instant fires, as in production.
 */
public final class RectificationSweeps {

	private RectificationSweeps() {
	}

	public static void sweepAt(ApplicationContext context, Instant at) {
		RectificationSweep sweep = context.getBean(RectificationSweep.class);
		AsSystem.run(() -> sweep.sweep(at));
	}
}
