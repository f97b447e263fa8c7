import { api, downloadUrl, type Query } from '@/api/http'
import type {
  Amendment,
  Appeal,
  AppealPolicy,
  AppealStatus,
  AppealWindow,
  CreateInspectionRequest,
  EvidencePhoto,
  Inspection,
  InspectionAnswerInput,
  InspectionDetails,
  InspectionFinding,
  InspectionKind,
  InspectionScore,
  Page,
  ResponsiblePerson,
  VisitStatus,
} from '@/api/types'

export interface InspectionQuery {
  unitId?: number | null
  kind?: InspectionKind | ''
  status?: VisitStatus | ''
  page: number
  size: number
}

export interface AppealQuery {
  status?: AppealStatus | ''
  unitId?: number | null
  page: number
  size: number
}

export const inspectionApi = {
  page: (query: InspectionQuery) => api.get<Page<Inspection>>('/inspections', query as unknown as Query),
  create: (request: CreateInspectionRequest) => api.post<InspectionDetails>('/inspections', request, { silent: true }),
  get: (id: number) => api.get<InspectionDetails>(`/inspections/${id}`),
  /** Saves answers to the draft; the caller shows field errors (answers[i]) next to the items. */
  answer: (id: number, answers: InspectionAnswerInput[]) =>
    api.put<InspectionDetails>(`/inspections/${id}/answers`, { answers }, { silent: true }),
  submit: (id: number) => api.post<InspectionDetails>(`/inspections/${id}/submit`, undefined, { silent: true }),
  score: (id: number) => api.get<InspectionScore>(`/inspections/${id}/score`, undefined, { silent: true }),
  findings: (id: number) => api.get<InspectionFinding[]>(`/inspections/${id}/findings`),
  people: (id: number) => api.get<ResponsiblePerson[]>(`/inspections/${id}/people`, undefined, { silent: true }),
  photos: (id: number) => api.get<EvidencePhoto[]>(`/inspections/${id}/photos`),
  addPhoto: (id: number, itemId: number, file: File) => {
    const form = new FormData()
    form.append('itemId', String(itemId))
    form.append('file', file)
    return api.upload<EvidencePhoto>(`/inspections/${id}/photos`, form)
  },
  deletePhoto: (id: number, photoId: number) => api.delete<void>(`/inspections/${id}/photos/${photoId}`),
  photoUrl: (id: number, photoId: number) => downloadUrl(`/inspections/${id}/photos/${photoId}`),
  thumbnailUrl: (id: number, photoId: number) => downloadUrl(`/inspections/${id}/photos/${photoId}/thumbnail`),
  amend: (id: number, reason: string, answers: InspectionAnswerInput[]) =>
    api.post<Amendment>(`/inspections/${id}/amend`, { reason, answers }, { silent: true }),
  amendments: (id: number) => api.get<Amendment[]>(`/inspections/${id}/amendments`),
  appealsOfVisit: (id: number) => api.get<Appeal[]>(`/inspections/${id}/appeals`),
  appealWindow: (findingId: number) =>
    api.get<AppealWindow>(`/inspections/findings/${findingId}/appeal-window`, undefined, { silent: true }),
  appeal: (findingId: number, reason: string) =>
    api.post<Appeal>(`/inspections/findings/${findingId}/appeal`, { reason }, { silent: true }),
  appeals: (query: AppealQuery) => api.get<Page<Appeal>>('/inspections/appeals', query as unknown as Query),
  uphold: (appealId: number, reason: string) =>
    api.post<Appeal>(`/inspections/appeals/${appealId}/uphold`, { reason }, { silent: true }),
  reject: (appealId: number, reason: string) =>
    api.post<Appeal>(`/inspections/appeals/${appealId}/reject`, { reason }, { silent: true }),
  appealPolicy: () => api.get<AppealPolicy[]>('/inspections/appeal-policy'),
  changeAppealPolicy: (workingDays: number) =>
    api.post<AppealPolicy>('/inspections/appeal-policy', { workingDays }, { silent: true }),
}
