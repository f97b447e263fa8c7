package io.jingxi.sampling;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.sampling.SamplingViews.PairCounts;
import io.jingxi.sampling.SamplingViews.StreamView;
import io.jingxi.sampling.SamplingViews.SupplierItemRow;
import io.jingxi.sampling.SamplingViews.SupplierItemSummary;
import io.jingxi.sampling.SamplingViews.TrendPoint;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;

/**
 * Per supplier and item: lots, acceptance rate, current severity and the monthly trend, always within
 * the reader's data scope (only lots and streams of visible units count).
 */
@Service
@Transactional(readOnly = true)
class ReportService {

	/** Months are those of China Standard Time, where the organisations work. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int TREND_MONTHS = 12;

	/** A placeholder id that no unit has, so that an empty unit list still makes valid SQL. */
	private static final List<Long> NO_UNIT = List.of(-1L);

	private final Lots lots;

	private final StreamService streams;

	private final Names names;

	private final Actors actors;

	private final Clock clock;

	ReportService(Lots lots, StreamService streams, Names names, Actors actors, Clock clock) {
		this.lots = lots;
		this.streams = streams;
		this.names = names;
		this.actors = actors;
		this.clock = clock;
	}

	PageResult<SupplierItemRow> overview(int page, int size) {
		DataScope scope = actors.scope();
		var counts = lots.countByVendorAndItem(scope.all(), units(scope), PageRequest.of(page, size));
		List<PairCounts> rows = counts.getContent();
		Map<Long, String> vendors = names.vendors(rows.stream().map(PairCounts::vendorId).toList());
		Map<Long, SamplingItem> items = names.items(rows.stream().map(PairCounts::itemId).toList());
		return PageResult.of(counts, row -> {
			Optional<SamplingItem> item = Optional.ofNullable(items.get(row.itemId()));
			Severity severity = strictest(streams.list(null, row.vendorId(), row.itemId()));
			return new SupplierItemRow(row.vendorId(), vendors.get(row.vendorId()), row.itemId(),
					item.map(SamplingItem::getCode).orElse(""), item.map(SamplingItem::getName).orElse("#" + row.itemId()),
					row.lots(), row.accepted(), SamplingViews.rate(row.accepted(), row.lots()), severity,
					row.lastReceivedAt());
		});
	}

	SupplierItemSummary summary(long vendorId, long itemId, @Nullable Long unitId) {
		DataScope scope = actors.scope();
		if (unitId != null && !scope.coversUnit(unitId)) {
			throw DomainException.notFound("sampling.unit.notFound", String.valueOf(unitId));
		}
		boolean all = scope.all() && unitId == null;
		Collection<Long> unitIds = unitId != null ? List.of(unitId) : units(scope);
		YearMonth thisMonth = YearMonth.now(clock.withZone(ZONE));
		YearMonth first = thisMonth.minusMonths(TREND_MONTHS - 1L);
		Instant since = first.atDay(1).atStartOfDay(ZONE).toInstant();
		Map<YearMonth, long[]> months = new LinkedHashMap<>();
		for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
			months.put(month, new long[2]);
		}
		for (Object[] row : lots.receivedSince(vendorId, itemId, since, all, unitIds)) {
			YearMonth month = YearMonth.from(((Instant) row[0]).atZone(ZONE));
			long[] counts = months.get(month);
			if (counts != null) {
				counts[0]++;
				if (row[1] == LotDecision.ACCEPTED) {
					counts[1]++;
				}
			}
		}
		List<TrendPoint> trend = new ArrayList<>();
		months.forEach((month, counts) -> trend.add(new TrendPoint(month.toString(), counts[0], counts[1],
				SamplingViews.rate(counts[1], counts[0]))));
		long total = lots.count(new LotService.LotFilter(unitId, vendorId, itemId, null).specification(scope));
		long accepted = lots.count(new LotService.LotFilter(unitId, vendorId, itemId, LotDecision.ACCEPTED)
			.specification(scope));
		List<StreamView> streamViews = streams.list(unitId, vendorId, itemId);
		Map<Long, SamplingItem> items = names.items(List.of(itemId));
		SamplingItem item = items.get(itemId);
		if (item == null) {
			throw DomainException.notFound("sampling.item.notFound", String.valueOf(itemId));
		}
		String vendorName = names.vendors(List.of(vendorId)).get(vendorId);
		return new SupplierItemSummary(vendorId, vendorName, itemId, item.getCode(), item.getName(), total, accepted,
				SamplingViews.rate(accepted, total), streamViews, trend);
	}

	/** The strictest current severity among streams: discontinued, tightened, normal, reduced. */
	static @Nullable Severity strictest(List<StreamView> streams) {
		List<Severity> order = List.of(Severity.DISCONTINUED, Severity.TIGHTENED, Severity.NORMAL, Severity.REDUCED);
		return streams.stream()
			.map(StreamView::severity)
			.min(Comparator.comparingInt(order::indexOf))
			.orElse(null);
	}

	private static Collection<Long> units(DataScope scope) {
		Set<Long> ids = scope.unitIds();
		return ids.isEmpty() ? NO_UNIT : ids;
	}
}
