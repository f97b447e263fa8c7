/**
 * Built-in templates and the demo organisation: data files under templates/ that a new
 * organisation adopts, and the demo company created on the first start of the default profile.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "identity" })
@NullMarked
package io.jingxi.template;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
