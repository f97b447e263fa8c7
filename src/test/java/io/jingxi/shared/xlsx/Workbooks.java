package io.jingxi.shared.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for tests of any module's imports and exports: written from text rows, read back as text. */
public final class Workbooks {

	private Workbooks() {
	}

	/** A one-sheet workbook with a header row and the given rows (empty strings leave the cell out). */
	public static byte[] xlsx(List<String> headers, Collection<List<String>> rows) {
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("数据");
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			int r = 1;
			for (List<String> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					if (!values.get(i).isEmpty()) {
						row.createCell(i).setCellValue(values.get(i));
					}
				}
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sheet of a workbook as text, row by row, cells as Excel would show them. */
	public static List<List<String>> sheet(byte[] xlsx, int index) {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getSheetAt(index)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
