package io.jingxi.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A login account. Guards its own lockout: after too many failed sign-ins it is locked for a
 * while, and a successful sign-in clears the count.
 */
@Entity
@Table(name = "idn_user")
class UserAccount {

	/** Whether the account may sign in. */
	enum Status {
		/** May sign in (unless temporarily locked). */
		ACTIVE,
		/** Switched off by an administrator. */
		DISABLED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idn_user_seq")
	@SequenceGenerator(name = "idn_user_seq", sequenceName = "idn_user_seq", allocationSize = 50)
	private @Nullable Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "person_id")
	private @Nullable Long personId;

	@Column(name = "unit_id")
	private @Nullable Long unitId;

	@Enumerated(EnumType.STRING)
	private Status status = Status.ACTIVE;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "failed_attempts")
	private int failedAttempts;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "last_login_at")
	private @Nullable Instant lastLoginAt;

	@Column(name = "password_changed_at")
	private @Nullable Instant passwordChangedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "idn_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role_id")
	private Set<Long> roleIds = new HashSet<>();

	protected UserAccount() {
		this.username = "";
		this.displayName = "";
		this.passwordHash = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	UserAccount(String username, String displayName, String passwordHash, @Nullable Long unitId,
			@Nullable Long personId, Set<Long> roleIds, boolean mustChangePassword, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.unitId = unitId;
		this.personId = personId;
		this.roleIds = new HashSet<>(roleIds);
		this.mustChangePassword = mustChangePassword;
		this.createdAt = now;
		this.updatedAt = now;
		this.passwordChangedAt = now;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed sign-in; returns true when this failure locks the account. */
	boolean recordFailedLogin(Instant now, int maxFailures, Duration lockDuration) {
		if (lockedUntil != null && !lockedUntil.isAfter(now)) {
			failedAttempts = 0;
			lockedUntil = null;
		}
		failedAttempts++;
		updatedAt = now;
		if (failedAttempts >= maxFailures) {
			lockedUntil = now.plus(lockDuration);
			return true;
		}
		return false;
	}

	void recordSuccessfulLogin(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		lastLoginAt = now;
		updatedAt = now;
	}

	void changePassword(String newHash, boolean temporary, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = temporary;
		this.passwordChangedAt = now;
		this.updatedAt = now;
	}

	void unlock(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		updatedAt = now;
	}

	void disable(Instant now) {
		status = Status.DISABLED;
		updatedAt = now;
	}

	void enable(Instant now) {
		status = Status.ACTIVE;
		updatedAt = now;
	}

	void update(String displayName, @Nullable Long unitId, @Nullable Long personId, Set<Long> roleIds, Instant now) {
		this.displayName = displayName;
		this.unitId = unitId;
		this.personId = personId;
		this.roleIds = new HashSet<>(roleIds);
		this.updatedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved");
		}
		return id;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	@Nullable Long getPersonId() {
		return personId;
	}

	@Nullable Long getUnitId() {
		return unitId;
	}

	Status getStatus() {
		return status;
	}

	boolean isMustChangePassword() {
		return mustChangePassword;
	}

	@Nullable Instant getLockedUntil() {
		return lockedUntil;
	}

	@Nullable Instant getLastLoginAt() {
		return lastLoginAt;
	}

	Set<Long> getRoleIds() {
		return Set.copyOf(roleIds);
	}

	String summary() {
		return "username=" + username + ", name=" + displayName + ", unit=" + unitId + ", roles=" + roleIds
				+ ", status=" + status;
	}
}
