package io.jingxi.shared.xlsx;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One bad cell of an import: the row number as Excel shows it, the column header and what is wrong
 * (a message key and its arguments, put into words in the reader's language).
 */
@Embeddable
public record ImportProblem(@Column(name = "row_no") int row, @Column(name = "column_name") String column,
		@Column(name = "message_code") String code, @Column(name = "message_args") String args) {

	private static final String SEPARATOR = "\u001F";

	private static final int MAX_ARG = 200;

	public static ImportProblem of(int row, String column, String code, Object... args) {
		return new ImportProblem(row, column, code, String.join(SEPARATOR,
				Arrays.stream(args).map(ImportProblem::shorten).toList()));
	}

	public List<String> argList() {
		return args.isEmpty() ? List.of() : List.of(args.split(SEPARATOR, -1));
	}

	private static String shorten(Object arg) {
		String text = String.valueOf(arg);
		return text.length() > MAX_ARG ? text.substring(0, MAX_ARG) + "…" : text;
	}
}
