/**
 * The shared kernel: ids, errors as localized problem details, the current actor and data scope,
 * audit change events and the clock. It stays tiny; every module may use it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package io.jingxi.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
