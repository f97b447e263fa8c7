package io.jingxi.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A working day of a calendar and the instant its business hours end: the same instant a
 * working-day limit that ends on this day gives ("the end of the n-th working day").
 */
public record WorkingDay(LocalDate date, Instant end) {
}
