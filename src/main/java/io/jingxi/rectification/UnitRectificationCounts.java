package io.jingxi.rectification;

/** A unit's active rectification notices (open or submitted) and how many of them are overdue. */
public record UnitRectificationCounts(long unitId, long active, long overdue) {
}
