package io.jingxi.standard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.xlsx.ImportProblem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * 检查表导入任务: one Excel file imported into a standard as a new draft, checked (and for a commit
 * written) in the background for the user who uploaded it. Progress and outcome are stored so any
 * node can answer a poll.
 */
@Entity
@Table(name = "std_import_job")
class StandardImportJob {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "std_import_job_seq")
	@SequenceGenerator(name = "std_import_job_seq", sequenceName = "std_import_job_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "standard_id")
	private long standardId;

	@Enumerated(EnumType.STRING)
	private ImportMode mode;

	@Enumerated(EnumType.STRING)
	private ImportStatus status = ImportStatus.RUNNING;

	@Column(name = "file_name")
	private @Nullable String fileName;

	private int total;

	private int processed;

	@Column(name = "item_count")
	private int items;

	@Column(name = "version_no")
	private @Nullable Integer versionNumber;

	private String actor;

	@Column(name = "actor_address")
	private @Nullable String actorAddress;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	@ElementCollection
	@CollectionTable(name = "std_import_error", joinColumns = @JoinColumn(name = "job_id"))
	@OrderColumn(name = "error_order")
	private List<ImportProblem> errors = new ArrayList<>();

	protected StandardImportJob() {
		this.mode = ImportMode.DRY_RUN;
		this.actor = "";
		this.createdAt = Instant.EPOCH;
	}

	StandardImportJob(long standardId, ImportMode mode, @Nullable String fileName, int total, String actor,
			@Nullable String actorAddress, Instant now) {
		this.standardId = standardId;
		this.mode = mode;
		this.fileName = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
		this.total = total;
		this.actor = actor;
		this.actorAddress = actorAddress;
		this.createdAt = now;
	}

	/** Every row was checked: without problems the job succeeded (and, for a commit, made the draft). */
	void finish(int items, @Nullable Integer versionNumber, List<ImportProblem> problems, Instant now) {
		if (status != ImportStatus.RUNNING) {
			throw new IllegalStateException("Import job " + id + " already finished");
		}
		this.processed = total;
		this.items = problems.isEmpty() ? items : 0;
		this.versionNumber = problems.isEmpty() ? versionNumber : null;
		this.errors.clear();
		this.errors.addAll(problems);
		this.status = problems.isEmpty() ? ImportStatus.SUCCEEDED : ImportStatus.FAILED;
		this.finishedAt = now;
	}

	/** The job broke down (not a bad row): nothing was written. */
	void breakDown(ImportProblem problem, Instant now) {
		this.items = 0;
		this.versionNumber = null;
		this.errors.clear();
		this.errors.add(problem);
		this.status = ImportStatus.FAILED;
		this.finishedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Import job not saved yet");
		}
		return id;
	}

	long getStandardId() {
		return standardId;
	}

	ImportMode getMode() {
		return mode;
	}

	ImportStatus getStatus() {
		return status;
	}

	int getTotal() {
		return total;
	}

	int getProcessed() {
		return processed;
	}

	int getItems() {
		return items;
	}

	@Nullable Integer getVersionNumber() {
		return versionNumber;
	}

	String getActor() {
		return actor;
	}

	@Nullable String getActorAddress() {
		return actorAddress;
	}

	List<ImportProblem> getErrors() {
		return List.copyOf(errors);
	}
}
