package io.jingxi.organization;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Collects the problems of one import row into the file's list, naming each cell by its header. */
final class RowProblems {

	private final int row;

	private final List<ImportProblem> problems;

	private final List<String> headers;

	private final int before;

	RowProblems(int row, List<ImportProblem> problems, List<String> headers) {
		this.row = row;
		this.problems = problems;
		this.headers = headers;
		this.before = problems.size();
	}

	/** Adds the problem when there is one (a null key means the cell is fine). */
	void add(int column, @Nullable String messageKey, Object... args) {
		if (messageKey != null) {
			problems.add(ImportProblem.of(row, headers.get(column), messageKey, args));
		}
	}

	boolean any() {
		return problems.size() > before;
	}
}
