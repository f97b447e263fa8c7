package io.jingxi.organization;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 单位: a node of the organisation tree — a company, a branch or district, a unit (business hall,
 * power-supply station, toll station…) or a team. Units are never deleted once they have history;
 * they are deactivated. {@code path} holds the ids from the root (/1/51/101/) so that a subtree
 * is a prefix match.
 */
@Entity
@Table(name = "org_unit")
class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
	@SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	private String code;

	private String name;

	@Column(name = "type_code")
	private String typeCode;

	private String path = "/";

	private int depth;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active = true;

	private @Nullable String address;

	private @Nullable String phone;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Unit() {
		this.code = "";
		this.name = "";
		this.typeCode = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Unit(String code, String name, String typeCode, @Nullable Unit parent, Instant now) {
		this.code = code;
		this.name = name;
		this.typeCode = typeCode;
		this.parentId = parent == null ? null : parent.getId();
		this.depth = parent == null ? 0 : parent.depth + 1;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Called once the id is assigned: the path ends with the unit's own id. */
	void placeUnder(@Nullable Unit parent) {
		if (id == null) {
			throw new IllegalStateException("Unit must be saved before it is placed in the tree");
		}
		if (parent != null && (parent.path.startsWith(path) && !path.equals("/"))) {
			throw DomainException.invalidField("parentId", "organization.unit.moveIntoOwnSubtree");
		}
		this.parentId = parent == null ? null : parent.getId();
		this.depth = parent == null ? 0 : parent.depth + 1;
		this.path = (parent == null ? "/" : parent.path) + id + "/";
	}

	void rename(String name, String typeCode, @Nullable String address, @Nullable String phone, int sortOrder,
			Instant now) {
		this.name = name;
		this.typeCode = typeCode;
		this.address = address;
		this.phone = phone;
		this.sortOrder = sortOrder;
		this.updatedAt = now;
	}

	/**
	 * Moves this unit, and with it its whole subtree, below another unit (or to the top when the new
	 * parent is null): the paths and depths of every descendant are rewritten.
	 *
	 * @param subtree this unit's descendants (this unit itself may be among them)
	 */
	void moveUnder(@Nullable Unit newParent, Collection<Unit> subtree, Instant now) {
		if (newParent != null && newParent.path.startsWith(path)) {
			throw DomainException.invalidField("parentId", "organization.unit.moveIntoOwnSubtree");
		}
		if (Objects.equals(parentId, newParent == null ? null : newParent.getId())) {
			return;
		}
		if (newParent != null && !newParent.active) {
			throw DomainException.conflict("organization.unit.parentInactive", newParent.code);
		}
		String oldPath = path;
		int oldDepth = depth;
		this.parentId = newParent == null ? null : newParent.getId();
		this.depth = newParent == null ? 0 : newParent.depth + 1;
		this.path = (newParent == null ? "/" : newParent.path) + id() + "/";
		this.updatedAt = now;
		for (Unit descendant : subtree) {
			if (descendant == this) {
				continue;
			}
			if (!descendant.path.startsWith(oldPath)) {
				throw new IllegalArgumentException("Unit " + descendant.code + " is not below " + code);
			}
			descendant.rebase(oldPath, path, depth - oldDepth);
			descendant.updatedAt = now;
		}
	}

	/**
	 * Deactivates the unit. A unit that still has active sub-units or people in service keeps
	 * working and cannot be switched off: they must be moved or deactivated first.
	 */
	void deactivate(long activeSubUnits, long peopleInService, Instant now) {
		if (activeSubUnits > 0) {
			throw DomainException.conflict("organization.unit.hasActiveSubUnits", code, activeSubUnits);
		}
		if (peopleInService > 0) {
			throw DomainException.conflict("organization.unit.hasActivePeople", code, peopleInService);
		}
		this.active = false;
		this.updatedAt = now;
	}

	/** Activates the unit again; its parent must be active (an active unit never hangs below an inactive one). */
	void activate(@Nullable Unit parent, Instant now) {
		if (parent != null && !parent.active) {
			throw DomainException.conflict("organization.unit.parentInactive", parent.code);
		}
		this.active = true;
		this.updatedAt = now;
	}

	/** Rewrites the path prefix after an ancestor moved. */
	void rebase(String oldPrefix, String newPrefix, int depthDelta) {
		this.path = newPrefix + path.substring(oldPrefix.length());
		this.depth += depthDelta;
	}

	@Nullable Long getId() {
		return id;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Unit not saved yet");
		}
		return id;
	}

	@Nullable Long getParentId() {
		return parentId;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	String getTypeCode() {
		return typeCode;
	}

	String getPath() {
		return path;
	}

	int getDepth() {
		return depth;
	}

	int getSortOrder() {
		return sortOrder;
	}

	boolean isActive() {
		return active;
	}

	@Nullable String getAddress() {
		return address;
	}

	@Nullable String getPhone() {
		return phone;
	}

	/** A short description for the audit log. */
	String summary() {
		return "code=" + code + ", name=" + name + ", type=" + typeCode + ", parent=" + parentId + ", active=" + active
				+ ", address=" + address + ", phone=" + phone + ", sortOrder=" + sortOrder;
	}

	UnitSummary toSummary() {
		return new UnitSummary(id(), parentId, code, name, typeCode, path, depth, active);
	}
}
