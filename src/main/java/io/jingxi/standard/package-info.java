/**
 * Service standards and checklists (服务标准, 检查表): versioned sections and items with points,
 * deductions, critical items and clause references, their scoring policy, templates and Excel files.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package io.jingxi.standard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
