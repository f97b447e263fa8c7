package io.jingxi.sampling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.organization.VendorSummary;
import io.jingxi.sampling.SamplingViews.ClassPlanView;
import io.jingxi.sampling.SamplingViews.DefectCount;
import io.jingxi.sampling.SamplingViews.LotClassView;
import io.jingxi.sampling.SamplingViews.LotListItem;
import io.jingxi.sampling.SamplingViews.LotPhotoView;
import io.jingxi.sampling.SamplingViews.LotPreview;
import io.jingxi.sampling.SamplingViews.LotView;
import io.jingxi.sampling.SamplingViews.ReceiveLotRequest;
import io.jingxi.sampling.SamplingViews.SwitchView;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.Scoped;

/**
 * Receiving lots: the plan each defect class gets from its stream's severity, the decision, the
 * switching that follows, photos of defects. Lots belong to the receiving unit: every read and write
 * narrows by the actor's data scope, and lots of other units answer 404.
 */
@Service
@Transactional
class LotService {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));

	private final Lots lots;

	private final LotPhotos photos;

	private final InspectionStreams streams;

	private final SeveritySwitches switches;

	private final ItemService items;

	private final SamplingTables tables;

	private final OrganizationApi organization;

	private final StreamService streamService;

	private final Names names;

	private final Actors actors;

	private final SamplingChangeLog changes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LotService(Lots lots, LotPhotos photos, InspectionStreams streams, SeveritySwitches switches, ItemService items,
			SamplingTables tables, OrganizationApi organization, StreamService streamService, Names names,
			Actors actors, SamplingChangeLog changes, ApplicationEventPublisher events, Clock clock) {
		this.lots = lots;
		this.photos = photos;
		this.streams = streams;
		this.switches = switches;
		this.items = items;
		this.tables = tables;
		this.organization = organization;
		this.streamService = streamService;
		this.names = names;
		this.actors = actors;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	/** The plans a lot would get now, with each class's current severity; changes nothing. */
	@Transactional(readOnly = true)
	LotPreview preview(long unitId, long vendorId, long itemId, int lotSize) {
		requireLotSize(lotSize);
		requireUnit(unitId);
		requireVendor(vendorId);
		SamplingItem item = requireActiveItem(itemId);
		List<ClassPlanView> classes = new ArrayList<>();
		item.settings().aqls().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			Optional<InspectionStream> stream = streams.findByUnitIdAndVendorIdAndItemIdAndDefectClassAndAql(unitId,
					vendorId, itemId, entry.getKey(), entry.getValue().text());
			Severity severity = stream.map(InspectionStream::getSeverity).orElse(Severity.NORMAL);
			SamplingPlan plan = severity == Severity.DISCONTINUED ? null
					: tables.plan(lotSize, item.getLevel(), entry.getValue(), severity);
			classes.add(new ClassPlanView(entry.getKey(), entry.getValue().text(), severity, plan,
					stream.map(InspectionStream::getSwitchingScore).orElse(0), stream.map(InspectionStream::id).orElse(null)));
		});
		return new LotPreview(unitId, vendorId, itemId, lotSize, item.getLevel().label(), item.getSettingsVersion(),
				classes);
	}

	LotView receive(ReceiveLotRequest request) {
		int lotSize = requireLotSize(request.lotSize());
		long unitId = request.unitId();
		requireUnit(unitId);
		requireVendor(request.vendorId());
		SamplingItem item = requireActiveItem(request.itemId());
		Map<DefectClass, Aql> aqls = item.settings().aqls();
		Map<DefectClass, Integer> counts = counts(request.defects(), aqls);
		Instant now = clock.instant();
		String actor = actors.current().username();

		Map<DefectClass, InspectionStream> streamOf = new EnumMap<>(DefectClass.class);
		List<LotClassResult> results = new ArrayList<>();
		for (DefectClass defectClass : aqls.keySet().stream().sorted().toList()) {
			Aql aql = aqls.get(defectClass);
			InspectionStream stream = streams
				.findByUnitIdAndVendorIdAndItemIdAndDefectClassAndAql(unitId, request.vendorId(), item.id(), defectClass,
						aql.text())
				.orElseGet(() -> streams.save(new InspectionStream(unitId, request.vendorId(), item.id(), defectClass,
						aql, now)));
			if (stream.getSeverity() == Severity.DISCONTINUED) {
				throw DomainException.conflict("sampling.lot.discontinued", Labels.of(defectClass));
			}
			SamplingPlan plan = tables.plan(lotSize, item.getLevel(), aql, stream.getSeverity());
			int defects = counts.get(defectClass);
			if (defects > plan.sampleSize()) {
				throw DomainException.invalidField("defects", "sampling.defects.tooMany", Labels.of(defectClass),
						String.valueOf(defects), String.valueOf(plan.sampleSize()));
			}
			streamOf.put(defectClass, stream);
			results.add(new LotClassResult(defectClass, stream.id(), aql, stream.getSeverity(), plan, defects));
		}
		Lot lot = lots.save(new Lot(unitId, request.vendorId(), item, lotSize, blankToNull(request.reference()), results,
				blankToNull(request.note()), actor, now));
		flush();

		for (LotClassResult result : lot.getClasses()) {
			InspectionStream stream = streamOf.get(result.getDefectClass());
			var lotResult = new SwitchingState.LotResult(result.isAccepted(), result.getAcceptance(),
					acceptedOneStepTighter(result));
			SwitchingState.Step step = stream.state().afterLot(lotResult, stream.conditions());
			stream.countLot();
			streamService.apply(stream, step, lot.id(), null, actor, now);
		}
		flush();
		changes.changed(SamplingChangeLog.LOT, lot.id(), "received", null, lot.summary());
		List<LotClassOutcome> outcomes = lot.getClasses().stream().map(LotClassResult::toOutcome).toList();
		if (lot.isAccepted()) {
			events.publishEvent(new LotAccepted(lot.id(), unitId, lot.getVendorId(), lot.getItemId(), lotSize, now,
					lot.getPolicyId(), lot.getPolicyVersion(), outcomes));
		}
		else {
			events.publishEvent(new LotRejected(lot.id(), unitId, lot.getVendorId(), lot.getItemId(), lotSize, now,
					lot.getPolicyId(), lot.getPolicyVersion(), outcomes));
		}
		return view(lot);
	}

	/**
	 * For the switching score (9.3.3.2): on normal inspection, whether the lot would have been accepted
	 * with the AQL one step tighter, by the normal plan of the same code letter at that AQL.
	 */
	private boolean acceptedOneStepTighter(LotClassResult result) {
		if (result.getSeverity() != Severity.NORMAL || !result.isAccepted()) {
			return false;
		}
		Optional<Aql> tighter = new Aql(result.getAql()).tighter();
		if (tighter.isEmpty()) {
			return false;
		}
		SamplingTables.TablePlan plan = tables.master(Severity.NORMAL).resolve(result.getCodeLetter(), tighter.get());
		return result.getDefects() <= plan.acceptance();
	}

	private static Map<DefectClass, Integer> counts(List<DefectCount> defects, Map<DefectClass, Aql> aqls) {
		Map<DefectClass, Integer> counts = new EnumMap<>(DefectClass.class);
		for (DefectCount count : defects) {
			if (!aqls.containsKey(count.defectClass())) {
				throw DomainException.invalidField("defects", "sampling.defects.notInspected", Labels.of(count.defectClass()));
			}
			if (counts.put(count.defectClass(), count.defects()) != null) {
				throw DomainException.invalidField("defects", "sampling.defects.duplicate", Labels.of(count.defectClass()));
			}
		}
		for (DefectClass defectClass : aqls.keySet()) {
			if (!counts.containsKey(defectClass)) {
				throw DomainException.invalidField("defects", "sampling.defects.missing", Labels.of(defectClass));
			}
		}
		return counts;
	}

	@Transactional(readOnly = true)
	LotView get(long id) {
		return view(lot(id));
	}

	@Transactional(readOnly = true)
	PageResult<LotListItem> list(LotFilter filter, int page, int size) {
		var result = lots.findAll(filter.specification(actors.scope()), PageRequest.of(page, size, NEWEST_FIRST));
		List<Lot> content = result.getContent();
		Map<Long, String> units = names.units(content.stream().map(Lot::getUnitId).toList());
		Map<Long, String> vendors = names.vendors(content.stream().map(Lot::getVendorId).toList());
		Map<Long, SamplingItem> itemsById = names.items(content.stream().map(Lot::getItemId).toList());
		return PageResult.of(result, lot -> new LotListItem(lot.id(), lot.getReference(), lot.getUnitId(),
				units.get(lot.getUnitId()), lot.getVendorId(), vendors.get(lot.getVendorId()), lot.getItemId(),
				Optional.ofNullable(itemsById.get(lot.getItemId())).map(SamplingItem::getName).orElse("#" + lot.getItemId()),
				lot.getLotSize(), lot.getDecision(), lot.getReceivedBy(), lot.getReceivedAt(),
				lot.getClasses().stream().map(LotClassView::of).toList()));
	}

	LotPhotoView addPhoto(long lotId, @Nullable DefectClass defectClass, byte[] upload) {
		Lot lot = lot(lotId);
		if (photos.countByLotId(lot.id()) >= DefectPhotos.MAX_PER_LOT) {
			throw DomainException.conflict("sampling.photo.limit", String.valueOf(DefectPhotos.MAX_PER_LOT));
		}
		if (defectClass != null && lot.getClasses().stream().noneMatch(c -> c.getDefectClass() == defectClass)) {
			throw DomainException.invalidField("defectClass", "sampling.defects.notInspected", Labels.of(defectClass));
		}
		DefectPhotos.Encoded encoded = DefectPhotos.encode(upload);
		LotPhoto photo = photos.save(new LotPhoto(lot.id(), defectClass, encoded, actors.current().username(),
				clock.instant()));
		changes.changed(SamplingChangeLog.PHOTO, photo.id(), "added", null,
				"lot=" + lot.id() + ", class=" + defectClass + ", " + encoded);
		return LotPhotoView.of(photo);
	}

	@Transactional(readOnly = true)
	LotPhoto photo(long lotId, long photoId) {
		Lot lot = lot(lotId);
		return photos.findByIdAndLotId(photoId, lot.id())
			.orElseThrow(() -> DomainException.notFound("sampling.photo.notFound", String.valueOf(photoId)));
	}

	Lot lot(long id) {
		return lots.findOne(Scoped.<Lot>byUnit(actors.scope(), "unitId").and(Scoped.idEquals(id)))
			.orElseThrow(() -> DomainException.notFound("sampling.lot.notFound", String.valueOf(id)));
	}

	private LotView view(Lot lot) {
		String unitName = names.units(List.of(lot.getUnitId())).get(lot.getUnitId());
		String vendorName = names.vendors(List.of(lot.getVendorId())).get(lot.getVendorId());
		SamplingItem item = items.item(lot.getItemId());
		Map<Long, DefectClass> classOfStream = new HashMap<>();
		lot.getClasses().forEach(c -> classOfStream.put(c.getStreamId(), c.getDefectClass()));
		List<SwitchView> lotSwitches = switches.findByLotIdOrderByIdAsc(lot.id()).stream()
			.map(change -> SwitchView.of(change, classOfStream.get(change.getStreamId())))
			.toList();
		Set<Long> streamIds = classOfStream.keySet();
		var streamsNow = streamService.views(streams.findAllById(streamIds));
		return new LotView(lot.id(), lot.getReference(), organisationName(lot.getUnitId()), lot.getUnitId(), unitName,
				lot.getVendorId(), vendorName, item.id(), item.getCode(), item.getName(), item.getUnitOfMeasure(),
				lot.getLotSize(), lot.getLevel().label(), lot.getDecision(), lot.getPolicyId(), lot.getPolicyVersion(),
				lot.getItemSettingsVersion(), lot.getNote(), lot.getReceivedBy(), lot.getReceivedAt(),
				lot.getClasses().stream().map(LotClassView::of).toList(),
				photos.findByLotIdOrderByIdAsc(lot.id()).stream().map(LotPhotoView::of).toList(), lotSwitches,
				streamsNow);
	}

	/** The organisation a unit belongs to: the top of its branch of the tree. */
	private @Nullable String organisationName(long unitId) {
		List<Long> ancestors = organization.ancestorIds(unitId);
		long root = ancestors.isEmpty() ? unitId : ancestors.get(ancestors.size() - 1);
		return organization.unit(root).map(UnitSummary::name).orElse(null);
	}

	private void requireUnit(long unitId) {
		DataScope scope = actors.scope();
		if (!scope.coversUnit(unitId) || organization.unit(unitId).isEmpty()) {
			throw DomainException.notFound("sampling.unit.notFound", String.valueOf(unitId));
		}
	}

	private VendorSummary requireVendor(long vendorId) {
		VendorSummary vendor = organization.vendor(vendorId)
			.orElseThrow(() -> DomainException.notFound("sampling.vendor.notFound", String.valueOf(vendorId)));
		if (!vendor.active()) {
			throw DomainException.conflict("sampling.vendor.inactive", vendor.name());
		}
		return vendor;
	}

	private SamplingItem requireActiveItem(long itemId) {
		SamplingItem item = items.item(itemId);
		if (!item.isActive()) {
			throw DomainException.conflict("sampling.item.inactive", item.getName());
		}
		return item;
	}

	private static int requireLotSize(@Nullable Integer lotSize) {
		if (lotSize == null || lotSize < 2 || lotSize > SamplingViews.MAX_LOT_SIZE) {
			throw DomainException.invalidField("lotSize", "sampling.lotSize.invalid", String.valueOf(lotSize),
					String.valueOf(SamplingViews.MAX_LOT_SIZE));
		}
		return lotSize;
	}

	private void flush() {
		try {
			lots.flush();
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw DomainException.conflict("sampling.concurrentChange");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The lot list's filters; the data scope is always added. */
	record LotFilter(@Nullable Long unitId, @Nullable Long vendorId, @Nullable Long itemId,
			@Nullable LotDecision decision) {

		Specification<Lot> specification(DataScope scope) {
			Specification<Lot> spec = Scoped.byUnit(scope, "unitId");
			if (unitId != null) {
				spec = spec.and((root, query, cb) -> cb.equal(root.get("unitId"), unitId));
			}
			if (vendorId != null) {
				spec = spec.and((root, query, cb) -> cb.equal(root.get("vendorId"), vendorId));
			}
			if (itemId != null) {
				spec = spec.and((root, query, cb) -> cb.equal(root.get("itemId"), itemId));
			}
			if (decision != null) {
				spec = spec.and((root, query, cb) -> cb.equal(root.get("decision"), decision));
			}
			return spec;
		}
	}
}
