/**
 * The organisation: the unit tree (company → branch → unit → team) with configurable unit types,
 * people and their positions, vendors and their contracts, and Excel import and export of them.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package io.jingxi.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
