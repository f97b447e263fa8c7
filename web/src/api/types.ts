// API types written by hand from docs/api-contract.md.
// When the backend writes docs/openapi.json, `npm run gen:api` produces src/api/schema.d.ts and
// this file becomes a list of aliases into it (`export type Me = components['schemas']['Me']`):
// the rest of the app imports its types from here only.

/** ISO-8601 date, e.g. 2025-10-01 */
export type IsoDate = string
/** instant with offset, e.g. 2025-09-30T10:00:00+08:00 */
export type Instant = string

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface FieldProblem {
  field: string
  message: string
}

/** RFC 9457 problem details as the server writes them. */
export interface ProblemDetails {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  errors?: FieldProblem[]
}

// ---- identity ----

export interface CsrfToken {
  headerName: string
  token: string
}

export interface Me {
  id: number
  username: string
  displayName: string
  personId: number | null
  unitId: number | null
  unitName: string | null
  roles: string[]
  permissions: string[]
  mustChangePassword: boolean
}

export interface LoginRequest {
  username: string
  password: string
}

export interface ChangePasswordRequest {
  currentPassword: string
  newPassword: string
}

export interface PersonalToken {
  id: number
  name: string
  createdAt: Instant
  expiresAt: Instant | null
  lastUsedAt: Instant | null
}

export interface CreateTokenRequest {
  name: string
  expiresAt?: Instant | null
}

export interface CreatedToken {
  id: number
  name: string
  token: string
}

export interface Permission {
  code: string
  group: string
  name: string
}

export type DataScopeKind = 'SELF' | 'UNIT' | 'SUBTREE' | 'ALL' | 'CUSTOM'
export const DATA_SCOPES: DataScopeKind[] = ['SELF', 'UNIT', 'SUBTREE', 'ALL', 'CUSTOM']

export interface Role {
  id: number
  code: string
  name: string
  builtIn: boolean
  permissions: string[]
  dataScope: DataScopeKind
  customUnitIds: number[]
}

export type RoleInput = Omit<Role, 'id' | 'builtIn'> & { id?: number; builtIn?: boolean }

export type UserStatus = 'ACTIVE' | 'LOCKED' | 'DISABLED'

export interface User {
  id: number
  username: string
  displayName: string
  personId: number | null
  unitId: number | null
  unitName: string | null
  roleIds: number[]
  status: UserStatus
  lastLoginAt: Instant | null
}

export interface CreateUserRequest {
  username: string
  displayName: string
  unitId: number | null
  personId?: number | null
  roleIds: number[]
  password: string
}

export interface UpdateUserRequest {
  displayName: string
  unitId: number | null
  personId?: number | null
  roleIds: number[]
}

export interface TemporaryPassword {
  temporaryPassword: string
}

// ---- organization ----

export interface UnitType {
  code: string
  nameZh: string
  nameEn: string
  sortOrder: number
  active: boolean
}

export interface UnitNode {
  id: number
  parentId: number | null
  code: string
  name: string
  typeCode: string
  active: boolean
  children: UnitNode[]
}

export interface Unit {
  id: number
  parentId: number | null
  code: string
  name: string
  typeCode: string
  path: string
  depth: number
  active: boolean
  address: string | null
  phone: string | null
  sortOrder: number
}

export interface CreateUnitRequest {
  parentId: number | null
  code: string
  name: string
  typeCode: string
  address: string | null
  phone: string | null
  sortOrder: number
}

export interface UpdateUnitRequest {
  name: string
  typeCode: string
  address: string | null
  phone: string | null
  sortOrder: number
}

export type UnitRole = 'MEMBER' | 'TEAM_LEADER' | 'MANAGER'
export const UNIT_ROLES: UnitRole[] = ['MEMBER', 'TEAM_LEADER', 'MANAGER']
export type PersonStatus = 'ACTIVE' | 'ON_LEAVE' | 'LEFT'
export const PERSON_STATUSES: PersonStatus[] = ['ACTIVE', 'ON_LEAVE', 'LEFT']

