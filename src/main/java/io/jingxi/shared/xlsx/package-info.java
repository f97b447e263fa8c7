/**
 * Excel (xlsx) helpers every module's imports and exports share: a streaming reader of uploads,
 * row problems for the dry-run error report, templates, streamed exports and their HTTP responses.
 */
@NullMarked
package io.jingxi.shared.xlsx;

import org.jspecify.annotations.NullMarked;
