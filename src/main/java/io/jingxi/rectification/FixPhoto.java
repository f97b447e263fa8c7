package io.jingxi.rectification;

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
 * 整改照片: a photo the owner took of what was done, for one submission of the fix, already re-encoded
 * (no metadata). The file store keeps the pixels; this row keeps the keys and who uploaded it (the
 * owner side, never a mystery shopper).
 */
@Entity
@Table(name = "rect_fix_photo")
class FixPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rect_fix_photo_seq")
	@SequenceGenerator(name = "rect_fix_photo_seq", sequenceName = "rect_fix_photo_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "notice_id")
	private long noticeId;

	private int submission;

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

	@Column(name = "uploaded_by")
	private String uploadedBy;

	protected FixPhoto() {
		this.fileKey = "";
		this.thumbnailKey = "";
		this.sourceType = "";
		this.uploadedAt = Instant.EPOCH;
		this.uploadedBy = "";
	}

	FixPhoto(long noticeId, int submission, StoredImage image, String uploadedBy, Instant uploadedAt) {
		this.noticeId = noticeId;
		this.submission = submission;
		this.fileKey = image.key();
		this.thumbnailKey = image.thumbnailKey();
		this.width = image.width();
		this.height = image.height();
		this.thumbnailWidth = image.thumbnailWidth();
		this.thumbnailHeight = image.thumbnailHeight();
		this.bytes = image.bytes();
		this.sourceType = image.sourceType();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Photo not saved yet");
		}
		return id;
	}

	int submission() {
		return submission;
	}

	String fileKey() {
		return fileKey;
	}

	String thumbnailKey() {
		return thumbnailKey;
	}

	/** Whether it belongs to the submission the notice is waiting for. */
	boolean pendingFor(Notice notice) {
		return notice.status() == RectificationStatus.OPEN && submission == notice.submissions() + 1;
	}

	FixPhotoView view(Notice notice) {
		return new FixPhotoView(id(), submission, pendingFor(notice), width, height, thumbnailWidth, thumbnailHeight,
				bytes, uploadedAt, uploadedBy);
	}
}