export interface Person {
  id: number
  employeeNo: string
  name: string
  phone: string | null
  unitId: number | null
  unitName: string | null
  positions: string[]
  unitRole: UnitRole
  status: PersonStatus
  hireDate: IsoDate | null
  hasPhoto: boolean
}

export type PersonInput = Omit<Person, 'id' | 'unitName' | 'hasPhoto'>

export type ImportMode = 'DRY_RUN' | 'COMMIT'
export type ImportStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED'

export interface ImportError {
  row: number
  column: string
  message: string
}

export interface ImportJob {
  id: number
  kind: 'UNITS' | 'PEOPLE'
  mode: ImportMode
  status: ImportStatus
  total: number
  processed: number
  created: number
  updated: number
  errors: ImportError[]
}

export interface Vendor {
  id: number
  code: string
  name: string
  contact: string | null
  phone: string | null
  active: boolean
}

export type VendorInput = Omit<Vendor, 'id'>

export interface Contract {
  id: number
  vendorId: number
  number: string
  scope: string | null
  startDate: IsoDate | null
  endDate: IsoDate | null
  unitIds: number[]
}

export type ContractInput = Omit<Contract, 'id' | 'vendorId'>

// ---- calendar ----

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY'
export const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

export interface BusinessHours {
  start: string
  end: string
}

export interface WorkCalendar {
  id: number
  code: string
  name: string
  timeZone: string
  workingWeekdays: Weekday[]
  hours: BusinessHours[]
  allDay: boolean
  /** The organisation's default calendar: units with no calendar of their own (and no ancestor's) use it. */
  default: boolean
}

export type WorkCalendarInput = Omit<WorkCalendar, 'id'>

export type DayReason = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'MAKEUP_WORKDAY'

export interface CalendarDay {
  date: IsoDate
  working: boolean
  reason: DayReason
  name: string | null
}

export type DayKind = 'HOLIDAY' | 'MAKEUP_WORKDAY' | 'NORMAL'

export interface SetDayRequest {
  kind: DayKind
  name: string | null
}

export interface NamedDate {
  date: IsoDate
  name: string
}

export interface CalendarYear {
  year: number
  holidays: NamedDate[]
  makeupWorkdays: NamedDate[]
}

export interface CalendarYearResult {
  year: number
  holidays: number
  makeupWorkdays: number
}

export type DeadlineMode = 'workingDays' | 'workingHours' | 'calendarHours'

export interface Deadline {
  deadline: Instant
}

export type UnitCalendarSource = 'UNIT' | 'INHERITED' | 'DEFAULT'

/** The calendar a unit works by: its own, inherited from an ancestor, or the default calendar. */
export interface UnitCalendar {
  unitId: number
  calendarId: number
  inheritedFromUnitId: number | null
  source: UnitCalendarSource
}

// ---- audit ----

export interface AuditEntry {
  id: number
  at: Instant
  actor: string
  address: string | null
  entityType: string
  entityId: string
  action: string
  before: string | null
  after: string | null
}

export interface AuditQuery {
  actor?: string
  entityType?: string
  entityId?: string
  from?: Instant
  to?: Instant
  page?: number
  size?: number
}

// ---- standard ----

export type AnswerType = 'YES_NO' | 'POINTS' | 'MEASURED'
export const ANSWER_TYPES: AnswerType[] = ['YES_NO', 'POINTS', 'MEASURED']
export type VersionStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED'
export type CriticalEffect = 'ZERO' | 'CAP'

/** A standard (服务标准 / 检查表): organisation-wide, with its current published version and open draft. */
export type Standard = {
  id: number
  code: string
  name: string
  description: string | null
  industry: string | null
  templateKey: string | null
  currentVersionId: number | null
  currentVersionNumber: number | null
  draftVersionNumber: number | null
  lastVersionNumber: number
  createdAt: Instant
  updatedAt: Instant
}

