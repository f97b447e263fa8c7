import type { LadderStep, RectificationNotice, RectificationStatus } from '@/api/types'
import type { NoticeQuery } from './api'

/** The list's tabs: waiting for me, not closed yet, overdue, everything. */
export type NoticeTab = 'mine' | 'open' | 'overdue' | 'all'
export const NOTICE_TABS: NoticeTab[] = ['mine', 'open', 'overdue', 'all']

export function isNoticeTab(value: unknown): value is NoticeTab {
  return typeof value === 'string' && (NOTICE_TABS as string[]).includes(value)
}

/** The query parameters a tab stands for. */
export function tabQuery(tab: NoticeTab): Pick<NoticeQuery, 'mine' | 'active' | 'overdue'> {
  switch (tab) {
    case 'mine':
      return { mine: true }
    case 'open':
      return { active: true }
    case 'overdue':
      return { overdue: true }
    default:
      return {}
  }
}

type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export function statusTagType(status: RectificationStatus): TagType {
  switch (status) {
    case 'OPEN':
      return 'warning'
    case 'SUBMITTED':
      return 'primary'
    case 'CLOSED':
      return 'success'
    default:
      return 'info'
  }
}

export function stepTagType(step: LadderStep): TagType {
  switch (step) {
    case 'PENALTY':
      return 'danger'
    case 'VIOLATION_NOTICE':
      return 'warning'
    default:
      return 'info'
  }
}

/** How pressing the deadline is: past it while open, within the warning time, or neither. */
export function deadlineState(notice: Pick<RectificationNotice, 'overdue' | 'dueSoon' | 'status'>): 'overdue' | 'dueSoon' | null {
  if (notice.overdue) return 'overdue'
  if (notice.dueSoon && notice.status === 'OPEN') return 'dueSoon'
  return null
}
