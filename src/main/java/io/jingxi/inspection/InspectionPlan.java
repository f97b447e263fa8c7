package io.jingxi.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.jingxi.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 检查计划: a recurring schedule of visits of one kind against one standard for a set of units
 * (chosen units and/or a subtree filtered by unit type), with how many visits each period has, when
 * they fall due, who is assigned, and whether the visits are announced to the units. A plan with
 * hidden visits (mystery shoppers, unannounced checks) is itself hidden from the units' users.
 */
@Entity
@Table(name = "insp_plan")
class InspectionPlan {

	static final String ENTITY = "InspectionPlan";

	/** How far ahead of its start a period's visits are generated. */
	static final int LEAD_DAYS = 14;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "insp_plan_seq")
	@SequenceGenerator(name = "insp_plan_seq", sequenceName = "insp_plan_seq", allocationSize = 50)
	private @Nullable Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private InspectionKind kind;

	@Column(name = "standard_id")
	private long standardId;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence;

	@Column(name = "visits_per_period")
	private int visitsPerPeriod;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private @Nullable LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "due_rule")
	private DueRule dueRule;

	@Column(name = "due_days")
	private int dueDays;

	@Enumerated(EnumType.STRING)
	@Column(name = "assignee_rule")
	private AssigneeRule assigneeRule;

	@Column(name = "assignee_user_id")
	private @Nullable Long assigneeUserId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "insp_plan_pool", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	@Column(name = "user_id")
	private List<Long> pool = new ArrayList<>();

	@Column(name = "rotation_cursor")
	private int rotationCursor;

	private boolean announced;

	/** Derived from kind and announcement, kept as a column so that lists can filter by it. */
	private boolean hidden;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.ACTIVE;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "insp_plan_unit", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

	@Column(name = "subtree_root_id")
	private @Nullable Long subtreeRootId;

	@Column(name = "subtree_unit_type")
	private @Nullable String subtreeUnitType;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "last_generated_at")
	private @Nullable Instant lastGeneratedAt;

	@Version
	private long version;

	protected InspectionPlan() {
		this.name = "";
		this.kind = InspectionKind.SELF;
		this.recurrence = Recurrence.MONTHLY;
		this.startDate = LocalDate.EPOCH;
		this.dueRule = DueRule.LAST_WORKING_DAY;
		this.assigneeRule = AssigneeRule.NAMED;
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.updatedAt = Instant.EPOCH;
	}

	InspectionPlan(PlanSettings settings, String createdBy, Instant now) {
		this();
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(settings, now);
	}

	/** Replaces the settings; visits generated before keep theirs, later periods follow the new ones. */
	void revise(PlanSettings settings, Instant now) {
		if (settings.assigneeRule() != AssigneeRule.ROTATION || !settings.pool().equals(pool)) {
			rotationCursor = 0;
		}
		apply(settings, now);
	}

	private void apply(PlanSettings settings, Instant now) {
		this.name = settings.name();
		this.kind = settings.kind();
		this.standardId = settings.standardId();
		this.recurrence = settings.recurrence();
		this.visitsPerPeriod = settings.visitsPerPeriod();
		this.startDate = settings.startDate();
		this.endDate = settings.endDate();
		this.dueRule = settings.dueRule();
		this.dueDays = settings.dueDays();
		this.assigneeRule = settings.assigneeRule();
		this.assigneeUserId = settings.assigneeUserId();
		this.pool = new ArrayList<>(settings.pool());
		this.announced = settings.announced();
		this.hidden = settings.hidden();
		this.unitIds = new HashSet<>(settings.unitIds());
		this.subtreeRootId = settings.subtreeRootId();
		this.subtreeUnitType = settings.subtreeUnitType();
		this.updatedAt = now;
	}

	void pause(Instant now) {
		if (status == PlanStatus.PAUSED) {
			throw DomainException.conflict("inspection.plan.alreadyPaused", name);
		}
		status = PlanStatus.PAUSED;
		updatedAt = now;
	}

	void resume(Instant now) {
		if (status == PlanStatus.ACTIVE) {
			throw DomainException.conflict("inspection.plan.alreadyActive", name);
		}
		status = PlanStatus.ACTIVE;
		updatedAt = now;
	}

	/** A plan generates only while active. */
	void requireActive() {
		if (status != PlanStatus.ACTIVE) {
			throw DomainException.conflict("inspection.plan.paused", name);
		}
	}

	/** Records a generation run and where the rotation stands after it. */
	void generated(int cursor, Instant now) {
		this.rotationCursor = cursor;
		this.lastGeneratedAt = now;
	}

	/**
	 * The plan's periods that overlap {@code from}..{@code until}, each cut to the plan's start and end
	 * date, oldest first.
	 */
	List<Period> periods(LocalDate from, LocalDate until) {
		List<Period> periods = new ArrayList<>();
		if (recurrence == Recurrence.ONCE) {
			Period once = new Period("ONCE", startDate, endDate == null ? startDate : endDate);
			if (!once.end().isBefore(from) && !once.start().isAfter(until)) {
				periods.add(once);
			}
			return periods;
		}
		LocalDate first = from.isBefore(startDate) ? startDate : from;
		for (Period period = recurrence.periodOf(first); !period.start().isAfter(until)
				&& (endDate == null || !period.start().isAfter(endDate)); period = recurrence
					.periodOf(period.end().plusDays(1))) {
			period.clip(startDate, endDate).ifPresent(periods::add);
		}
		return periods;
	}

	/** The periods to generate on {@code today}: the current one and those starting within the lead time. */
	List<Period> periodsToGenerate(LocalDate today) {
		return periods(today, today.plusDays(LEAD_DAYS));
	}

	/** The next {@code count} periods from {@code from} (or the plan's start, if later), for a preview. */
	List<Period> nextPeriods(LocalDate from, int count) {
		if (recurrence == Recurrence.ONCE) {
			return List.of(new Period("ONCE", startDate, endDate == null ? startDate : endDate));
		}
		LocalDate first = from.isBefore(startDate) ? startDate : from;
		Period period = recurrence.periodOf(first);
		for (int i = 1; i < count; i++) {
			period = recurrence.periodOf(period.end().plusDays(1));
		}
		return periods(first, period.end());
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Plan not saved yet");
		}
		return id;
	}

	String name() {
		return name;
	}

	InspectionKind kind() {
		return kind;
	}

	long standardId() {
		return standardId;
	}

	Recurrence recurrence() {
		return recurrence;
	}

	int visitsPerPeriod() {
		return visitsPerPeriod;
	}

	LocalDate startDate() {
		return startDate;
	}

	@Nullable LocalDate endDate() {
		return endDate;
	}

	DueRule dueRule() {
		return dueRule;
	}

	int dueDays() {
		return dueDays;
	}

	AssigneeRule assigneeRule() {
		return assigneeRule;
	}

	@Nullable Long assigneeUserId() {
		return assigneeUserId;
	}

	List<Long> pool() {
		return List.copyOf(pool);
	}

	int rotationCursor() {
		return rotationCursor;
	}

	boolean announced() {
		return announced;
	}

	boolean hidden() {
		return hidden;
	}

	PlanStatus status() {
		return status;
	}

	Set<Long> unitIds() {
		return Set.copyOf(unitIds);
	}

	@Nullable Long subtreeRootId() {
		return subtreeRootId;
	}

	@Nullable String subtreeUnitType() {
		return subtreeUnitType;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Nullable Instant lastGeneratedAt() {
		return lastGeneratedAt;
	}

	PlanSettings settings() {
		return new PlanSettings(name, kind, standardId, recurrence, visitsPerPeriod, startDate, endDate, dueRule,
				dueDays, assigneeRule, assigneeUserId, pool, announced, unitIds, subtreeRootId, subtreeUnitType);
	}

	/** A short summary for the audit log. */
	String summary() {
		return "name=" + name + ", kind=" + kind + ", standard=" + standardId + ", " + recurrence + " x"
				+ visitsPerPeriod + ", from=" + startDate + (endDate == null ? "" : ", to=" + endDate) + ", due="
				+ dueRule + (dueRule == DueRule.LAST_WORKING_DAY ? "" : "(" + dueDays + ")") + ", assignee="
				+ assigneeRule + (assigneeUserId == null ? "" : "(" + assigneeUserId + ")")
				+ (pool.isEmpty() ? "" : ", pool=" + pool) + ", announced=" + announced + ", units=" + unitIds
				+ (subtreeRootId == null ? "" : ", subtree=" + subtreeRootId)
				+ (subtreeUnitType == null ? "" : "/" + subtreeUnitType) + ", status=" + status;
	}
}