export interface VersionSummary {
  id: number
  number: number
  status: VersionStatus
  sectionCount: number
  itemCount: number
  totalPoints: number
  createdAt: Instant
  createdBy: string
  updatedAt: Instant
  publishedAt: Instant | null
  publishedBy: string | null
  retiredAt: Instant | null
  retiredBy: string | null
}

export interface StandardDetails {
  standard: Standard
  versions: VersionSummary[]
}

/** The version's named rule: what a failed critical item does, and whether sections are weighted. */
export type ScoringRule = {
  name: string
  version: number
  effect: CriticalEffect
  cap: number | null
  weightedSections: boolean
}

export interface StandardItem {
  id: number
  position: number
  clause: string
  text: string
  answerType: AnswerType
  naAllowed: boolean
  points: number
  deduction: number | null
  unit: string | null
  lowerLimit: number | null
  upperLimit: number | null
  critical: boolean
  photoRequired: boolean
}

export interface StandardSection {
  id: number
  position: number
  name: string
  weight: number | null
  totalPoints: number
  items: StandardItem[]
}

export interface StandardVersion {
  id: number
  standardId: number
  standardCode: string
  standardName: string
  number: number
  status: VersionStatus
  scoringRule: ScoringRule
  note: string | null
  totalPoints: number
  itemCount: number
  sections: StandardSection[]
  createdAt: Instant
  createdBy: string
  updatedAt: Instant
  publishedAt: Instant | null
  publishedBy: string | null
  retiredAt: Instant | null
  retiredBy: string | null
}

/** An item as the editor sends it (PUT …/versions/{n}); the server checks everything. */
export interface ItemInput {
  clause: string
  text: string
  answerType: AnswerType
  naAllowed: boolean
  points: number | null
  deduction: number | null
  unit: string | null
  lowerLimit: number | null
  upperLimit: number | null
  critical: boolean
  photoRequired: boolean
}

export interface SectionInput {
  name: string
  weight: number | null
  items: ItemInput[]
}

export interface DraftInput {
  criticalEffect: CriticalEffect
  criticalCap: number | null
  ruleName: string | null
  note: string | null
  sections: SectionInput[]
}

export interface StandardTemplate {
  key: string
  industry: string
  code: string
  name: string
  nameEn: string
  description: string
  descriptionEn: string
  source: string
  sectionCount: number
  itemCount: number
  totalPoints: number
  criticalEffect: CriticalEffect
  criticalCap: number | null
}

export interface CreateStandardRequest {
  code: string
  name: string
  description: string | null
}

export interface UpdateStandardRequest {
  name: string
  description: string | null
}

export interface AdoptTemplateRequest {
  code: string | null
  name: string | null
}

export interface StandardImportJob {
  id: number
  standardId: number
  mode: ImportMode
  status: ImportStatus
  total: number
  processed: number
  items: number
  versionNumber: number | null
  errors: ImportError[]
}

// ---- sampling ----

export type Severity = 'NORMAL' | 'TIGHTENED' | 'REDUCED' | 'DISCONTINUED'
export type DefectClass = 'CRITICAL' | 'MAJOR' | 'MINOR'
export const DEFECT_CLASSES: DefectClass[] = ['CRITICAL', 'MAJOR', 'MINOR']
export type LotDecision = 'ACCEPTED' | 'REJECTED'
export type SwitchReason =
  | 'TWO_OF_FIVE_NOT_ACCEPTED'
  | 'FIVE_CONSECUTIVE_ACCEPTED'
  | 'SWITCHING_SCORE'
  | 'NOT_ACCEPTED_ON_REDUCED'
  | 'PRODUCTION_IRREGULAR'
  | 'OTHER_CONDITIONS'
  | 'FIVE_NOT_ACCEPTED_ON_TIGHTENED'
  | 'CORRECTIVE_ACTION'

/**
 * A single sampling plan of GB/T 2828.1 as it applies to a lot. A type alias, not an interface, so
 * that conformance.ts sees it as the object it nests in ClassPlan.
 */
export type SamplingPlan = {
  codeLetter: string
  sampleSize: number
  acceptance: number
  rejection: number
  fullInspection: boolean
}

