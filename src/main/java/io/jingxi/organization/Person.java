package io.jingxi.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 人员: someone who works in a unit, identified by their employee number (工号), with one or more
 * positions (岗位) and a role in the unit. People are never deleted: they leave (离职).
 */
@Entity
@Table(name = "org_person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_person_seq")
	@SequenceGenerator(name = "org_person_seq", sequenceName = "org_person_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "employee_no")
	private String employeeNo;

	private String name;

	private @Nullable String phone;

	@Column(name = "unit_id")
	private Long unitId;

	@ElementCollection
	@CollectionTable(name = "org_person_position", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "position_order")
	@Column(name = "name")
	@BatchSize(size = 200)
	private List<String> positions = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_role")
	private UnitRole unitRole;

	@Enumerated(EnumType.STRING)
	private PersonStatus status;

	@Column(name = "hire_date")
	private @Nullable LocalDate hireDate;

	@Column(name = "has_photo")
	private boolean hasPhoto;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Person() {
		this.employeeNo = "";
		this.name = "";
		this.unitId = 0L;
		this.unitRole = UnitRole.MEMBER;
		this.status = PersonStatus.ACTIVE;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Person(PersonDetails details, Instant now) {
		this();
		this.createdAt = now;
		apply(details, now);
	}

	/** Takes over every detail; the caller has checked that the unit may be used. */
	void apply(PersonDetails details, Instant now) {
		this.employeeNo = details.employeeNo();
		this.name = details.name();
		this.phone = details.phone();
		this.unitId = details.unitId();
		if (!positions.equals(details.positions())) {
			this.positions.clear();
			this.positions.addAll(details.positions());
		}
		this.unitRole = details.unitRole();
		this.status = details.status();
		this.hireDate = details.hireDate();
		this.updatedAt = now;
	}

	void photoChanged(Instant now) {
		this.hasPhoto = true;
		this.updatedAt = now;
	}

	@Nullable Long getId() {
		return id;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Person not saved yet");
		}
		return id;
	}

	String getEmployeeNo() {
		return employeeNo;
	}

	String getName() {
		return name;
	}

	@Nullable String getPhone() {
		return phone;
	}

	long getUnitId() {
		return unitId;
	}

	List<String> getPositions() {
		return List.copyOf(positions);
	}

	UnitRole getUnitRole() {
		return unitRole;
	}

	PersonStatus getStatus() {
		return status;
	}

	@Nullable LocalDate getHireDate() {
		return hireDate;
	}

	boolean hasPhoto() {
		return hasPhoto;
	}

	PersonDetails details() {
		return new PersonDetails(employeeNo, name, phone, unitId, positions, unitRole, status, hireDate);
	}

	/** A short description for the audit log. */
	String summary() {
		return "employeeNo=" + employeeNo + ", name=" + name + ", phone=" + phone + ", unit=" + unitId + ", positions="
				+ String.join("、", positions) + ", role=" + unitRole + ", status=" + status + ", hireDate=" + hireDate;
	}

	PersonSummary toSummary() {
		return new PersonSummary(id(), employeeNo, name, phone, unitId, positions, unitRole, status, hireDate, hasPhoto);
	}
}
