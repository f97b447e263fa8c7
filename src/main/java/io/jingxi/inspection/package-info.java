/**
 * Inspections and mystery-shopper visits (检查, 暗访): a unit checked against a published standard
 * version, answered item by item, scored, explained line by line, and every failed item a finding;
 * the kind rules and weights, plans that generate visits on the units' working calendars, and hidden
 * visits whose results reach the unit only when published.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "standard", "calendar", "identity" })
@NullMarked
package io.jingxi.inspection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
