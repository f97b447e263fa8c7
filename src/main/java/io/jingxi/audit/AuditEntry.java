package io.jingxi.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 操作日志: one recorded change. Immutable once written. */
@Entity
@Immutable
@Table(name = "aud_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aud_entry_seq")
	@SequenceGenerator(name = "aud_entry_seq", sequenceName = "aud_entry_seq", allocationSize = 50)
	private @Nullable Long id;

	private Instant at;

	private String actor;

	private @Nullable String address;

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private String entityId;

	private String action;

	@Column(name = "before_summary")
	private @Nullable String before;

	@Column(name = "after_summary")
	private @Nullable String after;

	protected AuditEntry() {
		this.at = Instant.EPOCH;
		this.actor = "";
		this.entityType = "";
		this.entityId = "";
		this.action = "";
	}

	AuditEntry(Instant at, String actor, @Nullable String address, String entityType, String entityId, String action,
			@Nullable String before, @Nullable String after) {
		this.at = at;
		this.actor = truncate(actor, 64);
		this.address = address == null ? null : truncate(address, 64);
		this.entityType = truncate(entityType, 64);
		this.entityId = truncate(entityId, 64);
		this.action = truncate(action, 32);
		this.before = before;
		this.after = after;
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

	AuditView toView() {
		return new AuditView(id == null ? 0 : id, at, actor, address, entityType, entityId, action, before, after);
	}
}
