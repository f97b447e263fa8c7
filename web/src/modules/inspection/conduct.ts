import { ApiError } from '@/api/http'
import type {
  InspectionAnswer,
  InspectionAnswerInput,
  InspectionScoreLine,
  StandardItem,
  StandardVersion,
} from '@/api/types'

/** The conduct page's editable answer to one item (what the controls bind to). */
export interface AnswerDraft {
  compliant: boolean | null
  value: number | null
  notApplicable: boolean
  note: string
  personId: number | null
}

export function emptyDraft(): AnswerDraft {
  return { compliant: null, value: null, notApplicable: false, note: '', personId: null }
}

export function draftOf(answer: InspectionAnswer | undefined): AnswerDraft {
  if (!answer) return emptyDraft()
  return {
    compliant: answer.compliant,
    value: answer.value,
    notApplicable: answer.notApplicable,
    note: answer.note ?? '',
    personId: answer.personId,
  }
}

/** Whether a draft says anything the server can score (a yes/no, a value or N/A). */
export function isAnswered(item: StandardItem, draft: AnswerDraft): boolean {
  if (draft.notApplicable) return true
  return item.answerType === 'YES_NO' ? draft.compliant !== null : draft.value !== null && draft.value !== undefined
}

/** The answer as the API takes it; null while the item is not answered (it is then not sent). */
export function toInput(item: StandardItem, draft: AnswerDraft): InspectionAnswerInput | null {
  if (!isAnswered(item, draft)) return null
  const note = draft.note.trim() || null
  if (draft.notApplicable) return { itemId: item.id, notApplicable: true, note, personId: draft.personId }
  if (item.answerType === 'YES_NO') return { itemId: item.id, compliant: draft.compliant, note, personId: draft.personId }
  return { itemId: item.id, value: draft.value, note, personId: draft.personId }
}

/** Whether the draft fails the item as the standard scores it (limits inclusive). */
export function failsLocally(item: StandardItem, draft: AnswerDraft): boolean {
  if (!isAnswered(item, draft) || draft.notApplicable) return false
  if (item.answerType === 'YES_NO') return draft.compliant === false
  const value = draft.value as number
  if (item.answerType === 'POINTS') return value < item.points
  if (item.lowerLimit !== null && value < item.lowerLimit) return true
  return item.upperLimit !== null && value > item.upperLimit
}

/** What a client can tell before sending: a score above the item's points or below zero. */
export function localProblem(item: StandardItem, draft: AnswerDraft): 'aboveMax' | 'negative' | null {
  if (draft.notApplicable || item.answerType !== 'POINTS' || draft.value === null) return null
  if (draft.value > item.points) return 'aboveMax'
  if (draft.value < 0) return 'negative'
  return null
}

export function sameDraft(a: AnswerDraft, b: AnswerDraft): boolean {
  return (
    a.compliant === b.compliant &&
    a.value === b.value &&
    a.notApplicable === b.notApplicable &&
    a.note.trim() === b.note.trim() &&
    a.personId === b.personId
  )
}

export function allItems(version: StandardVersion): StandardItem[] {
  return version.sections.flatMap((section) => section.items)
}

/**
 * The server's field errors by item id: submit names `items[<itemId>]`, saving answers names
 * `answers[<index>]` or `answers[<index>].personId` of the list that was sent.
 */
export function itemErrors(error: unknown, sent: InspectionAnswerInput[] = []): Record<number, string> {
  const result: Record<number, string> = {}
  if (!(error instanceof ApiError)) return result
  for (const problem of error.errors) {
    const byItem = /^items\[(\d+)]/.exec(problem.field)
    const byIndex = /^answers\[(\d+)]/.exec(problem.field)
    let itemId: number | undefined
    if (byItem) itemId = Number(byItem[1])
    else if (byIndex) itemId = sent[Number(byIndex[1])]?.itemId
    if (itemId !== undefined && !(itemId in result)) result[itemId] = problem.message
  }
  return result
}

/** The measured item's limits as a reader says them: "18–26 ℃", "≤ 15 min", "≥ 3". */
export function limitsText(item: StandardItem): string {
  const unit = item.unit ? ` ${item.unit}` : ''
  if (item.lowerLimit !== null && item.upperLimit !== null) return `${item.lowerLimit}–${item.upperLimit}${unit}`
  if (item.lowerLimit !== null) return `≥ ${item.lowerLimit}${unit}`
  if (item.upperLimit !== null) return `≤ ${item.upperLimit}${unit}`
  return unit.trim()
}

/** Lines by item id, for showing each item's points as scored. */
export function linesByItem(lines: InspectionScoreLine[]): Map<number, InspectionScoreLine> {
  return new Map(lines.map((line) => [line.itemId, line]))
}
