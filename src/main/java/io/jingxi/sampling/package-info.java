/**
 * Acceptance sampling of goods on site by GB/T 2828.1 (ISO 2859-1): items and their sampling settings,
 * lots received by units from suppliers, single sampling plans from the standard's tables, and switching.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization" })
@NullMarked
package io.jingxi.sampling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
