package io.jingxi.rectification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The active notices (open or submitted) of a data scope, as the scope's holder finds them in the
 * notice list: how many, how many of them are overdue, how many open ones are due soon (warned, not
 * overdue yet), and the overdue notice that has waited longest.
 *
 * @param oldestOverdue the overdue notice with the earliest deadline, null when none is overdue
 */
public record RectificationTotals(long active, long overdue, long dueSoon, @Nullable OverdueNotice oldestOverdue) {

	/** An overdue notice: its number, its unit and the deadline it missed. */
	public record OverdueNotice(long noticeId, String number, long unitId, Instant deadline) {
	}
}
