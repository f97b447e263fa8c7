/**
 * Files: a small store for uploaded content (local disk today, an S3-compatible store later) and the
 * intake of images from phones (type checked from the bytes, size-limited, re-encoded, thumbnailed),
 * reusable by every module that takes photos.
 */
@NullMarked
package io.jingxi.shared.files;

import org.jspecify.annotations.NullMarked;
