package io.jingxi.organization;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.organization.ChangeLog.Origin;
import io.jingxi.shared.DomainException;

/** The configurable list of unit types. Types are organisation-wide, not narrowed by scope. */
@Service
@Transactional
class UnitTypeService {

	private final UnitTypes types;

	private final ChangeLog changes;

	UnitTypeService(UnitTypes types, ChangeLog changes) {
		this.types = types;
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	List<UnitTypeView> list() {
		return types.findAllByOrderBySortOrderAscCodeAsc().stream().map(UnitTypeView::of).toList();
	}

	UnitTypeView create(UnitTypeView request) {
		String code = request.code().strip();
		if (types.existsById(code)) {
			throw DomainException.conflict("organization.unitType.codeTaken", code);
		}
		var type = new UnitType(code, request.nameZh().strip(), request.nameEn().strip(),
				request.sortOrder() == null ? 0 : request.sortOrder(), request.active() == null || request.active());
		types.save(type);
		Flushes.flush(types, "organization.unitType.codeTaken", code);
		changes.changed(Origin.request(), ChangeLog.UNIT_TYPE, code, "created", null, type.summary());
		return UnitTypeView.of(type);
	}
}
