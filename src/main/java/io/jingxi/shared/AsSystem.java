package io.jingxi.shared;

import java.util.function.Supplier;

/**
 * Runs work as the system itself (start-up seeding, scheduled jobs), with every permission and
 * the whole organisation in scope. {@link Actors} answers {@link Actor#system()} inside it.
 */
public final class AsSystem {

	private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

	private AsSystem() {
	}

	public static <T> T call(Supplier<T> work) {
		var outer = ACTIVE.get();
		ACTIVE.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				ACTIVE.remove();
			}
		}
	}

	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	public static boolean active() {
		return Boolean.TRUE.equals(ACTIVE.get());
	}
}