export interface SamplingOptions {
  levels: string[]
  aqls: string[]
  severities: string[]
}

export interface SamplingItem {
  id: number
  code: string
  name: string
  unitOfMeasure: string | null
  level: string
  aqlCritical: string | null
  aqlMajor: string | null
  aqlMinor: string | null
  settingsVersion: number
  active: boolean
}

export interface SamplingItemRequest {
  code: string
  name: string
  unitOfMeasure: string | null
  level: string
  aqlCritical: string | null
  aqlMajor: string | null
  aqlMinor: string | null
  active: boolean | null
}

export interface SamplingSupplier {
  id: number
  code: string
  name: string
}

export interface ClassPlan {
  defectClass: DefectClass
  aql: string
  severity: Severity
  plan: SamplingPlan | null
  switchingScore: number
  streamId: number | null
}

export interface LotPreview {
  unitId: number
  vendorId: number
  itemId: number
  lotSize: number
  level: string
  itemSettingsVersion: number
  classes: ClassPlan[]
}

export interface DefectCount {
  defectClass: DefectClass
  defects: number
}

export interface ReceiveLotRequest {
  unitId: number
  vendorId: number
  itemId: number
  lotSize: number
  reference: string | null
  defects: DefectCount[]
  note: string | null
}

export interface LotClass {
  defectClass: DefectClass
  aql: string
  severity: Severity
  codeLetter: string
  sampleSize: number
  acceptance: number
  rejection: number
  fullInspection: boolean
  defects: number
  accepted: boolean
}

export interface LotPhoto {
  id: number
  defectClass: DefectClass | null
  width: number
  height: number
}

export interface SeveritySwitch {
  id: number
  streamId: number
  lotId: number | null
  defectClass: DefectClass | null
  fromSeverity: Severity
  toSeverity: Severity
  reason: SwitchReason
  switchingScore: number
  note: string | null
  actor: string
  at: Instant
}

export interface InspectionStream {
  id: number
  unitId: number
  unitName: string
  vendorId: number
  vendorName: string
  itemId: number
  itemName: string
  defectClass: DefectClass
  aql: string
  severity: Severity
  switchingScore: number
  recentNormal: string
  acceptedInARow: number
  rejectedOnTightened: number
  reducedApproved: boolean
  productionSteady: boolean
  lots: number
  updatedAt: Instant
}

export interface Lot {
  id: number
  reference: string | null
  organisationName: string | null
  unitId: number
  unitName: string
  vendorId: number
  vendorName: string
  itemId: number
  itemCode: string
  itemName: string
  unitOfMeasure: string | null
  lotSize: number
  level: string
  decision: LotDecision
  policyId: string
  policyVersion: number
  itemSettingsVersion: number
  note: string | null
  receivedBy: string
  receivedAt: Instant
  classes: LotClass[]
  photos: LotPhoto[]
  switches: SeveritySwitch[]
  streamsNow: InspectionStream[]
}

export interface LotListItem {
  id: number
  reference: string | null
  unitId: number
  unitName: string
  vendorId: number
  vendorName: string
  itemId: number
  itemName: string
  lotSize: number
  decision: LotDecision
  receivedBy: string
  receivedAt: Instant
  classes: LotClass[]
}

export interface SupplierItemRow {
  vendorId: number
  vendorName: string
  itemId: number
  itemCode: string
  itemName: string
  lots: number
  accepted: number
  acceptanceRate: number | null
  severity: Severity | null
  lastReceivedAt: Instant
}

export interface TrendPoint {
  month: string
  lots: number
  accepted: number
  acceptanceRate: number | null
}

export interface SupplierItemSummary {
  vendorId: number
  vendorName: string
  itemId: number
  itemCode: string
  itemName: string
  lots: number
  accepted: number
  acceptanceRate: number | null
  streams: InspectionStream[]
  trend: TrendPoint[]
}

// ---- inspection ----

export type InspectionKind =
  | 'SUPERVISOR'
  | 'SELF'
  | 'COMPANY'
  | 'SPOT_CHECK'
  | 'CROSS'
  | 'EXTERNAL_SUPERVISOR'
  | 'MYSTERY_SHOPPER'
  | 'THIRD_PARTY'

