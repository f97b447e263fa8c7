package io.jingxi.identity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
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

/** A role: a set of permissions and how far its holders see (data scope). */
@Entity
@Table(name = "idn_role")
class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idn_role_seq")
	@SequenceGenerator(name = "idn_role_seq", sequenceName = "idn_role_seq", allocationSize = 50)
	private @Nullable Long id;

	private String code;

	private String name;

	@Column(name = "built_in")
	private boolean builtIn;

	@Enumerated(EnumType.STRING)
	@Column(name = "data_scope")
	private DataScopeKind dataScope;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "idn_role_permission", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "permission")
	private Set<String> permissions = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "idn_role_unit", joinColumns = @JoinColumn(name = "role_id"))
	@Column(name = "unit_id")
	private Set<Long> customUnitIds = new HashSet<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Role() {
		this.code = "";
		this.name = "";
		this.dataScope = DataScopeKind.SELF;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Role(String code, String name, boolean builtIn, DataScopeKind dataScope, Set<String> permissions,
			Set<Long> customUnitIds, Instant now) {
		this.code = code;
		this.name = name;
		this.builtIn = builtIn;
		this.createdAt = now;
		this.updatedAt = now;
		this.dataScope = dataScope;
		assign(permissions, customUnitIds, dataScope);
	}

	/** Changes a custom role; a built-in role keeps its name and permissions but may change its scope. */
	void update(String name, DataScopeKind scope, Set<String> permissions, Set<Long> customUnitIds, Instant now) {
		if (builtIn && (!name.equals(this.name) || !permissions.equals(this.permissions))) {
			throw DomainException.conflict("identity.role.builtInFixed");
		}
		this.name = name;
		this.dataScope = scope;
		assign(permissions, customUnitIds, scope);
		this.updatedAt = now;
	}

	/** Brings a built-in role's permissions up to date with the catalogue of this version. */
	void syncBuiltIn(Set<String> permissions) {
		this.permissions = new HashSet<>(permissions);
	}

	private void assign(Set<String> permissions, Set<Long> customUnitIds, DataScopeKind scope) {
		for (String permission : permissions) {
			if (!Permissions.exists(permission)) {
				throw DomainException.invalidField("permissions", "identity.role.unknownPermission", permission);
			}
		}
		if (scope == DataScopeKind.CUSTOM && customUnitIds.isEmpty()) {
			throw DomainException.invalidField("customUnitIds", "identity.role.customScopeNeedsUnits");
		}
		this.permissions = new HashSet<>(permissions);
		this.customUnitIds = scope == DataScopeKind.CUSTOM ? new HashSet<>(customUnitIds) : new HashSet<>();
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved");
		}
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	boolean isBuiltIn() {
		return builtIn;
	}

	DataScopeKind getDataScope() {
		return dataScope;
	}

	Set<String> getPermissions() {
		return Set.copyOf(permissions);
	}

	Set<Long> getCustomUnitIds() {
		return Set.copyOf(customUnitIds);
	}

	String summary() {
		return "code=" + code + ", name=" + name + ", scope=" + dataScope + ", permissions=" + new TreeSet<>(permissions)
				+ (customUnitIds.isEmpty() ? "" : ", units=" + new TreeSet<>(customUnitIds));
	}
}
