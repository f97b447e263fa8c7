import { api, downloadUrl } from '@/api/http'
import type {
  AdoptTemplateRequest,
  CreateStandardRequest,
  DraftInput,
  ImportMode,
  Page,
  Standard,
  StandardDetails,
  StandardImportJob,
  StandardTemplate,
  StandardVersion,
  UpdateStandardRequest,
} from '@/api/types'

export interface StandardQuery {
  q?: string
  page: number
  size: number
}

export const standardApi = {
  page: (query: StandardQuery) => api.get<Page<Standard>>('/standards', { ...query }),
  get: (id: number) => api.get<StandardDetails>(`/standards/${id}`),
  create: (request: CreateStandardRequest) => api.post<StandardDetails>('/standards', request, { silent: true }),
  update: (id: number, request: UpdateStandardRequest) =>
    api.put<StandardDetails>(`/standards/${id}`, request, { silent: true }),
  version: (id: number, number: number) => api.get<StandardVersion>(`/standards/${id}/versions/${number}`),
  /** Saves a draft's whole content; the caller shows the field errors next to the fields. */
  saveDraft: (id: number, number: number, draft: DraftInput) =>
    api.put<StandardVersion>(`/standards/${id}/versions/${number}`, draft),
  discardDraft: (id: number, number: number) => api.delete<StandardDetails>(`/standards/${id}/versions/${number}`),
  publish: (id: number, number: number) => api.post<StandardVersion>(`/standards/${id}/versions/${number}/publish`),
  retire: (id: number, number: number) => api.post<StandardVersion>(`/standards/${id}/versions/${number}/retire`),
  startDraft: (id: number) => api.post<StandardVersion>(`/standards/${id}/drafts`),
  templates: () => api.get<StandardTemplate[]>('/standards/templates'),
  adopt: (key: string, request: AdoptTemplateRequest) =>
    api.post<StandardDetails>(`/standards/templates/${key}/adopt`, request, { silent: true }),
  importTemplateUrl: () => downloadUrl('/standards/import-template'),
  exportUrl: (id: number, number: number) => downloadUrl(`/standards/${id}/versions/${number}/export`),
  startImport: (id: number, file: File, mode: ImportMode) => {
    const form = new FormData()
    form.append('file', file)
    form.append('mode', mode)
    return api.upload<StandardImportJob>(`/standards/${id}/imports`, form, 'POST', { silent: false })
  },
  importJob: (jobId: number) => api.get<StandardImportJob>(`/standards/imports/${jobId}`),
}
