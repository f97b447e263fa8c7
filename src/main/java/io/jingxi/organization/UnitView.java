package io.jingxi.organization;

import org.jspecify.annotations.Nullable;

/** A unit as the API shows it. */
record UnitView(long id, @Nullable Long parentId, String code, String name, String typeCode, String path, int depth,
		boolean active, @Nullable String address, @Nullable String phone, int sortOrder) {

	static UnitView of(Unit unit) {
		return new UnitView(unit.id(), unit.getParentId(), unit.getCode(), unit.getName(), unit.getTypeCode(),
				unit.getPath(), unit.getDepth(), unit.isActive(), unit.getAddress(), unit.getPhone(), unit.getSortOrder());
	}
}
