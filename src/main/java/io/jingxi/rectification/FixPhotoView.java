package io.jingxi.rectification;

import java.time.Instant;

/**
 * A photo of a fix: served as {@code GET /api/v1/rectifications/{noticeId}/photos/{id}} (JPEG, at most
 * 2560 px) and {@code …/{id}/thumbnail} (at most 320 px) to whoever may see the notice. It belongs to
 * the owner's n-th submission ({@code submission}); {@code pending} while that submission is still
 * being prepared (then it may be removed).
 */
public record FixPhotoView(long id, int submission, boolean pending, int width, int height, int thumbnailWidth,
		int thumbnailHeight, long bytes, Instant uploadedAt, String uploadedBy) {
}