export type VisitStatus = 'DRAFT' | 'SUBMITTED' | 'AMENDED'

export type ItemAnswerType = 'YES_NO' | 'POINTS' | 'MEASURED'

export type ItemOutcome =
  | 'MET'
  | 'NOT_MET'
  | 'FULL_POINTS'
  | 'SHORTFALL'
  | 'WITHIN_LIMITS'
  | 'BELOW_LOWER'
  | 'ABOVE_UPPER'
  | 'NOT_APPLICABLE'
  | 'UNANSWERED'

/** A visit; for a mystery-shopper visit seen by the visited unit the inspector is the neutral label. */
export interface Inspection {
  id: number
  unitId: number
  unitName: string
  kind: InspectionKind
  standardId: number
  standardCode: string
  standardName: string
  versionId: number
  versionNumber: number
  inspectorId: number | null
  inspectorName: string
  inspectorHidden: boolean
  plannedDate: IsoDate
  status: VisitStatus
  total: number | null
  createdAt: Instant
  updatedAt: Instant
  submittedAt: Instant | null
  /** the kind rules (version) it was created under */
  kindPolicyVersion: number
  /** the plan that generated it; null for the visited unit of a hidden visit */
  planId: number | null
  dueDate: IsoDate | null
  /** generated, still a draft after the end of its due day */
  overdue: boolean
  /** a mystery-shopper or unannounced visit: the unit sees it only once published */
  hidden: boolean
  publishedAt: Instant | null
}

export interface InspectionAnswer {
  itemId: number
  compliant: boolean | null
  value: number | null
  notApplicable: boolean
  note: string | null
  /** the person of the visited unit named responsible */
  personId: number | null
}

export interface InspectionAnswerInput {
  itemId: number
  compliant?: boolean | null
  value?: number | null
  notApplicable?: boolean | null
  note?: string | null
  personId?: number | null
}

/** A visit with the version it is scored against and its answers so far. */
export interface InspectionDetails {
  visit: Inspection
  version: StandardVersion
  answers: InspectionAnswer[]
}

export interface CreateInspectionRequest {
  unitId: number
  standardId: number
  kind: InspectionKind
  plannedDate: IsoDate
  /** false: hidden from the unit until published (mystery-shopper visits always are) */
  announced?: boolean | null
}

export interface InspectionSectionScore {
  sectionId: number
  name: string
  weight: number | null
  pointsPossible: number
  pointsEarned: number
  score: number | null
  failedItems: number
}

export interface InspectionScoreLine {
  itemId: number
  sectionId: number
  clause: string
  answerType: ItemAnswerType
  outcome: ItemOutcome
  failed: boolean
  answer: string
  pointsPossible: number
  pointsEarned: number
  pointsLost: number
  critical: boolean
  explanation: string
}

/** A visit's score explained line by line (stored when submitted, running while a draft). */
export interface InspectionScore {
  visitId: number
  status: VisitStatus
  submitted: boolean
  complete: boolean
  versionId: number
  total: number
  totalBeforeRule: number
  ruleApplied: boolean
  ruleName: string
  ruleVersion: number
  policy: string
  policyVersion: number
  pointsPossible: number
  pointsEarned: number
  sections: InspectionSectionScore[]
  lines: InspectionScoreLine[]
}

export interface InspectionFinding {
  id: number
  visitId: number
  unitId: number
  itemId: number
  clause: string
  pointsLost: number
  note: string | null
  recordedAt: Instant
  personId: number | null
  overturned: boolean
  overturnCause: OverturnCause | null
  overturnedAt: Instant | null
}

export type AppealStatus = 'OPEN' | 'UPHELD' | 'REJECTED'
export type OverturnCause = 'APPEAL' | 'AMENDMENT'

