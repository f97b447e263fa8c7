package io.jingxi.shared.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a one-sheet workbook row by row with POI's streaming workbook: only a window of rows
 * stays in memory (the rest goes to a compressed temporary file), so exports of any length run in
 * constant memory. Cells are written as text, never as formulas.
 */
public final class XlsxExport implements AutoCloseable {

	/** An export ready to be written to a response, its reader's scope already taken. */
	@FunctionalInterface
	public interface Body {

		public void writeTo(OutputStream out) throws IOException;
	}

	private static final int WINDOW = 200;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final Sheet sheet;

	private int next;

	public XlsxExport(String sheetName, List<String> headers, int columnWidth) {
		workbook.setCompressTempFiles(true);
		sheet = workbook.createSheet(sheetName);
		var style = XlsxTemplate.headerStyle(workbook);
		Row row = sheet.createRow(next++);
		for (int i = 0; i < headers.size(); i++) {
			var cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(style);
			sheet.setColumnWidth(i, columnWidth * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	public void row(List<@Nullable String> values) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (value != null) {
				row.createCell(i).setCellValue(value);
			}
		}
	}

	public void writeTo(OutputStream out) throws IOException {
		workbook.write(out);
		out.flush();
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.close();
		}
		finally {
			workbook.dispose();
		}
	}
}
