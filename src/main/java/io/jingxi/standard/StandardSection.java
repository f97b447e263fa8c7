package io.jingxi.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 章节: a section of a version, with its optional weight and its items in order. */
@Entity
@Table(name = "std_section")
class StandardSection {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "std_section_seq")
	@SequenceGenerator(name = "std_section_seq", sequenceName = "std_section_seq", allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "version_id")
	private @Nullable StandardVersion version;

	private int position;

	private String name;

	private @Nullable BigDecimal weight;

	// The items of up to 50 sections come in one query when a version is read.
	@OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<StandardItem> items = new ArrayList<>();

	protected StandardSection() {
		this.name = "";
	}

	StandardSection(StandardVersion version, int position, SectionSpec spec) {
		this.version = version;
		this.position = position;
		this.name = spec.name();
		this.weight = spec.weight();
		int next = 1;
		for (ItemSpec item : spec.items()) {
			items.add(new StandardItem(this, next++, item));
		}
	}

	SectionSpec spec() {
		return new SectionSpec(name, weight, items.stream().map(StandardItem::spec).toList());
	}

	int itemCount() {
		return items.size();
	}

	String getName() {
		return name;
	}

	@Nullable BigDecimal getWeight() {
		return weight;
	}

	StandardSectionView toView() {
		if (id == null) {
			throw new IllegalStateException("Section not saved yet");
		}
		SectionSpec spec = spec();
		return new StandardSectionView(id, position, name, weight, spec.totalPoints(),
				items.stream().map(StandardItem::toView).toList());
	}
}