/** An evidence photo of an item; served at /inspections/{visitId}/photos/{id}(/thumbnail). */
export interface EvidencePhoto {
  id: number
  visitId: number
  itemId: number
  width: number
  height: number
  thumbnailWidth: number
  thumbnailHeight: number
  bytes: number
  uploadedAt: Instant
}

export interface ResponsiblePerson {
  id: number
  employeeNo: string
  name: string
  positions: string[]
}

export interface AmendedItem {
  itemId: number
  clause: string
  beforeAnswer: string
  afterAnswer: string
  beforeNote: string | null
  afterNote: string | null
  beforeEarned: number
  afterEarned: number
  beforeFailed: boolean
  afterFailed: boolean
}

/** 更正: a quality manager's recorded correction of a submitted visit. */
export interface Amendment {
  id: number
  visitId: number
  reason: string
  amendedByName: string
  amendedAt: Instant
  previousTotal: number
  newTotal: number
  lines: AmendedItem[]
}

/** 申诉: the visited unit disputes a finding. */
export interface Appeal {
  id: number
  findingId: number
  visitId: number
  unitId: number
  unitName: string
  itemId: number
  clause: string
  pointsLost: number
  reason: string
  status: AppealStatus
  filedByName: string
  filedAt: Instant
  deadline: Instant
  policy: string
  policyVersion: number
  workingDays: number
  decidedByName: string | null
  decidedAt: Instant | null
  decisionReason: string | null
  previousTotal: number | null
  newTotal: number | null
}

export interface AppealWindow {
  findingId: number
  from: Instant
  deadline: Instant
  open: boolean
  policy: string
  policyVersion: number
  workingDays: number
  appealId: number | null
}

export interface AppealPolicy {
  policy: string
  version: number
  workingDays: number
  createdAt: Instant
  createdBy: string
}

// ---- inspection plans, kind rules, publication ----

export type UnitRule = 'IN_SCOPE' | 'OWN_UNIT' | 'OTHER_UNIT' | 'ANY_UNIT'
export type Recurrence = 'MONTHLY' | 'QUARTERLY' | 'YEARLY' | 'ONCE'
export type DueRule = 'NTH_WORKING_DAY' | 'WORKING_DAYS_AFTER_START' | 'LAST_WORKING_DAY'
export type AssigneeRule = 'NAMED' | 'UNIT_OWN' | 'ROTATION'
export type PlanStatus = 'ACTIVE' | 'PAUSED'

/** Who may conduct a kind of inspection, on which units, whether only on assignment, and its weight. */
export interface KindRule {
  kind: InspectionKind
  permission: string
  unitRule: UnitRule
  assignedOnly: boolean
  weight: number
}

/** A version of the kind rules; version 0 is the built-in default. */
export interface KindPolicy {
  version: number
  current: boolean
  rules: KindRule[]
  createdAt: Instant | null
  createdBy: string | null
  note: string | null
}

export type KindRuleInput = KindRule

export interface KindPolicyRequest {
  basedOnVersion: number
  rules: KindRuleInput[]
  note?: string | null
}

// type literals (not interfaces), so that conformance.ts sees them as objects
export type PlanPerson = {
  id: number
  username: string
  name: string
}

export type PlanUnit = {
  id: number
  name: string
}

/** 检查计划: a recurring schedule of visits of one kind for a set of units. */
export interface InspectionPlan {
  id: number
  name: string
  kind: InspectionKind
  standardId: number
  standardCode: string
  standardName: string
  recurrence: Recurrence
  visitsPerPeriod: number
  startDate: IsoDate
  endDate: IsoDate | null
  dueRule: DueRule
  dueDays: number
  assigneeRule: AssigneeRule
  assignee: PlanPerson | null
  pool: PlanPerson[]
  announced: boolean
  hidden: boolean
  status: PlanStatus
  units: PlanUnit[]
  subtreeRoot: PlanUnit | null
  subtreeUnitType: string | null
  openVisits: number
  overdueVisits: number
  createdAt: Instant
  createdBy: string
  updatedAt: Instant
  lastGeneratedAt: Instant | null
}

