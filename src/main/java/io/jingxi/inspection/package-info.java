/**
 * Inspections and mystery-shopper visits (检查, 暗访): a unit checked against a published standard
 * version, answered item by item, scored, explained line by line, and every failed item a finding.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "standard", "calendar" })
@NullMarked
package io.jingxi.inspection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
