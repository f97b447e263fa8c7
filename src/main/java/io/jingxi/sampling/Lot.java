package io.jingxi.sampling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 * 检验批: a lot delivered by a supplier and received at a unit, inspected by sampling. The decision is
 * taken once, when the lot is recorded: accepted only if every defect class is accepted. The lot
 * records the sampling scheme (policy id and version) and the item settings version that produced
 * its plans.
 */
@Entity
@Table(name = "smp_lot")
class Lot {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smp_lot_seq")
	@SequenceGenerator(name = "smp_lot_seq", sequenceName = "smp_lot_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "unit_id")
	private long unitId;

	@Column(name = "vendor_id")
	private long vendorId;

	@Column(name = "item_id")
	private long itemId;

	private @Nullable String reference;

	@Column(name = "lot_size")
	private int lotSize;

	@Column(name = "inspection_level")
	private InspectionLevel level;

	@Enumerated(EnumType.STRING)
	private LotDecision decision;

	@Column(name = "policy_id")
	private String policyId;

	@Column(name = "policy_version")
	private int policyVersion;

	@Column(name = "item_settings_version")
	private int itemSettingsVersion;

	private @Nullable String note;

	@Column(name = "received_by")
	private String receivedBy;

	@Column(name = "received_at")
	private Instant receivedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "smp_lot_class", joinColumns = @JoinColumn(name = "lot_id"))
	private List<LotClassResult> classes = new ArrayList<>();

	@Version
	private long version;

	protected Lot() {
		this.level = InspectionLevel.II;
		this.decision = LotDecision.ACCEPTED;
		this.policyId = "";
		this.receivedBy = "";
		this.receivedAt = Instant.EPOCH;
	}

	Lot(long unitId, long vendorId, SamplingItem item, int lotSize, @Nullable String reference,
			List<LotClassResult> classes, @Nullable String note, String receivedBy, Instant receivedAt) {
		if (classes.isEmpty()) {
			throw new IllegalArgumentException("A lot is inspected for at least one defect class");
		}
		this.unitId = unitId;
		this.vendorId = vendorId;
		this.itemId = item.id();
		this.lotSize = lotSize;
		this.reference = reference;
		this.level = item.getLevel();
		this.itemSettingsVersion = item.getSettingsVersion();
		this.policyId = SamplingTables.POLICY_ID;
		this.policyVersion = SamplingTables.POLICY_VERSION;
		this.classes = new ArrayList<>(classes);
		this.classes.sort(Comparator.comparing(LotClassResult::getDefectClass));
		this.decision = classes.stream().allMatch(LotClassResult::isAccepted) ? LotDecision.ACCEPTED
				: LotDecision.REJECTED;
		this.note = note;
		this.receivedBy = receivedBy;
		this.receivedAt = receivedAt;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Lot not saved yet");
		}
		return id;
	}

	long getUnitId() {
		return unitId;
	}

	long getVendorId() {
		return vendorId;
	}

	long getItemId() {
		return itemId;
	}

	@Nullable String getReference() {
		return reference;
	}

	int getLotSize() {
		return lotSize;
	}

	InspectionLevel getLevel() {
		return level;
	}

	LotDecision getDecision() {
		return decision;
	}

	boolean isAccepted() {
		return decision == LotDecision.ACCEPTED;
	}

	String getPolicyId() {
		return policyId;
	}

	int getPolicyVersion() {
		return policyVersion;
	}

	int getItemSettingsVersion() {
		return itemSettingsVersion;
	}

	@Nullable String getNote() {
		return note;
	}

	String getReceivedBy() {
		return receivedBy;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	List<LotClassResult> getClasses() {
		return List.copyOf(classes);
	}

	String summary() {
		StringBuilder text = new StringBuilder("unit=" + unitId + ", vendor=" + vendorId + ", item=" + itemId
				+ ", lotSize=" + lotSize + ", decision=" + decision);
		for (LotClassResult c : classes) {
			text.append(", ").append(c.getDefectClass()).append('=').append(c.getDefects()).append(" in ")
				.append(c.getSampleSize()).append(" (").append(c.getSeverity()).append(' ').append(c.getAcceptance())
				.append('/').append(c.getRejection()).append(')');
		}
		return text.toString();
	}
}
