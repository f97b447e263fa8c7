/**
 * Working calendars: business hours, holidays and make-up working days per organisation, the calendar
 * each unit uses (inherited down the unit tree), and the deadline arithmetic every time limit relies on.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization" })
@NullMarked
package io.jingxi.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
