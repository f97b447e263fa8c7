package io.jingxi.shared.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the downloadable import templates: the headers an import expects, one example row,
 * text-formatted code and phone columns (so Excel keeps leading zeros), drop-down lists where the
 * values are fixed, and a second sheet that explains how to fill it in.
 */
public final class XlsxTemplate {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Rows that get the drop-down lists and text format. */
	private static final int PREPARED_ROWS = 5000;

	private XlsxTemplate() {
	}

	/**
	 * @param textColumns columns formatted as text
	 * @param choices fixed values offered in a drop-down list, by column
	 * @param notes lines of the explanation sheet, each one or two cells
	 */
	public static byte[] build(String sheetName, List<String> headers, List<String> example, Set<Integer> textColumns,
			Map<Integer, List<String>> choices, List<List<String>> notes) {
		try (Workbook workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle header = headerStyle(workbook);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Row headerRow = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				var cell = headerRow.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, Math.max(12, headers.get(i).length() * 4 + 4) * 256);
				if (textColumns.contains(i)) {
					sheet.setDefaultColumnStyle(i, text);
				}
			}
			Row exampleRow = sheet.createRow(1);
			for (int i = 0; i < example.size(); i++) {
				var cell = exampleRow.createCell(i);
				cell.setCellValue(example.get(i));
				if (textColumns.contains(i)) {
					cell.setCellStyle(text);
				}
			}
			sheet.createFreezePane(0, 1);
			var validations = sheet.getDataValidationHelper();
			choices.forEach((column, values) -> {
				if (String.join(",", values).length() > 250) {
					return; // Excel refuses longer lists; the explanation sheet lists the values instead
				}
				var constraint = validations.createExplicitListConstraint(values.toArray(String[]::new));
				var validation = validations.createValidation(constraint,
						new CellRangeAddressList(1, PREPARED_ROWS, column, column));
				validation.setShowErrorBox(false);
				sheet.addValidationData(validation);
			});
			Sheet help = workbook.createSheet("填写说明");
			help.setColumnWidth(0, 24 * 256);
			help.setColumnWidth(1, 80 * 256);
			for (int i = 0; i < notes.size(); i++) {
				Row row = help.createRow(i);
				List<String> line = notes.get(i);
				for (int c = 0; c < line.size(); c++) {
					row.createCell(c).setCellValue(line.get(c));
				}
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not build the template", ex);
		}
	}

	public static CellStyle headerStyle(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		return style;
	}
}
