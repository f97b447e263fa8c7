import { api, downloadUrl, type Query } from '@/api/http'
import type {
  Page,
  RectificationDetails,
  RectificationNotice,
  RectificationPolicyRequest,
  RectificationPolicyView,
  RectificationStatus,
} from '@/api/types'

export interface NoticeQuery {
  status?: RectificationStatus | ''
  active?: boolean
  overdue?: boolean
  mine?: boolean
  unitId?: number | null
  page: number
  size: number
}

export const rectificationApi = {
  list: (query: NoticeQuery) => api.get<Page<RectificationNotice>>('/rectifications', query as unknown as Query),
  exportUrl: (query: Omit<NoticeQuery, 'page' | 'size'>) =>
    downloadUrl('/rectifications/export', query as unknown as Query),
  notice: (id: number) => api.get<RectificationDetails>(`/rectifications/${id}`),
  submit: (id: number, description: string) =>
    api.post<RectificationDetails>(`/rectifications/${id}/submit`, { description }, { silent: true }),
  accept: (id: number, note: string | null) =>
    api.post<RectificationDetails>(`/rectifications/${id}/accept`, { note }, { silent: true }),
  reject: (id: number, reason: string) =>
    api.post<RectificationDetails>(`/rectifications/${id}/reject`, { reason }, { silent: true }),
  policy: () => api.get<RectificationPolicyView>('/rectifications/policy'),
  updatePolicy: (policy: RectificationPolicyRequest) =>
    api.put<RectificationPolicyView>('/rectifications/policy', policy, { silent: true }),
}
