package io.jingxi.shared.xlsx;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Collects the problems of one import row into the file's list, naming each cell by its header. */
public final class RowProblems {

	private final int row;

	private final List<ImportProblem> problems;

	private final List<String> headers;

	private final int before;

	public RowProblems(int row, List<ImportProblem> problems, List<String> headers) {
		this.row = row;
		this.problems = problems;
		this.headers = headers;
		this.before = problems.size();
	}

	/** Adds the problem when there is one (a null key means the cell is fine). */
	public void add(int column, @Nullable String messageKey, Object... args) {
		if (messageKey != null) {
			problems.add(ImportProblem.of(row, headers.get(column), messageKey, args));
		}
	}

	public boolean any() {
		return problems.size() > before;
	}
}
