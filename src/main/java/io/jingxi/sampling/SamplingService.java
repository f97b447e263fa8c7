package io.jingxi.sampling;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.sampling.SamplingViews.SamplingItemRequest;
import io.jingxi.shared.DomainException;

/** The façade: plans from the tables, items for seeding. Also parses the plan calculator's parameters. */
@Service
class SamplingService implements SamplingApi {

	static final List<String> SEVERITIES = List.of("normal", "tightened", "reduced");

	private final SamplingTables tables;

	private final ObjectProvider<ItemService> items;

	SamplingService(SamplingTables tables, ObjectProvider<ItemService> items) {
		this.tables = tables;
		this.items = items;
	}

	@Override
	public SamplingPlan plan(int lotSize, InspectionLevel level, String aql, Severity severity) {
		if (lotSize < 2 || lotSize > SamplingViews.MAX_LOT_SIZE) {
			throw DomainException.invalidField("lotSize", "sampling.lotSize.invalid", String.valueOf(lotSize),
					String.valueOf(SamplingViews.MAX_LOT_SIZE));
		}
		if (severity == Severity.DISCONTINUED) {
			throw DomainException.invalidField("severity", "sampling.severity.invalid", "discontinued",
					String.join(", ", SEVERITIES));
		}
		return tables.plan(lotSize, level, Aql.require("aql", aql), severity);
	}

	@Override
	@Transactional
	public long createItem(NewItem item) {
		return items.getObject().create(new SamplingItemRequest(item.code(), item.name(), item.unitOfMeasure(),
				item.level().label(), item.aqlCritical(), item.aqlMajor(), item.aqlMinor(), true)).id();
	}

	/** The plan calculator: every parameter checked, each refusal naming the parameter and what it allows. */
	SamplingPlan plan(@Nullable String lotSize, @Nullable String level, @Nullable String aql,
			@Nullable String severity) {
		int size = parseLotSize(lotSize);
		InspectionLevel inspectionLevel = parseLevel(level);
		Aql parsedAql = Aql.require("aql", aql);
		Severity parsedSeverity = parseSeverity(severity);
		return plan(size, inspectionLevel, parsedAql.text(), parsedSeverity);
	}

	static int parseLotSize(@Nullable String value) {
		String text = value == null ? "" : value.strip();
		try {
			int size = Integer.parseInt(text);
			if (size >= 2 && size <= SamplingViews.MAX_LOT_SIZE) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw DomainException.invalidField("lotSize", "sampling.lotSize.invalid", text,
				String.valueOf(SamplingViews.MAX_LOT_SIZE));
	}

	static InspectionLevel parseLevel(@Nullable String value) {
		String text = value == null ? "" : value.strip();
		return InspectionLevel.of(text.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> DomainException.invalidField("level", "sampling.level.invalid", text,
					String.join(", ", InspectionLevel.labels())));
	}

	static Severity parseSeverity(@Nullable String value) {
		String text = value == null ? "" : value.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		if (!SEVERITIES.contains(lower)) {
			throw DomainException.invalidField("severity", "sampling.severity.invalid", text,
					String.join(", ", SEVERITIES));
		}
		return Severity.valueOf(lower.toUpperCase(Locale.ROOT));
	}
}
