package io.jingxi.standard;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.RequestMetadata;
import io.jingxi.shared.xlsx.ImportProblem;
import io.jingxi.shared.xlsx.SheetRows;
import io.jingxi.shared.xlsx.XlsxReader;
import io.jingxi.standard.StandardChangeLog.Origin;

/**
 * Imports a checklist from Excel into a standard as a new draft, the way people are imported: the
 * upload is read and its headers checked while the request waits (a wrong file is a 400 at once);
 * the rows are then checked, and for a commit the draft made in one transaction, by a background
 * job that reports its progress in short transactions of its own.
 */
@Service
class StandardImportService implements DisposableBean {

	static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(StandardImportService.class);

	private final StandardImportJobs jobs;

	private final StandardService standards;

	private final Actors actors;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final TransactionTemplate reporting;

	/** One import at a time, four waiting: checklists are small; more are refused rather than queued. */
	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(4), task -> {
				Thread thread = new Thread(task, "standard-import");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.AbortPolicy());

	StandardImportService(StandardImportJobs jobs, StandardService standards, @Lazy Actors actors,
			MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.standards = standards;
		this.actors = actors;
		this.messages = messages;
		this.clock = clock;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.reporting = new TransactionTemplate(transactions);
		this.reporting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor.allowCoreThreadTimeOut(true);
	}

	StandardImportJobView submit(long standardId, ImportMode mode, @Nullable MultipartFile file, Locale locale) {
		Standard standard = reading.execute(status -> standards.find(standardId));
		if (standard == null) {
			throw new IllegalStateException("no standard");
		}
		if (standard.getDraftVersionNumber() != null) {
			throw DomainException.conflict("standard.import.draftExists", standard.getCode(),
					standard.getDraftVersionNumber());
		}
		if (file == null || file.isEmpty()) {
			throw DomainException.invalidField("file", "standard.import.noFile");
		}
		if (file.getSize() > MAX_FILE_BYTES) {
			throw DomainException.invalidField("file", "standard.import.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
		}
		SheetRows sheet = XlsxReader.read(bytes(file), DraftContent.MAX_ITEMS);
		sheet.requireHeaders(StandardExcel.HEADERS);
		if (sheet.rows().isEmpty()) {
			throw DomainException.invalidField("file", "standard.import.noRows");
		}
		Actor actor = actors.current();
		StandardImportJobView submitted = writing.execute(status -> StandardImportJobView.of(
				jobs.save(new StandardImportJob(standardId, mode, file.getOriginalFilename(), sheet.rows().size(),
						actor.username(), RequestMetadata.clientAddress(), clock.instant())),
				messages, locale));
		if (submitted == null) {
			throw new IllegalStateException("job not saved");
		}
		long jobId = submitted.id();
		try {
			executor.execute(() -> run(jobId, sheet));
		}
		catch (RejectedExecutionException ex) {
			breakDown(jobId, "standard.import.busy");
			throw DomainException.conflict("standard.import.busy");
		}
		return submitted;
	}

	/** A job of the current user; another user's job answers as if it did not exist. */
	StandardImportJobView get(long id, Locale locale) {
		String username = actors.current().username();
		StandardImportJobView view = reading.execute(status -> jobs.findById(id)
			.filter(job -> job.getActor().equals(username))
			.map(job -> StandardImportJobView.of(job, messages, locale))
			.orElse(null));
		if (view == null) {
			throw DomainException.notFound("standard.import.notFound", String.valueOf(id));
		}
		return view;
	}

	private void run(long jobId, SheetRows sheet) {
		try {
			StandardImportJob job = reading.execute(status -> jobs.findById(jobId).orElseThrow());
			if (job == null) {
				return;
			}
			IntConsumer progress = processed -> reporting.executeWithoutResult(status -> jobs.reportProgress(jobId, processed));
			StandardExcel.Plan plan = StandardExcel.check(sheet, progress);
			DraftContent content = plan.content();
			if (content == null || job.getMode() == ImportMode.DRY_RUN) {
				writing.executeWithoutResult(status -> finish(jobId, plan.items(), null, plan.problems()));
				return;
			}
			Origin origin = Origin.job(job.getActor(), job.getActorAddress());
			// The draft and the job's outcome in one transaction: the draft is made with the job or not at all.
			writing.executeWithoutResult(status -> {
				int number = standards.importDraft(job.getStandardId(), content, job.getActor(), origin);
				finish(jobId, plan.items(), number, List.of());
			});
		}
		catch (RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				log.info("Import job {} refused: {}", jobId, domain.code());
				breakDown(jobId, domain.code(), domain.args());
			}
			else {
				log.error("Import job {} failed", jobId, ex);
				breakDown(jobId, "standard.import.failed");
			}
		}
	}

	private void finish(long jobId, int items, @Nullable Integer versionNumber, List<ImportProblem> problems) {
		jobs.findById(jobId).orElseThrow().finish(items, versionNumber, problems, clock.instant());
	}

	private void breakDown(long jobId, String messageKey, Object... args) {
		try {
			writing.executeWithoutResult(status -> jobs.findById(jobId)
				.ifPresent(job -> job.breakDown(ImportProblem.of(0, "", messageKey, args), clock.instant())));
		}
		catch (RuntimeException ex) {
			log.error("Could not record the failure of import job {}", jobId, ex);
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw DomainException.invalidField("file", "standard.import.unreadable");
		}
	}

	@Override
	public void destroy() {
		executor.shutdown();
		try {
			if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}
}
