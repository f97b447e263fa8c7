package io.jingxi.organization;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A unit in the visible tree, with its visible children. */
record UnitNode(long id, @Nullable Long parentId, String code, String name, String typeCode, boolean active,
		List<UnitNode> children) {

	static UnitNode of(Unit unit) {
		return new UnitNode(unit.id(), unit.getParentId(), unit.getCode(), unit.getName(), unit.getTypeCode(),
				unit.isActive(), new ArrayList<>());
	}
}
