package io.jingxi.inspection;

import java.time.Instant;

/**
 * An evidence photo of a visit's item: served as {@code GET /api/v1/inspections/{visitId}/photos/{id}}
 * (JPEG, at most 2560 px) and {@code …/{id}/thumbnail} (at most 320 px) to whoever may see the visit.
 * It carries no metadata and never says who took it.
 */
public record EvidencePhotoView(long id, long visitId, long itemId, int width, int height, int thumbnailWidth,
		int thumbnailHeight, long bytes, Instant uploadedAt) {
}
