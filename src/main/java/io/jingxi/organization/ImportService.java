package io.jingxi.organization;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

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

import io.jingxi.organization.ChangeLog.Origin;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.RequestMetadata;
import io.jingxi.shared.xlsx.ImportProblem;
import io.jingxi.shared.xlsx.SheetRows;
import io.jingxi.shared.xlsx.XlsxReader;

/**
 * Runs Excel imports as background jobs on a small bounded pool. The upload is read and its
 * headers checked while the request waits (so a wrong file is a 400 at once); the rows are then
 * checked, and for a commit written in one transaction, by the job, which reports its progress to
 * the job table in short transactions of their own.
 */
@Service
class ImportService implements DisposableBean {

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	static final int MAX_ROWS = 50_000;

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final ImportJobs jobs;

	private final Map<ImportKind, RowImport> imports;

	private final Actors actors;

	private final MessageSource messages;

	private final Clock clock;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final TransactionTemplate reporting;

	/** Two imports at a time, eight waiting; more are refused rather than queued without bound. */
	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(8), new NamedThreads(), new ThreadPoolExecutor.AbortPolicy());

	// Actors is implemented by the identity module; @Lazy lets the application start without it.
	ImportService(ImportJobs jobs, List<RowImport> imports, @Lazy Actors actors, MessageSource messages, Clock clock,
			PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.imports = imports.stream().collect(Collectors.toMap(RowImport::kind, Function.identity()));
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

	ImportJobView submit(ImportKind kind, ImportMode mode, @Nullable MultipartFile file, Locale locale) {
		if (file == null || file.isEmpty()) {
			throw DomainException.invalidField("file", "organization.import.noFile");
		}
		if (file.getSize() > MAX_FILE_BYTES) {
			throw DomainException.invalidField("file", "organization.import.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
		}
		RowImport rowImport = imports.get(kind);
		SheetRows sheet = XlsxReader.read(bytes(file), MAX_ROWS);
		sheet.requireHeaders(rowImport.headers());
		if (sheet.rows().isEmpty()) {
			throw DomainException.invalidField("file", "organization.import.noRows");
		}
		Actor actor = actors.current();
		ImportJobView submitted = writing.execute(status -> ImportJobView.of(
				jobs.save(new ImportJob(kind, mode, file.getOriginalFilename(), sheet.rows().size(), actor.username(),
						RequestMetadata.clientAddress(), actor.scope(), clock.instant())),
				messages, locale));
		long jobId = submitted.id();
		try {
			executor.execute(() -> run(jobId, rowImport, sheet));
		}
		catch (RejectedExecutionException ex) {
			breakDown(jobId, "organization.import.busy");
			throw DomainException.conflict("organization.import.busy");
		}
		return submitted;
	}

	/** A job of the current user; another user's job answers as if it did not exist. */
	ImportJobView get(long id, Locale locale) {
		String username = actors.current().username();
		return reading.execute(status -> jobs.findById(id)
			.filter(job -> job.getActor().equals(username))
			.map(job -> ImportJobView.of(job, messages, locale))
			.orElseThrow(() -> DomainException.notFound("organization.import.notFound", String.valueOf(id))));
	}

	private void run(long jobId, RowImport rowImport, SheetRows sheet) {
		try {
			ImportJob job = reading.execute(status -> jobs.findById(jobId).orElseThrow());
			IntConsumer progress = processed -> reporting.executeWithoutResult(status -> jobs.reportProgress(jobId, processed));
			RowImport.Plan plan = reading.execute(status -> rowImport.check(sheet, job.scope(), progress));
			if (!plan.problems().isEmpty() || job.getMode() == ImportMode.DRY_RUN) {
				writing.executeWithoutResult(status -> finish(jobId, plan));
				return;
			}
			progress.accept(0);
			Origin origin = Origin.job(job.getActor(), job.getActorAddress());
			// Every row and the job's outcome in one transaction: all rows are written or none.
			writing.executeWithoutResult(status -> {
				rowImport.write(plan, origin, progress);
				finish(jobId, plan);
			});
		}
		catch (RuntimeException ex) {
			log.error("Import job {} failed", jobId, ex);
			if (ex instanceof DomainException domain) {
				breakDown(jobId, domain.code(), domain.args());
			}
			else {
				breakDown(jobId, "organization.import.failed");
			}
		}
	}

	private void finish(long jobId, RowImport.Plan plan) {
		jobs.findById(jobId).orElseThrow().finish(plan.toCreate(), plan.toUpdate(), plan.problems(), clock.instant());
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
			throw DomainException.invalidField("file", "organization.import.unreadable");
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

	private static final class NamedThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "org-import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}
	}
}
