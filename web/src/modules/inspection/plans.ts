import type {
  AssigneeRule,
  DueRule,
  Inspection,
  InspectionKind,
  InspectionPlan,
  InspectionPlanRequest,
  Recurrence,
  SchedulePreview,
  ScheduleRow,
} from '@/api/types'

export const KINDS: readonly InspectionKind[] = [
  'SUPERVISOR',
  'SELF',
  'COMPANY',
  'SPOT_CHECK',
  'CROSS',
  'EXTERNAL_SUPERVISOR',
  'MYSTERY_SHOPPER',
  'THIRD_PARTY',
]

export const RECURRENCES: readonly Recurrence[] = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE']
export const DUE_RULES: readonly DueRule[] = ['NTH_WORKING_DAY', 'WORKING_DAYS_AFTER_START', 'LAST_WORKING_DAY']
export const ASSIGNEE_RULES: readonly AssigneeRule[] = ['NAMED', 'UNIT_OWN', 'ROTATION']

/** The plan editor's form: every field present, null where the API takes none. */
export interface PlanForm {
  name: string
  kind: InspectionKind
  standardId: number | null
  recurrence: Recurrence
  visitsPerPeriod: number
  startDate: string
  endDate: string | null
  dueRule: DueRule
  dueDays: number
  assigneeRule: AssigneeRule
  assigneeUserId: number | null
  pool: number[]
  announced: boolean
  unitIds: number[]
  subtreeRootId: number | null
  subtreeUnitType: string | null
}

/** The first day of the month of a date given as YYYY-MM-DD. */
export function firstOfMonth(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function emptyPlanForm(day: string): PlanForm {
  return {
    name: '',
    kind: 'SUPERVISOR',
    standardId: null,
    recurrence: 'MONTHLY',
    visitsPerPeriod: 1,
    startDate: firstOfMonth(day),
    endDate: null,
    dueRule: 'LAST_WORKING_DAY',
    dueDays: 5,
    assigneeRule: 'NAMED',
    assigneeUserId: null,
    pool: [],
    announced: true,
    unitIds: [],
    subtreeRootId: null,
    subtreeUnitType: null,
  }
}

export function formOf(plan: InspectionPlan): PlanForm {
  return {
    name: plan.name,
    kind: plan.kind,
    standardId: plan.standardId,
    recurrence: plan.recurrence,
    visitsPerPeriod: plan.visitsPerPeriod,
    startDate: plan.startDate,
    endDate: plan.endDate,
    dueRule: plan.dueRule,
    dueDays: plan.dueRule === 'LAST_WORKING_DAY' ? 5 : plan.dueDays,
    assigneeRule: plan.assigneeRule,
    assigneeUserId: plan.assignee?.id ?? null,
    pool: plan.pool.map((person) => person.id),
    announced: plan.announced,
    unitIds: plan.units.map((unit) => unit.id),
    subtreeRootId: plan.subtreeRoot?.id ?? null,
    subtreeUnitType: plan.subtreeUnitType,
  }
}

/** Mystery-shopper visits are always hidden from the unit; other kinds when not announced. */
export function isHidden(kind: InspectionKind, announced: boolean): boolean {
  return kind === 'MYSTERY_SHOPPER' || !announced
}

/** The request for a form: fields the chosen rules do not use are left out. */
export function toRequest(form: PlanForm): InspectionPlanRequest {
  return {
    name: form.name.trim(),
    kind: form.kind,
    standardId: form.standardId ?? 0,
    recurrence: form.recurrence,
    visitsPerPeriod: form.visitsPerPeriod,
    startDate: form.startDate,
    endDate: form.endDate || null,
    dueRule: form.dueRule,
    dueDays: form.dueRule === 'LAST_WORKING_DAY' ? null : form.dueDays,
    assigneeRule: form.assigneeRule,
    assigneeUserId: form.assigneeRule === 'NAMED' ? form.assigneeUserId : null,
    pool: form.assigneeRule === 'ROTATION' ? [...form.pool] : null,
    announced: !isHidden(form.kind, form.announced),
    unitIds: [...form.unitIds],
    subtreeRootId: form.subtreeRootId,
    subtreeUnitType: form.subtreeRootId === null ? null : form.subtreeUnitType || null,
  }
}

export interface MatrixPeriod {
  key: string
  start: string
  end: string
}

/** A schedule as units × periods: each cell the unit's visits of the period, in sequence. */
export interface ScheduleMatrix {
  periods: MatrixPeriod[]
  units: { id: number; name: string }[]
  cells: Record<number, Record<string, ScheduleRow[]>>
}

export function scheduleMatrix(preview: SchedulePreview): ScheduleMatrix {
  const periods: MatrixPeriod[] = []
  const units: { id: number; name: string }[] = []
  const cells: Record<number, Record<string, ScheduleRow[]>> = {}
  for (const row of preview.rows) {
    if (!periods.some((period) => period.key === row.periodKey)) {
      periods.push({ key: row.periodKey, start: row.periodStart, end: row.periodEnd })
    }
    if (!units.some((unit) => unit.id === row.unitId)) units.push({ id: row.unitId, name: row.unitName })
    const byPeriod = (cells[row.unitId] ??= {})
    ;(byPeriod[row.periodKey] ??= []).push(row)
  }
  for (const skip of preview.skipped) {
    if (!units.some((unit) => unit.id === skip.unitId)) units.push({ id: skip.unitId, name: skip.unitName })
  }
  periods.sort((a, b) => a.start.localeCompare(b.start))
  for (const byPeriod of Object.values(cells)) {
    for (const rows of Object.values(byPeriod)) rows.sort((a, b) => a.sequence - b.sequence)
  }
  return { periods, units, cells }
}

/** How urgent an open assignment is: overdue, due within three days, or later (or with no due date). */
export type Urgency = 'overdue' | 'soon' | 'later'

export function urgency(visit: Inspection, day: string): Urgency {
  if (visit.overdue) return 'overdue'
  if (!visit.dueDate || visit.status !== 'DRAFT') return 'later'
  const days = (Date.parse(visit.dueDate) - Date.parse(day)) / 86_400_000
  return days <= 3 ? 'soon' : 'later'
}
