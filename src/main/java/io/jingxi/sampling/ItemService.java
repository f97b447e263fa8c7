package io.jingxi.sampling;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.sampling.SamplingViews.SamplingItemRequest;
import io.jingxi.sampling.SamplingViews.SamplingItemView;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;

/** Items and their sampling settings: organisation-wide master data, kept by the quality manager. */
@Service
@Transactional
class ItemService {

	private final SamplingItems items;

	private final SamplingChangeLog changes;

	private final Clock clock;

	ItemService(SamplingItems items, SamplingChangeLog changes, Clock clock) {
		this.items = items;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageResult<SamplingItemView> list(@Nullable String q, boolean includeInactive, int page, int size) {
		Specification<SamplingItem> spec = (root, query, cb) -> includeInactive ? cb.conjunction()
				: cb.isTrue(root.get("active"));
		if (q != null && !q.isBlank()) {
			String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
			spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("code")), like, '\\'),
					cb.like(cb.lower(root.get("name")), like, '\\')));
		}
		return PageResult.of(items.findAll(spec, PageRequest.of(page, size, Sort.by("code"))), SamplingItemView::of);
	}

	@Transactional(readOnly = true)
	SamplingItemView get(long id) {
		return SamplingItemView.of(item(id));
	}

	SamplingItemView create(SamplingItemRequest request) {
		String code = request.code().strip();
		SamplingItem.Settings settings = settings(request);
		if (items.existsByCode(code)) {
			throw DomainException.conflict("sampling.item.codeTaken", code);
		}
		SamplingItem item = items.save(new SamplingItem(code, request.name().strip(), blankToNull(request.unitOfMeasure()),
				settings, clock.instant()));
		if (request.active() != null && !request.active()) {
			item.change(item.getName(), item.getUnitOfMeasure(), settings, false, clock.instant());
		}
		flush(code);
		changes.changed(SamplingChangeLog.ITEM, item.id(), "created", null, item.summary());
		return SamplingItemView.of(item);
	}

	SamplingItemView update(long id, SamplingItemRequest request) {
		SamplingItem item = item(id);
		if (!item.getCode().equals(request.code().strip())) {
			throw DomainException.invalidField("code", "sampling.item.codeFixed");
		}
		SamplingItem.Settings settings = settings(request);
		String before = item.summary();
		item.change(request.name().strip(), blankToNull(request.unitOfMeasure()), settings,
				request.active() == null ? item.isActive() : request.active(), clock.instant());
		flush(item.getCode());
		changes.changed(SamplingChangeLog.ITEM, item.id(), "updated", before, item.summary());
		return SamplingItemView.of(item);
	}

	SamplingItem item(long id) {
		return items.findById(id).orElseThrow(() -> DomainException.notFound("sampling.item.notFound", String.valueOf(id)));
	}

	static SamplingItem.Settings settings(SamplingItemRequest request) {
		InspectionLevel level = InspectionLevel.of(request.level())
			.orElseThrow(() -> DomainException.invalidField("level", "sampling.level.invalid", request.level().strip(),
					String.join(", ", InspectionLevel.labels())));
		return SamplingItem.Settings.of(level, request.aqlCritical(), request.aqlMajor(), request.aqlMinor());
	}

	private void flush(String code) {
		try {
			items.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw DomainException.conflict("sampling.concurrentChange");
		}
		catch (DataIntegrityViolationException ex) {
			throw DomainException.conflict("sampling.item.codeTaken", code);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