export interface InspectionPlanRequest {
  name: string
  kind: InspectionKind
  standardId: number
  recurrence: Recurrence
  visitsPerPeriod?: number | null
  startDate: IsoDate
  endDate?: IsoDate | null
  dueRule: DueRule
  dueDays?: number | null
  assigneeRule: AssigneeRule
  assigneeUserId?: number | null
  pool?: number[] | null
  announced?: boolean | null
  unitIds?: number[] | null
  subtreeRootId?: number | null
  subtreeUnitType?: string | null
}

/** One visit of a period for a unit in a plan's schedule. */
export interface ScheduleRow {
  unitId: number
  unitName: string
  periodKey: string
  periodStart: IsoDate
  periodEnd: IsoDate
  sequence: number
  dueDate: IsoDate
  dueAt: Instant
  assigneeId: number | null
  assigneeName: string | null
  /** due before now: generating leaves it out */
  past: boolean
  visitId: number | null
}

export interface ScheduleSkip {
  unitId: number
  unitName: string
  periodKey: string
  reason: string
}

export interface SchedulePreview {
  rows: ScheduleRow[]
  skipped: ScheduleSkip[]
  truncated: boolean
}

export interface GenerationResult {
  planId: number
  created: number
  existing: number
  past: number
  visitIds: number[]
  skipped: ScheduleSkip[]
}

export interface PublishRequest {
  visitIds: number[]
}

// ---- reporting ----

export type PeriodKind = 'MONTH' | 'QUARTER' | 'YEAR'

/** One kind's part in a unit's period score ("why this number"). */
export interface KindScore {
  kind: InspectionKind
  visits: number
  average: number
  weight: number
}

export interface KindWeightView {
  kind: InspectionKind
  weight: number
}

/**
 * A unit's standing in a period: competition ranks in the organisation and under its parent. A type
 * alias, not an interface, so that conformance.ts sees it as the object it nests in UnitBreakdown.
 */
export type RankingRow = {
  unitId: number
  unitCode: string
  unitName: string
  parentId: number | null
  parentName: string | null
  orgId: number
  orgName: string
  score: number
  visits: number
  kinds: KindScore[]
  orgRank: number
  orgCount: number
  parentRank: number
  parentCount: number
  previousOrgRank: number | null
  movement: number | null
  bottomThree: boolean
  crisis: boolean
  /** The unit's rectification notices not closed yet (open or submitted), now, whatever the period. */
  openRectifications: number
  /** How many of those are overdue now. */
  overdueRectifications: number
}

export interface RankingPage {
  period: string
  periodKind: PeriodKind
  from: IsoDate
  to: IsoDate
  previousPeriod: string
  crisisMonths: string[]
  policy: string
  policyVersion: number
  weightsVersion: number
  weights: KindWeightView[]
  rows: RankingRow[]
  total: number
  page: number
  size: number
}

export interface ScorePoint {
  period: string
  score: number | null
  visits: number
  orgRank: number | null
  orgCount: number | null
}

export interface UnitTrend {
  unitId: number
  unitName: string
  periodKind: PeriodKind
  weightsVersion: number
  points: ScorePoint[]
}

export interface WeakSection {
  section: string
  average: number
  visits: number
  units: number
  failedItems: number
}

export interface FailedClause {
  clause: string
  itemText: string
  failures: number
  pointsLost: number
  units: number
}

/** A single deduction of a visit: the finding, the clause, the item's text and the points lost. */
export interface Deduction {
  findingId: number
  visitId: number
  /** the failed item, whose evidence photos the drill-down shows */
  itemId: number | null
  kind: InspectionKind
  day: IsoDate
  clause: string
  itemText: string
  pointsLost: number
  critical: boolean
}

export interface VisitScore {
  visitId: number
  kind: InspectionKind
  day: IsoDate
  total: number
  pointsLost: number
  deductions: Deduction[]
}

export interface UnitBreakdown {
  unitId: number
  unitName: string
  period: string
  from: IsoDate
  to: IsoDate
  standing: RankingRow | null
  visits: VisitScore[]
  openRectifications: number
  overdueRectifications: number
}

