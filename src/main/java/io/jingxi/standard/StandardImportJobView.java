package io.jingxi.standard;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An import of a checklist as the API shows it: progress, the draft it made ({@code versionNumber},
 * {@code items}) and every bad cell put into words in the reader's language.
 */
record StandardImportJobView(long id, long standardId, ImportMode mode, ImportStatus status, int total,
		int processed, int items, @Nullable Integer versionNumber, List<RowError> errors) {

	/** One bad cell: the row number as Excel shows it (0: the file as a whole), the column header, what is wrong. */
	record RowError(int row, String column, String message) {
	}

	static StandardImportJobView of(StandardImportJob job, MessageSource messages, Locale locale) {
		return new StandardImportJobView(job.id(), job.getStandardId(), job.getMode(), job.getStatus(), job.getTotal(),
				job.getProcessed(), job.getItems(), job.getVersionNumber(),
				job.getErrors().stream()
					.map(e -> new RowError(e.row(), e.column(),
							messages.getMessage(e.code(), e.argList().toArray(), e.code(), locale)))
					.toList());
	}
}
