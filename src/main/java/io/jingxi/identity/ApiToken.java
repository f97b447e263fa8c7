package io.jingxi.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A personal API token for scripts and integrations. Only its SHA-256 hash is stored; the token
 * acts with its owner's roles and data scope until it expires or is revoked.
 */
@Entity
@Table(name = "idn_api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idn_api_token_seq")
	@SequenceGenerator(name = "idn_api_token_seq", sequenceName = "idn_api_token_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "user_id")
	private long userId;

	private String name;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private @Nullable Instant expiresAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	protected ApiToken() {
		this.name = "";
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
	}

	ApiToken(long userId, String name, String tokenHash, @Nullable Instant expiresAt, Instant now) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
		this.createdAt = now;
	}

	boolean isUsable(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

	void markUsed(Instant now) {
		this.lastUsedAt = now;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved");
		}
		return id;
	}

	long getUserId() {
		return userId;
	}

	String getName() {
		return name;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	@Nullable Instant getExpiresAt() {
		return expiresAt;
	}

	@Nullable Instant getLastUsedAt() {
		return lastUsedAt;
	}

	@Nullable Instant getRevokedAt() {
		return revokedAt;
	}
}
