package io.jingxi.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 单位类型: what kind of place a unit is (business hall, power-supply station, canteen…). Types are
 * data: an organisation adds its own; the first ones are seeded by a migration.
 */
@Entity
@Table(name = "org_unit_type")
class UnitType {

	@Id
	private String code;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active = true;

	protected UnitType() {
		this.code = "";
		this.nameZh = "";
		this.nameEn = "";
	}

	UnitType(String code, String nameZh, String nameEn, int sortOrder, boolean active) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
		this.active = active;
	}

	String getCode() {
		return code;
	}

	String getNameZh() {
		return nameZh;
	}

	String getNameEn() {
		return nameEn;
	}

	int getSortOrder() {
		return sortOrder;
	}

	boolean isActive() {
		return active;
	}

	/** Whether a user's text names this type: its code or its Chinese or English name. */
	boolean isNamedBy(String text) {
		String t = text.strip();
		return code.equalsIgnoreCase(t) || nameZh.equals(t) || nameEn.equalsIgnoreCase(t);
	}

	String summary() {
		return "code=" + code + ", nameZh=" + nameZh + ", nameEn=" + nameEn + ", active=" + active;
	}
}
