package io.jingxi.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One date of a calendar: whether it is worked, why, and the holiday or make-up day's name. */
record DayInfo(LocalDate date, boolean working, DayReason reason, @Nullable String name) {
}
