/**
 * The append-only operation log: every state change any module makes, with who, when, from which
 * address, which record and a before/after summary. Searchable and exportable; never edited.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package io.jingxi.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
