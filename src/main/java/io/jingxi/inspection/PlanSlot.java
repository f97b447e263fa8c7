package io.jingxi.inspection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a generated visit sits in its plan: the plan, the period's key and the visit's sequence in
 * that period (together with the unit, unique: generating twice creates nothing twice), and when it
 * is due (the end of a working day of the visited unit).
 */
@Embeddable
record PlanSlot(@Column(name = "plan_id") Long planId, @Column(name = "period_key") String periodKey,
		@Column(name = "sequence_no") Integer sequence, @Column(name = "due_date") LocalDate dueDate,
		@Column(name = "due_at") Instant dueAt) {
}
