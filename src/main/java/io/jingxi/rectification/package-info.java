/**
 * Rectification (整改): a notice for every finding the policy selects, with an owner and a deadline
 * from the unit's calendar, the fix submitted and verified, warnings, escalation and the repeat-lapse ladder.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "calendar", "inspection" })
@NullMarked
package io.jingxi.rectification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
