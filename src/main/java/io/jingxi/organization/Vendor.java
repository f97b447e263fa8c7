package io.jingxi.organization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 外包服务商: an outsourced service provider (cleaning, security, catering…). Vendors belong to
 * the whole organisation; which units they serve is said by their contracts.
 */
@Entity
@Table(name = "org_vendor")
class Vendor {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_vendor_seq")
	@SequenceGenerator(name = "org_vendor_seq", sequenceName = "org_vendor_seq", allocationSize = 50)
	private @Nullable Long id;

	private String code;

	private String name;

	private @Nullable String contact;

	private @Nullable String phone;

	private boolean active = true;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Vendor() {
		this.code = "";
		this.name = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Vendor(String code, String name, @Nullable String contact, @Nullable String phone, boolean active, Instant now) {
		this.code = code;
		this.name = name;
		this.contact = contact;
		this.phone = phone;
		this.active = active;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void change(String code, String name, @Nullable String contact, @Nullable String phone, boolean active,
			Instant now) {
		this.code = code;
		this.name = name;
		this.contact = contact;
		this.phone = phone;
		this.active = active;
		this.updatedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Vendor not saved yet");
		}
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	@Nullable String getContact() {
		return contact;
	}

	@Nullable String getPhone() {
		return phone;
	}

	boolean isActive() {
		return active;
	}

	String summary() {
		return "code=" + code + ", name=" + name + ", contact=" + contact + ", phone=" + phone + ", active=" + active;
	}

	VendorSummary toSummary() {
		return new VendorSummary(id(), code, name, contact, phone, active);
	}
}
