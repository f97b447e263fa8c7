package io.jingxi.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 外包合同: a vendor's contract, what it covers (scope, free text), when it runs and which units it
 * serves. A contract serves at least one unit.
 */
@Entity
@Table(name = "org_vendor_contract")
class VendorContract {

	static final int MAX_SCOPE = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_vendor_contract_seq")
	@SequenceGenerator(name = "org_vendor_contract_seq", sequenceName = "org_vendor_contract_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "vendor_id")
	private Long vendorId;

	private String number;

	private String scope;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@ElementCollection
	@CollectionTable(name = "org_vendor_contract_unit", joinColumns = @JoinColumn(name = "contract_id"))
	@Column(name = "unit_id")
	@BatchSize(size = 100)
	private Set<Long> unitIds = new HashSet<>();

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected VendorContract() {
		this.vendorId = 0L;
		this.number = "";
		this.scope = "";
		this.startDate = LocalDate.EPOCH;
		this.endDate = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	VendorContract(long vendorId, String number, String scope, ContractPeriod period, Collection<Long> unitIds,
			Instant now) {
		this();
		this.vendorId = vendorId;
		this.createdAt = now;
		change(number, scope, period, unitIds, now);
	}

	void change(String number, String scope, ContractPeriod period, Collection<Long> unitIds, Instant now) {
		if (unitIds.isEmpty()) {
			throw DomainException.invalidField("unitIds", "organization.contract.unitsRequired");
		}
		this.number = number;
		this.scope = scope;
		this.startDate = period.start();
		this.endDate = period.end();
		if (!this.unitIds.equals(Set.copyOf(unitIds))) {
			this.unitIds.clear();
			this.unitIds.addAll(unitIds);
		}
		this.updatedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Contract not saved yet");
		}
		return id;
	}

	long getVendorId() {
		return vendorId;
	}

	String getNumber() {
		return number;
	}

	String getScope() {
		return scope;
	}

	LocalDate getStartDate() {
		return startDate;
	}

	LocalDate getEndDate() {
		return endDate;
	}

	Set<Long> getUnitIds() {
		return Set.copyOf(unitIds);
	}

	String summary() {
		return "vendor=" + vendorId + ", number=" + number + ", period=" + startDate + ".." + endDate + ", units="
				+ new TreeSet<>(unitIds);
	}
}
