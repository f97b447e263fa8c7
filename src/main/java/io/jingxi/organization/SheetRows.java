package io.jingxi.organization;

import java.util.List;

/**
 * The first sheet of an uploaded workbook as text: its header row and its non-empty data rows,
 * each with the row number Excel shows.
 */
record SheetRows(List<String> headers, List<Row> rows) {

	SheetRows {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** One data row: its number as Excel shows it (the header is row 1) and its cells as text. */
	record Row(int number, List<String> cells) {

		Row {
			cells = List.copyOf(cells);
		}

		/** The stripped text of a column, empty when the row has no such cell. */
		String cell(int column) {
			return column < cells.size() ? cells.get(column).strip() : "";
		}
	}
}
