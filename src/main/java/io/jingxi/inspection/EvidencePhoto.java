package io.jingxi.inspection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.files.StoredImage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * 证据照片: a photo taken during a visit as evidence for one item's answer, already re-encoded (no
 * metadata: nothing of the inspector's phone reaches the unit). The file store keeps the pixels; this
 * row keeps the keys. Who took it is not stored: it is the visit's inspector, whom a mystery-shopper
 * visit never names to the unit.
 */
@Entity
@Table(name = "insp_photo")
class EvidencePhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insp_photo_seq")
	@SequenceGenerator(name = "insp_photo_seq", sequenceName = "insp_photo_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "visit_id")
	private long visitId;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "item_id")
	private long itemId;

	@Column(name = "file_key")
	private String fileKey;

	@Column(name = "thumbnail_key")
	private String thumbnailKey;

	private int width;

	private int height;

	@Column(name = "thumbnail_width")
	private int thumbnailWidth;

	@Column(name = "thumbnail_height")
	private int thumbnailHeight;

	private long bytes;

	@Column(name = "source_type")
	private String sourceType;

	@Column(name = "uploaded_at")
	private Instant uploadedAt;

	protected EvidencePhoto() {
		this.fileKey = "";
		this.thumbnailKey = "";
		this.sourceType = "";
		this.uploadedAt = Instant.EPOCH;
	}

	EvidencePhoto(Visit visit, long itemId, StoredImage image, Instant now) {
		this.visitId = visit.id();
		this.unitId = visit.unitId();
		this.itemId = itemId;
		this.fileKey = image.key();
		this.thumbnailKey = image.thumbnailKey();
		this.width = image.width();
		this.height = image.height();
		this.thumbnailWidth = image.thumbnailWidth();
		this.thumbnailHeight = image.thumbnailHeight();
		this.bytes = image.bytes();
		this.sourceType = image.sourceType();
		this.uploadedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Photo not saved yet");
		}
		return id;
	}

	long visitId() {
		return visitId;
	}

	long itemId() {
		return itemId;
	}

	String fileKey() {
		return fileKey;
	}

	String thumbnailKey() {
		return thumbnailKey;
	}

	EvidencePhotoView view() {
		return new EvidencePhotoView(id(), visitId, itemId, width, height, thumbnailWidth, thumbnailHeight, bytes,
				uploadedAt);
	}
}
