import { api, downloadUrl, type Query } from '@/api/http'
import type { AuditEntry, AuditQuery, Page } from '@/api/types'

export const auditApi = {
  page: (query: AuditQuery) => api.get<Page<AuditEntry>>('/audit', query as Query),
  exportUrl: (query: Omit<AuditQuery, 'page' | 'size'>) => downloadUrl('/audit/export', query as Query),
}