/** The overdue notice with the earliest deadline. A type alias, so that conformance.ts sees it nested. */
export type OldestOverdue = {
  noticeId: number
  number: string
  unitId: number
  unitName: string
  deadline: Instant
}

/** The rectification notices of the units the reader sees, now: not closed, overdue, due soon, the oldest overdue. */
export interface RectificationFigures {
  open: number
  overdue: number
  dueSoon: number
  oldestOverdue: OldestOverdue | null
}

// ---- rectification ----

export type RectificationStatus = 'OPEN' | 'SUBMITTED' | 'CLOSED' | 'CANCELLED'
export const RECTIFICATION_STATUSES: RectificationStatus[] = ['OPEN', 'SUBMITTED', 'CLOSED', 'CANCELLED']
export type LadderStep = 'CORRECTED_ON_SPOT' | 'VIOLATION_NOTICE' | 'PENALTY'
export type FindingSelection = 'ALL_FAILED' | 'CRITICAL_ONLY' | 'POINTS_AT_LEAST'
export const FINDING_SELECTIONS: FindingSelection[] = ['ALL_FAILED', 'CRITICAL_ONLY', 'POINTS_AT_LEAST']
export type NoticeAction =
  | 'OPENED'
  | 'SUBMITTED'
  | 'REJECTED'
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'ESCALATED'

/**
 * A rectification notice (整改通知单) as the list shows it; it never names who did the visit. A type
 * alias, not an interface, so that conformance.ts sees it as the object it nests in RectificationDetails.
 */
export type RectificationNotice = {
  id: number
  number: string
  unitId: number
  unitName: string
  kind: InspectionKind
  clause: string
  itemText: string
  pointsLost: number
  critical: boolean
  status: RectificationStatus
  responsiblePersonId: number | null
  responsibleName: string | null
  openedAt: Instant
  deadline: Instant
  dueSoon: boolean
  overdue: boolean
  rejections: number
  escalationLevel: number
  step: LadderStep
}

export interface NoticeEscalation {
  level: number
  unitId: number
  unitName: string
  personName: string | null
  escalatedAt: Instant
}

export interface NoticeTimelineEntry {
  action: NoticeAction
  at: Instant
  actorName: string | null
  note: string | null
}

/** A photo of a fix, for the owner's n-th submission; pending while that submission is being prepared. */
export interface FixPhoto {
  id: number
  submission: number
  pending: boolean
  width: number
  height: number
  thumbnailWidth: number
  thumbnailHeight: number
  bytes: number
  uploadedAt: Instant
  uploadedBy: string
}

export interface RectificationDetails {
  notice: RectificationNotice
  organisationName: string | null
  findingId: number
  visitId: number
  findingNote: string | null
  recordedAt: Instant
  submittedAt: Instant | null
  fixDescription: string | null
  submissions: number
  closedAt: Instant | null
  cancelledAt: Instant | null
  unitOccurrence: number
  personOccurrence: number | null
  policyCode: string
  policyVersion: number
  findingPhotos: EvidencePhoto[]
  fixPhotos: FixPhoto[]
  escalations: NoticeEscalation[]
  timeline: NoticeTimelineEntry[]
  canSubmit: boolean
  canVerify: boolean
}

/** The rectification policy; a type alias so that conformance.ts sees it nested in RectificationPolicyView. */
export type RectificationPolicy = {
  name: string
  version: number
  selection: FindingSelection
  minPointsLost: number | null
  deadlineDays: number
  criticalDeadlineDays: number
  warningHours: number
  escalationDays: number
  ladderWindowDays: number
  violationNoticeFrom: number
  penaltyFrom: number
}

export interface RectificationPolicyView {
  policy: RectificationPolicy
  changedAt: Instant
  changedBy: string
}

export type RectificationPolicyRequest = Omit<RectificationPolicy, 'version'>

export interface SubmitFixRequest {
  description: string | null
}

export interface AcceptFixRequest {
  note: string | null
}

export interface RejectFixRequest {
  reason: string | null
}
