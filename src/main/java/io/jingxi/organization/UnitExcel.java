package io.jingxi.organization;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;
import io.jingxi.shared.Scoped;
import io.jingxi.shared.xlsx.XlsxExport;
import io.jingxi.shared.xlsx.XlsxTemplate;

/**
 * The units' Excel template and export. The export has the template's columns (so it can be
 * edited and imported again) plus the status, lists parents before their children, and reads the
 * units in chunks of a thousand, each in its own short transaction.
 */
@Component
class UnitExcel {

	static final List<String> EXPORT_HEADERS = concat(UnitImport.HEADERS, "状态");

	private static final int CHUNK = 1000;

	private final Units units;

	private final UnitTypes types;

	private final TransactionTemplate reading;

	private final Actors actors;

	UnitExcel(Units units, UnitTypes types, Actors actors, PlatformTransactionManager transactions) {
		this.units = units;
		this.types = types;
		this.actors = actors;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	byte[] template() {
		List<UnitType> active = types.findAllByOrderBySortOrderAscCodeAsc().stream().filter(UnitType::isActive).toList();
		List<String> typeNames = active.stream().map(UnitType::getNameZh).toList();
		List<List<String>> notes = new ArrayList<>();
		notes.add(List.of("列", "填写说明"));
		notes.add(List.of("单位编码", "必填，唯一。字母、数字、点、横线或下划线，以字母或数字开头，最多 64 个字符。编码已存在时更新该单位。"));
		notes.add(List.of("单位名称", "必填，最多 200 个字符。"));
		notes.add(List.of("上级单位编码", "选填。须为已有单位，或本文件中更靠前的行里的单位。留空表示顶级单位（需要全部数据权限）。"
				+ "已有单位填写不同的上级时，该单位连同其下级一起移动。"));
		notes.add(List.of("单位类型", "必填。填写类型名称或编码。"));
		notes.add(List.of("地址", "选填，最多 500 个字符。"));
		notes.add(List.of("电话", "选填。11 位手机号，或带区号的固定电话（如 010-62345678）。"));
		notes.add(List.of("排序", "选填，整数，数字小的排在前面。"));
		notes.add(List.of());
		notes.add(List.of("提示", "第 2 行是示例，导入前请删除或改成真实数据。请勿修改第 1 行的表头。"));
		notes.add(List.of());
		notes.add(List.of("单位类型", "类型编码"));
		active.forEach(type -> notes.add(List.of(type.getNameZh(), type.getCode())));
		return XlsxTemplate.build("单位", UnitImport.HEADERS,
				List.of("YYT001", "第一营业厅", "FGS01", typeNames.isEmpty() ? "营业厅" : typeNames.get(0), "人民路 1 号",
						"010-62345678", "10"),
				Set.of(UnitImport.CODE, UnitImport.PARENT, UnitImport.PHONE), Map.of(UnitImport.TYPE, typeNames), notes);
	}

	/** The current user's export, with their scope taken now (the body is written later, elsewhere). */
	XlsxExport.Body export(boolean includeInactive) {
		DataScope scope = actors.scope();
		return out -> export(out, scope, includeInactive);
	}

	/** Writes the units of the scope, parents first; inactive units only when asked. */
	void export(OutputStream out, DataScope scope, boolean includeInactive) throws IOException {
		Map<String, String> typeNames = types.findAll().stream()
			.collect(Collectors.toMap(UnitType::getCode, UnitType::getNameZh));
		try (var sheet = new XlsxExport("单位", EXPORT_HEADERS, 18)) {
			String after = "";
			while (true) {
				String from = after;
				List<List<@Nullable String>> rows = new ArrayList<>();
				List<String> paths = new ArrayList<>();
				reading.executeWithoutResult(status -> {
					Specification<Unit> spec = Scoped.<Unit>byUnit(scope, "id")
						.and((root, query, cb) -> cb.greaterThan(root.get("path"), from));
					if (!includeInactive) {
						spec = spec.and((root, query, cb) -> cb.isTrue(root.get("active")));
					}
					List<Unit> chunk = units.findBy(spec, q -> q.sortBy(Sort.by("path")).limit(CHUNK).all());
					Set<Long> parentIds = chunk.stream().map(Unit::getParentId).filter(id -> id != null)
						.collect(Collectors.toSet());
					Map<Long, String> parentCodes = parentIds.isEmpty() ? Map.of()
							: units.findByIdIn(parentIds).stream().collect(Collectors.toMap(Unit::id, Unit::getCode));
					for (Unit unit : chunk) {
						rows.add(Arrays.asList(unit.getCode(), unit.getName(),
								unit.getParentId() == null ? null : parentCodes.get(unit.getParentId()),
								typeNames.getOrDefault(unit.getTypeCode(), unit.getTypeCode()), unit.getAddress(),
								unit.getPhone(), String.valueOf(unit.getSortOrder()), unit.isActive() ? "启用" : "停用"));
						paths.add(unit.getPath());
					}
				});
				rows.forEach(sheet::row);
				if (rows.size() < CHUNK) {
					break;
				}
				after = paths.get(paths.size() - 1);
			}
			sheet.writeTo(out);
		}
	}

	private static List<String> concat(List<String> list, String last) {
		var result = new ArrayList<>(list);
		result.add(last);
		return List.copyOf(result);
	}
}
