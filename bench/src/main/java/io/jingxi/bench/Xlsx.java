package io.jingxi.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the import files with the headers of Jingxi's templates (GET /api/v1/units/template and
 * /api/v1/people/template), every cell as text, streaming so that memory stays flat.
 */
final class Xlsx {

	static final List<String> UNIT_HEADERS = List.of("单位编码", "单位名称", "上级单位编码", "单位类型", "地址", "电话", "排序");

	static final List<String> PEOPLE_HEADERS = List.of("工号", "姓名", "手机", "所属单位编码", "岗位", "单位角色", "状态", "入职日期");

	private Xlsx() {
	}

	static void writeUnits(Path file, List<Org.Unit> units) throws IOException {
		write(file, "单位", UNIT_HEADERS, units.size(), i -> {
			Org.Unit u = units.get(i);
			return List.of(u.code, u.name, u.parent == null ? "" : u.parent.code, u.kind.typeCode, u.address, u.phone,
					Integer.toString(u.sortOrder));
		});
	}

	static void writePeople(Path file, List<Org.Person> people) throws IOException {
		write(file, "人员", PEOPLE_HEADERS, people.size(), i -> {
			Org.Person p = people.get(i);
			return List.of(p.employeeNo(), p.name(), p.phone(), p.unit().code, String.join("、", p.positions()),
					p.unitRole(), p.status(), p.hireDate().toString());
		});
	}

	interface Rows {

		List<String> row(int index);
	}

	private static void write(Path file, String sheetName, List<String> headers, int count, Rows rows)
			throws IOException {
		try (var workbook = new SXSSFWorkbook(500)) {
			workbook.setCompressTempFiles(true);
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			fill(sheet.createRow(0), headers);
			for (int i = 0; i < count; i++) {
				fill(sheet.createRow(i + 1), rows.row(i));
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private static void fill(Row row, List<String> values) {
		for (int c = 0; c < values.size(); c++) {
			row.createCell(c).setCellValue(values.get(c));
		}
	}
}
