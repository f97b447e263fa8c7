package io.jingxi.shared.xlsx;

import java.util.List;

import org.apache.poi.ss.util.CellReference;

import io.jingxi.shared.DomainException;

/**
 * The first sheet of an uploaded workbook as text: its header row and its non-empty data rows,
 * each with the row number Excel shows.
 */
public record SheetRows(List<String> headers, List<Row> rows) {

	public SheetRows {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * The first columns must carry exactly the template's headers, in order; more columns are
	 * ignored. Otherwise a 400 on the field {@code file} names the first wrong column.
	 */
	public void requireHeaders(List<String> expected) {
		for (int i = 0; i < expected.size(); i++) {
			String found = i < headers.size() ? headers.get(i) : "";
			if (!expected.get(i).equals(found)) {
				throw DomainException.invalidField("file", "xlsx.wrongHeaders", CellReference.convertNumToColString(i),
						expected.get(i), found, String.join("、", expected));
			}
		}
	}

	/** One data row: its number as Excel shows it (the header is row 1) and its cells as text. */
	public record Row(int number, List<String> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		/** The stripped text of a column, empty when the row has no such cell. */
		public String cell(int column) {
			return column < cells.size() ? cells.get(column).strip() : "";
		}
	}
}
