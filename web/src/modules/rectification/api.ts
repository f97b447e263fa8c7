import { api, downloadUrl, type Query } from '@/api/http'
import type {
  FixPhoto,
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
  uploadPhoto: (id: number, file: File) => {
    const form = new FormData()
    form.append('file', file)
    return api.upload<FixPhoto>(`/rectifications/${id}/photos`, form)
  },
  deletePhoto: (id: number, photoId: number) => api.delete<void>(`/rectifications/${id}/photos/${photoId}`),
  photoUrl: (id: number, photoId: number) => downloadUrl(`/rectifications/${id}/photos/${photoId}`),
  thumbnailUrl: (id: number, photoId: number) => downloadUrl(`/rectifications/${id}/photos/${photoId}/thumbnail`),
  /** The inspector's evidence of the finding, served by the inspection module. */
  evidenceUrl: (visitId: number, photoId: number) => downloadUrl(`/inspections/${visitId}/photos/${photoId}`),
  evidenceThumbnailUrl: (visitId: number, photoId: number) =>
    downloadUrl(`/inspections/${visitId}/photos/${photoId}/thumbnail`),
  policy: () => api.get<RectificationPolicyView>('/rectifications/policy'),
  updatePolicy: (policy: RectificationPolicyRequest) =>
    api.put<RectificationPolicyView>('/rectifications/policy', policy, { silent: true }),
}
