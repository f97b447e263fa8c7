package io.jingxi.organization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's photo for the public staff wall, already re-encoded (JPEG, at most 800 px): what is
 * stored here is safe to serve as it is.
 */
@Entity
@Table(name = "org_person_photo")
class PersonPhoto {

	@Id
	@Column(name = "person_id")
	private Long personId;

	private byte[] content;

	@Column(name = "content_type")
	private String contentType;

	private int width;

	private int height;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected PersonPhoto() {
		this.personId = 0L;
		this.content = new byte[0];
		this.contentType = "";
		this.updatedAt = Instant.EPOCH;
	}

	PersonPhoto(long personId, EncodedPhoto photo, Instant now) {
		this.personId = personId;
		this.content = photo.content();
		this.contentType = photo.contentType();
		this.width = photo.width();
		this.height = photo.height();
		this.updatedAt = now;
	}

	void replace(EncodedPhoto photo, Instant now) {
		this.content = photo.content();
		this.contentType = photo.contentType();
		this.width = photo.width();
		this.height = photo.height();
		this.updatedAt = now;
	}

	byte[] getContent() {
		return content.clone();
	}

	String getContentType() {
		return contentType;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	String summary() {
		return "photo " + width + "x" + height + ", " + content.length + " bytes";
	}
}
