package io.jingxi.organization;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** An import job as the API shows it, its problems put into words in the reader's language. */
record ImportJobView(long id, ImportKind kind, ImportMode mode, ImportStatus status, int total, int processed,
		int created, int updated, List<Problem> errors) {

	/** One bad cell: the row number as Excel shows it, the column header, what is wrong. */
	record Problem(int row, String column, String message) {
	}

	static ImportJobView of(ImportJob job, MessageSource messages, Locale locale) {
		return new ImportJobView(job.id(), job.getKind(), job.getMode(), job.getStatus(), job.getTotal(),
				job.getProcessed(), job.getCreated(), job.getUpdated(),
				job.getErrors().stream()
					.map(e -> new Problem(e.row(), e.column(),
							messages.getMessage(e.code(), e.argList().toArray(), e.code(), locale)))
					.toList());
	}
}
