package io.jingxi.sampling;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A photo of a defect found in a lot, already re-encoded (JPEG): what is stored is safe to serve. */
@Entity
@Table(name = "smp_lot_photo")
class LotPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smp_lot_photo_seq")
	@SequenceGenerator(name = "smp_lot_photo_seq", sequenceName = "smp_lot_photo_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "lot_id")
	private long lotId;

	@Enumerated(EnumType.STRING)
	@Column(name = "defect_class")
	private @Nullable DefectClass defectClass;

	private byte[] content;

	@Column(name = "content_type")
	private String contentType;

	private int width;

	private int height;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected LotPhoto() {
		this.content = new byte[0];
		this.contentType = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	LotPhoto(long lotId, @Nullable DefectClass defectClass, DefectPhotos.Encoded photo, String createdBy,
			Instant createdAt) {
		this.lotId = lotId;
		this.defectClass = defectClass;
		this.content = photo.content();
		this.contentType = photo.contentType();
		this.width = photo.width();
		this.height = photo.height();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Photo not saved yet");
		}
		return id;
	}

	long getLotId() {
		return lotId;
	}

	@Nullable DefectClass getDefectClass() {
		return defectClass;
	}

	byte[] getContent() {
		return content.clone();
	}

	String getContentType() {
		return contentType;
	}

	int getWidth() {
		return width;
	}

	int getHeight() {
		return height;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
