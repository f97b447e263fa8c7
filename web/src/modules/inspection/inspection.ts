import type { AppealStatus, InspectionKind, VisitStatus } from '@/api/types'

export const INSPECTION_KINDS: readonly InspectionKind[] = [
  'SUPERVISOR',
  'SELF',
  'COMPANY',
  'SPOT_CHECK',
  'CROSS',
  'EXTERNAL_SUPERVISOR',
  'MYSTERY_SHOPPER',
  'THIRD_PARTY',
]

export const VISIT_STATUSES: readonly VisitStatus[] = ['DRAFT', 'SUBMITTED', 'AMENDED']

export const APPEAL_STATUSES: readonly AppealStatus[] = ['OPEN', 'UPHELD', 'REJECTED']

export function statusTagType(status: VisitStatus): 'info' | 'success' | 'warning' {
  if (status === 'DRAFT') return 'info'
  return status === 'AMENDED' ? 'warning' : 'success'
}

export function appealTagType(status: AppealStatus): 'warning' | 'success' | 'info' {
  if (status === 'OPEN') return 'warning'
  return status === 'UPHELD' ? 'success' : 'info'
}
