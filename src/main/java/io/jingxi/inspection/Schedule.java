package io.jingxi.inspection;

import java.util.ArrayList;
import java.util.List;

import io.jingxi.calendar.WorkingDay;

/**
 * 排期: where a plan's visits of one period fall for one unit. The period's working days are split
 * into as many consecutive, nearly equal runs as there are visits, and each visit falls due by the
 * due rule inside its run, so that two visits a month are spread over the month. A due day beyond
 * its run is pulled back to the run's last working day; every due date is therefore a working day of
 * the unit inside the period. A period without a working day has no slot.
 */
final class Schedule {

	private Schedule() {
	}

	/** One visit of the period: its sequence (from 1) and the working day it is due at the end of. */
	record Slot(int sequence, WorkingDay due) {
	}

	/**
	 * @param period the period (its start decides whether "n working days after the start" counts the first day)
	 * @param workingDays the unit's working days inside the period, in date order
	 * @param visits how many visits the period has (1 or more)
	 * @param rule the due rule
	 * @param n the rule's number of working days (1 or more; not used by the last-working-day rule)
	 */
	static List<Slot> slots(Period period, List<WorkingDay> workingDays, int visits, DueRule rule, int n) {
		if (visits < 1) {
			throw new IllegalArgumentException("A period needs at least one visit");
		}
		if (workingDays.isEmpty()) {
			return List.of();
		}
		int size = workingDays.size();
		boolean startWorks = workingDays.get(0).date().equals(period.start());
		List<Slot> slots = new ArrayList<>(visits);
		for (int i = 0; i < visits; i++) {
			int first = Math.min((int) ((long) i * size / visits), size - 1);
			int last = Math.min(Math.max(first, (int) ((long) (i + 1) * size / visits) - 1), size - 1);
			int days = Math.max(n, 1);
			int index = switch (rule) {
				case NTH_WORKING_DAY -> first + days - 1;
				// a run after the first starts on a working day, which does not count itself
				case WORKING_DAYS_AFTER_START -> i == 0 && !startWorks ? first + days - 1 : first + days;
				case LAST_WORKING_DAY -> last;
			};
			slots.add(new Slot(i + 1, workingDays.get(Math.min(index, last))));
		}
		return slots;
	}
}
