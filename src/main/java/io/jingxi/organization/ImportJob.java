package io.jingxi.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DataScope;
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
 * 导入任务: one Excel import, run in the background for the user who uploaded the file, with
 * that user's data scope. Its progress and outcome are stored so that any node can report them.
 */
@Entity
@Table(name = "org_import_job")
class ImportJob {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_import_job_seq")
	@SequenceGenerator(name = "org_import_job_seq", sequenceName = "org_import_job_seq", allocationSize = 50)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private ImportKind kind;

	@Enumerated(EnumType.STRING)
	private ImportMode mode;

	@Enumerated(EnumType.STRING)
	private ImportStatus status = ImportStatus.RUNNING;

	@Column(name = "file_name")
	private @Nullable String fileName;

	private int total;

	private int processed;

	@Column(name = "created_count")
	private int created;

	@Column(name = "updated_count")
	private int updated;

	private String actor;

	@Column(name = "actor_address")
	private @Nullable String actorAddress;

	@Column(name = "scope_all")
	private boolean scopeAll;

	@Column(name = "scope_unit_ids")
	private @Nullable String scopeUnitIds;

	@Column(name = "scope_self_person_id")
	private @Nullable Long scopeSelfPersonId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	@ElementCollection
	@CollectionTable(name = "org_import_error", joinColumns = @JoinColumn(name = "job_id"))
	@OrderColumn(name = "error_order")
	private List<ImportProblem> errors = new ArrayList<>();

	protected ImportJob() {
		this.kind = ImportKind.UNITS;
		this.mode = ImportMode.DRY_RUN;
		this.actor = "";
		this.createdAt = Instant.EPOCH;
	}

	ImportJob(ImportKind kind, ImportMode mode, @Nullable String fileName, int total, String actor,
			@Nullable String actorAddress, DataScope scope, Instant now) {
		this.kind = kind;
		this.mode = mode;
		this.fileName = fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
		this.total = total;
		this.actor = actor;
		this.actorAddress = actorAddress;
		this.scopeAll = scope.all();
		this.scopeUnitIds = scope.unitIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
		this.scopeSelfPersonId = scope.selfPersonId();
		this.createdAt = now;
	}

	/** The data scope of the user who started the job: the job sees and changes what they may. */
	DataScope scope() {
		var ids = scopeUnitIds == null || scopeUnitIds.isEmpty() ? List.<Long>of()
				: Arrays.stream(scopeUnitIds.split(",")).map(Long::valueOf).toList();
		return new DataScope(scopeAll, Set.copyOf(ids), scopeSelfPersonId);
	}

	/** Every row was checked: without problems the job succeeded (and, for a commit, was written). */
	void finish(int created, int updated, List<ImportProblem> problems, Instant now) {
		if (status != ImportStatus.RUNNING) {
			throw new IllegalStateException("Import job " + id + " already finished");
		}
		this.processed = total;
		this.created = problems.isEmpty() ? created : 0;
		this.updated = problems.isEmpty() ? updated : 0;
		this.errors.clear();
		this.errors.addAll(problems);
		this.status = problems.isEmpty() ? ImportStatus.SUCCEEDED : ImportStatus.FAILED;
		this.finishedAt = now;
	}

	/** The job broke down (not a bad row): nothing was written. */
	void breakDown(ImportProblem problem, Instant now) {
		this.created = 0;
		this.updated = 0;
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

	ImportKind getKind() {
		return kind;
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

	int getCreated() {
		return created;
	}

	int getUpdated() {
		return updated;
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
