package io.jingxi.sampling;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
 * 验收物料: an item received by sampling (pork, cabbage, gloves) with its sampling settings, a small
 * policy the organisation writes: the inspection level and one AQL per defect class. Every change of
 * the settings raises {@code settingsVersion}, which each lot records.
 */
@Entity
@Table(name = "smp_item")
class SamplingItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "smp_item_seq")
	@SequenceGenerator(name = "smp_item_seq", sequenceName = "smp_item_seq", allocationSize = 50)
	private @Nullable Long id;

	private String code;

	private String name;

	@Column(name = "unit_of_measure")
	private @Nullable String unitOfMeasure;

	@Column(name = "inspection_level")
	private InspectionLevel level;

	@Column(name = "aql_critical")
	private @Nullable String aqlCritical;

	@Column(name = "aql_major")
	private @Nullable String aqlMajor;

	@Column(name = "aql_minor")
	private @Nullable String aqlMinor;

	@Column(name = "settings_version")
	private int settingsVersion = 1;

	private boolean active = true;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected SamplingItem() {
		this.code = "";
		this.name = "";
		this.level = InspectionLevel.II;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	SamplingItem(String code, String name, @Nullable String unitOfMeasure, Settings settings, Instant now) {
		this.code = code;
		this.name = name;
		this.unitOfMeasure = unitOfMeasure;
		this.level = settings.level();
		apply(settings);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The settings as a value: a level and at least one defect class with an AQL. */
	record Settings(InspectionLevel level, Map<DefectClass, Aql> aqls) {

		Settings {
			if (aqls.isEmpty()) {
				throw DomainException.invalidField("aqlMajor", "sampling.item.noClass");
			}
			aqls = Map.copyOf(aqls);
		}

		static Settings of(InspectionLevel level, @Nullable String critical, @Nullable String major,
				@Nullable String minor) {
			Map<DefectClass, Aql> aqls = new EnumMap<>(DefectClass.class);
			put(aqls, DefectClass.CRITICAL, "aqlCritical", critical);
			put(aqls, DefectClass.MAJOR, "aqlMajor", major);
			put(aqls, DefectClass.MINOR, "aqlMinor", minor);
			return new Settings(level, aqls);
		}

		private static void put(Map<DefectClass, Aql> aqls, DefectClass defectClass, String field,
				@Nullable String value) {
			if (value != null && !value.isBlank()) {
				aqls.put(defectClass, Aql.require(field, value));
			}
		}
	}

	void change(String name, @Nullable String unitOfMeasure, Settings settings, boolean active, Instant now) {
		boolean settingsChanged = !settings.equals(settings());
		this.name = name;
		this.unitOfMeasure = unitOfMeasure;
		if (settingsChanged) {
			apply(settings);
			settingsVersion++;
		}
		this.active = active;
		this.updatedAt = now;
	}

	private void apply(Settings settings) {
		this.level = settings.level();
		this.aqlCritical = text(settings.aqls().get(DefectClass.CRITICAL));
		this.aqlMajor = text(settings.aqls().get(DefectClass.MAJOR));
		this.aqlMinor = text(settings.aqls().get(DefectClass.MINOR));
	}

	private static @Nullable String text(@Nullable Aql aql) {
		return aql == null ? null : aql.text();
	}

	Settings settings() {
		return Settings.of(level, aqlCritical, aqlMajor, aqlMinor);
	}

	Optional<Aql> aql(DefectClass defectClass) {
		return Optional.ofNullable(settings().aqls().get(defectClass));
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Item not saved yet");
		}
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	@Nullable String getUnitOfMeasure() {
		return unitOfMeasure;
	}

	InspectionLevel getLevel() {
		return level;
	}

	@Nullable String getAqlCritical() {
		return aqlCritical;
	}

	@Nullable String getAqlMajor() {
		return aqlMajor;
	}

	@Nullable String getAqlMinor() {
		return aqlMinor;
	}

	int getSettingsVersion() {
		return settingsVersion;
	}

	boolean isActive() {
		return active;
	}

	String summary() {
		return "code=" + code + ", name=" + name + ", level=" + level.label() + ", aql critical/major/minor="
				+ aqlCritical + "/" + aqlMajor + "/" + aqlMinor + ", settingsVersion=" + settingsVersion + ", active="
				+ active;
	}
}
