import { api, downloadUrl } from '@/api/http'
import type { FailedClause, RankingPage, RectificationFigures, UnitBreakdown, UnitTrend, WeakSection } from '@/api/types'

export interface ListQuery {
  period: string
  unitId?: number | null
  limit?: number
}

export const reportingApi = {
  rankings: (query: { period: string; parentId?: number | null; page: number; size: number }) =>
    api.get<RankingPage>('/reporting/rankings', query),
  trend: (unitId: number, period: string) => api.get<UnitTrend>(`/reporting/units/${unitId}/trend`, { period }),
  weakSections: (query: ListQuery) => api.get<WeakSection[]>('/reporting/weak-sections', { ...query }),
  failedClauses: (query: ListQuery) => api.get<FailedClause[]>('/reporting/failed-clauses', { ...query }),
  /** The open and overdue rectification notices of the reader's units, now (not of a period). */
  rectifications: () => api.get<RectificationFigures>('/reporting/rectifications'),
  breakdown: (unitId: number, period: string) =>
    api.get<UnitBreakdown>(`/reporting/units/${unitId}/breakdown`, { period }),
  rankingsExport: (period: string) => downloadUrl('/reporting/rankings/export', { period }),
  trendExport: (unitId: number, period: string) => downloadUrl(`/reporting/units/${unitId}/trend/export`, { period }),
  weakSectionsExport: (query: ListQuery) => downloadUrl('/reporting/weak-sections/export', { ...query }),
  failedClausesExport: (query: ListQuery) => downloadUrl('/reporting/failed-clauses/export', { ...query }),
  deductionsExport: (unitId: number, period: string) =>
    downloadUrl(`/reporting/units/${unitId}/deductions/export`, { period }),
}
