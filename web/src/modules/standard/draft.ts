import type {
  AnswerType,
  CriticalEffect,
  DraftInput,
  StandardVersion,
  VersionStatus,
  VersionSummary,
} from '@/api/types'

/** An item as the editor holds it: every field editable, a local key for Vue's lists. */
export interface EditableItem {
  key: number
  clause: string
  text: string
  answerType: AnswerType
  naAllowed: boolean
  points: number | null
  deduction: number | null
  unit: string
  lowerLimit: number | null
  upperLimit: number | null
  critical: boolean
  photoRequired: boolean
}

export interface EditableSection {
  key: number
  name: string
  weight: number | null
  items: EditableItem[]
}

export interface EditableDraft {
  criticalEffect: CriticalEffect
  criticalCap: number | null
  ruleName: string
  note: string
  /** every section carries a weight (the total averages sections) or none (it sums points) */
  weighted: boolean
  sections: EditableSection[]
}

let nextKey = 1

function key(): number {
  return nextKey++
}

export function blankItem(): EditableItem {
  return {
    key: key(),
    clause: '',
    text: '',
    answerType: 'YES_NO',
    naAllowed: false,
    points: null,
    deduction: null,
    unit: '',
    lowerLimit: null,
    upperLimit: null,
    critical: false,
    photoRequired: false,
  }
}

export function blankSection(): EditableSection {
  return { key: key(), name: '', weight: null, items: [blankItem()] }
}

/** The editor's copy of a version. */
export function editable(version: StandardVersion): EditableDraft {
  return {
    criticalEffect: version.scoringRule.effect,
    criticalCap: version.scoringRule.cap,
    ruleName: version.scoringRule.name,
    note: version.note ?? '',
    weighted: version.scoringRule.weightedSections,
    sections: version.sections.map((section) => ({
      key: key(),
      name: section.name,
      weight: section.weight,
      items: section.items.map((item) => ({
        key: key(),
        clause: item.clause,
        text: item.text,
        answerType: item.answerType,
        naAllowed: item.naAllowed,
        points: item.points,
        deduction: item.deduction,
        unit: item.unit ?? '',
        lowerLimit: item.lowerLimit,
        upperLimit: item.upperLimit,
        critical: item.critical,
        photoRequired: item.photoRequired,
      })),
    })),
  }
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim())

/**
 * What the editor sends: fields that do not belong to an item's answer type are left out (a POINTS
 * item has no deduction, only MEASURED items have a unit and limits), weights only when weighted,
 * the cap only for CAP. Everything else goes as typed: the server checks it and answers every
 * problem under its path, which {@link errorKey} finds again.
 */
export function toInput(draft: EditableDraft): DraftInput {
  return {
    criticalEffect: draft.criticalEffect,
    criticalCap: draft.criticalEffect === 'CAP' ? draft.criticalCap : null,
    ruleName: blankToNull(draft.ruleName),
    note: blankToNull(draft.note),
    sections: draft.sections.map((section) => ({
      name: section.name.trim(),
      weight: draft.weighted ? section.weight : null,
      items: section.items.map((item) => ({
        clause: item.clause.trim(),
        text: item.text.trim(),
        answerType: item.answerType,
        naAllowed: item.naAllowed,
        points: item.points,
        deduction: item.answerType === 'POINTS' ? null : item.deduction,
        unit: item.answerType === 'MEASURED' ? blankToNull(item.unit) : null,
        lowerLimit: item.answerType === 'MEASURED' ? item.lowerLimit : null,
        upperLimit: item.answerType === 'MEASURED' ? item.upperLimit : null,
        critical: item.critical,
        photoRequired: item.photoRequired,
      })),
    })),
  }
}

/** Adds decimals as the server does (to the cent), so 0.1 + 0.2 shows 0.3. */
function sum(values: (number | null)[]): number {
  const cents = values.reduce<number>((total, value) => total + Math.round((value ?? 0) * 100), 0)
  return cents / 100
}

/** The live total of a section's points, as the editor shows it while typing. */
export function sectionPoints(section: EditableSection): number {
  return sum(section.items.map((item) => item.points))
}

export function totalPoints(draft: EditableDraft): number {
  return sum(draft.sections.map(sectionPoints))
}

export function itemCount(draft: EditableDraft): number {
  return draft.sections.reduce((count, section) => count + section.items.length, 0)
}

/** The server's path of a field: criticalCap, sections[1].weight, sections[0].items[2].deduction. */
export function errorKey(section?: number, item?: number, field?: string): string {
  if (section === undefined) return field ?? ''
  const base = `sections[${section}]`
  if (item === undefined) return field ? `${base}.${field}` : base
  return `${base}.items[${item}]${field ? '.' + field : ''}`
}

/** Moves an element of a list one place up (-1) or down (+1); answers whether it moved. */
export function move<T>(list: T[], index: number, by: -1 | 1): boolean {
  const target = index + by
  if (target < 0 || target >= list.length) return false
  const [moved] = list.splice(index, 1)
  list.splice(target, 0, moved)
  return true
}

/** Which version a standard's page opens: the asked one, else the draft, the current, the newest. */
export function defaultVersion(
  versions: VersionSummary[],
  asked: number | null,
  draft: number | null,
  current: number | null,
): number | null {
  if (asked !== null && versions.some((v) => v.number === asked)) return asked
  if (draft !== null) return draft
  if (current !== null) return current
  return versions.length > 0 ? Math.max(...versions.map((v) => v.number)) : null
}

/** Element Plus tag colour of a version status. */
export function statusType(status: VersionStatus): 'warning' | 'success' | 'info' {
  return status === 'DRAFT' ? 'warning' : status === 'PUBLISHED' ? 'success' : 'info'
}
