package io.jingxi.sampling;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.sampling.SamplingViews.StreamView;
import io.jingxi.sampling.SamplingViews.SwitchView;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.Scoped;

/**
 * The switching state of the streams and the decisions people record about them: corrective action
 * after discontinuation, approval of reduced inspection, production steady or not, a return from
 * reduced to normal. Every change of severity is kept as a {@link SeveritySwitch}.
 */
@Service
@Transactional
class StreamService {

	private final InspectionStreams streams;

	private final SeveritySwitches switches;

	private final Names names;

	private final Actors actors;

	private final SamplingChangeLog changes;

	private final Clock clock;

	StreamService(InspectionStreams streams, SeveritySwitches switches, Names names, Actors actors, SamplingChangeLog changes,
			Clock clock) {
		this.streams = streams;
		this.switches = switches;
		this.names = names;
		this.actors = actors;
		this.changes = changes;
		this.clock = clock;
	}

	/** Takes a step of the switching rules; records the switch when the severity changed. */
	void apply(InspectionStream stream, SwitchingState.Step step, @Nullable Long lotId, @Nullable String note,
			String actor, Instant now) {
		int scoreBefore = stream.getSwitchingScore();
		String before = stream.summary();
		Severity from = stream.apply(step, now);
		if (step.reason() != null) {
			switches.save(new SeveritySwitch(stream, lotId, from, step.reason(), scoreBefore, note, actor, now));
			changes.changed(SamplingChangeLog.STREAM, stream.id(), "switched:" + step.reason(), before, stream.summary());
		}
	}

	@Transactional(readOnly = true)
	List<StreamView> list(@Nullable Long unitId, @Nullable Long vendorId, @Nullable Long itemId) {
		Specification<InspectionStream> spec = Scoped.byUnit(actors.scope(), "unitId");
		if (unitId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("unitId"), unitId));
		}
		if (vendorId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("vendorId"), vendorId));
		}
		if (itemId != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("itemId"), itemId));
		}
		return views(streams.findAll(spec, Sort.by("unitId", "vendorId", "itemId", "defectClass", "id")));
	}

	@Transactional(readOnly = true)
	StreamView get(long id) {
		return views(List.of(stream(id))).get(0);
	}

	@Transactional(readOnly = true)
	List<SwitchView> switches(long streamId) {
		InspectionStream stream = stream(streamId);
		return switches.findByStreamIdOrderByAtDescIdDesc(stream.id()).stream()
			.map(change -> SwitchView.of(change, stream.getDefectClass()))
			.toList();
	}

	StreamView correctiveAction(long id, String note) {
		InspectionStream stream = stream(id);
		apply(stream, stream.state().correctiveAction(), null, note.strip(), actors.current().username(), clock.instant());
		return saved(stream);
	}

	StreamView returnToNormal(long id, String note) {
		InspectionStream stream = stream(id);
		apply(stream, stream.state().returnToNormal(), null, note.strip(), actors.current().username(), clock.instant());
		return saved(stream);
	}

	StreamView setProductionSteady(long id, boolean steady, @Nullable String note) {
		InspectionStream stream = stream(id);
		return setConditions(stream, new SwitchingState.Conditions(steady, stream.isReducedApproved()), note);
	}

	StreamView setReducedApproved(long id, boolean approved, @Nullable String note) {
		InspectionStream stream = stream(id);
		return setConditions(stream, new SwitchingState.Conditions(stream.isProductionSteady(), approved), note);
	}

	private StreamView setConditions(InspectionStream stream, SwitchingState.Conditions conditions,
			@Nullable String note) {
		Instant now = clock.instant();
		String before = stream.summary();
		stream.setConditions(conditions, now);
		changes.changed(SamplingChangeLog.STREAM, stream.id(), "conditions", before, stream.summary());
		String text = note == null || note.isBlank() ? null : note.strip();
		apply(stream, stream.state().conditionsChanged(conditions), null, text, actors.current().username(), now);
		return saved(stream);
	}

	private StreamView saved(InspectionStream stream) {
		try {
			streams.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw DomainException.conflict("sampling.concurrentChange");
		}
		return views(List.of(stream)).get(0);
	}

	InspectionStream stream(long id) {
		return streams.findOne(Scoped.<InspectionStream>byUnit(actors.scope(), "unitId").and(Scoped.idEquals(id)))
			.orElseThrow(() -> DomainException.notFound("sampling.stream.notFound", String.valueOf(id)));
	}

	List<StreamView> views(Collection<InspectionStream> list) {
		Map<Long, String> units = names.units(list.stream().map(InspectionStream::getUnitId).toList());
		Map<Long, String> vendors = names.vendors(list.stream().map(InspectionStream::getVendorId).toList());
		Map<Long, SamplingItem> items = names.items(list.stream().map(InspectionStream::getItemId).toList());
		return list.stream()
			.map(s -> new StreamView(s.id(), s.getUnitId(), units.get(s.getUnitId()), s.getVendorId(),
					vendors.get(s.getVendorId()), s.getItemId(),
					items.containsKey(s.getItemId()) ? items.get(s.getItemId()).getName() : "#" + s.getItemId(),
					s.getDefectClass(), s.aql().text(), s.getSeverity(), s.getSwitchingScore(), s.getRecentNormal(),
					s.getAcceptedInARow(), s.getRejectedOnTightened(), s.isReducedApproved(), s.isProductionSteady(),
					s.getLots(), s.getUpdatedAt()))
			.toList();
	}
}
