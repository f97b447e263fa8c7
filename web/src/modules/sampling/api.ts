import { api, downloadUrl, type Query } from '@/api/http'
import type {
  InspectionStream,
  Lot,
  LotDecision,
  LotListItem,
  LotPhoto,
  LotPreview,
  Page,
  ReceiveLotRequest,
  SamplingItem,
  SamplingItemRequest,
  SamplingOptions,
  SamplingPlan,
  SamplingSupplier,
  SeveritySwitch,
  SupplierItemRow,
  SupplierItemSummary,
  DefectClass,
} from '@/api/types'

export interface LotQuery {
  unitId?: number | null
  vendorId?: number | null
  itemId?: number | null
  decision?: LotDecision | ''
  page: number
  size: number
}

export const samplingApi = {
  options: () => api.get<SamplingOptions>('/sampling/options'),
  plan: (query: { lotSize: number; level: string; aql: string; severity: string }) =>
    api.get<SamplingPlan>('/sampling/plan', query, { silent: true }),
  items: (query: { q?: string; includeInactive?: boolean; page: number; size: number }) =>
    api.get<Page<SamplingItem>>('/sampling/items', query),
  createItem: (item: SamplingItemRequest) => api.post<SamplingItem>('/sampling/items', item),
  updateItem: (id: number, item: SamplingItemRequest) => api.put<SamplingItem>(`/sampling/items/${id}`, item),
  suppliers: (q?: string) => api.get<SamplingSupplier[]>('/sampling/suppliers', { q, limit: 200 }),
  preview: (query: { unitId: number; vendorId: number; itemId: number; lotSize: number }) =>
    api.get<LotPreview>('/sampling/lots/preview', query),
  receive: (request: ReceiveLotRequest) => api.post<Lot>('/sampling/lots', request),
  lot: (id: number) => api.get<Lot>(`/sampling/lots/${id}`),
  lots: (query: LotQuery) => api.get<Page<LotListItem>>('/sampling/lots', query as unknown as Query),
  exportUrl: (query: Omit<LotQuery, 'page' | 'size'>) => downloadUrl('/sampling/lots/export', query as unknown as Query),
  uploadPhoto: (lotId: number, file: File, defectClass: DefectClass | null) => {
    const form = new FormData()
    form.append('file', file)
    if (defectClass) form.append('defectClass', defectClass)
    return api.upload<LotPhoto>(`/sampling/lots/${lotId}/photos`, form)
  },
  photoUrl: (lotId: number, photoId: number) => downloadUrl(`/sampling/lots/${lotId}/photos/${photoId}`),
  overview: (page: number, size: number) => api.get<Page<SupplierItemRow>>('/sampling/overview', { page, size }),
  summary: (vendorId: number, itemId: number, unitId?: number | null) =>
    api.get<SupplierItemSummary>(`/sampling/suppliers/${vendorId}/items/${itemId}`, { unitId }),
  streams: (query: { unitId?: number | null; vendorId?: number | null; itemId?: number | null }) =>
    api.get<InspectionStream[]>('/sampling/streams', query),
  switches: (streamId: number) => api.get<SeveritySwitch[]>(`/sampling/streams/${streamId}/switches`),
  correctiveAction: (streamId: number, note: string) =>
    api.post<InspectionStream>(`/sampling/streams/${streamId}/corrective-action`, { note }),
  reducedApproval: (streamId: number, approved: boolean, note: string | null) =>
    api.post<InspectionStream>(`/sampling/streams/${streamId}/reduced-approval`, { approved, note }),
  production: (streamId: number, steady: boolean, note: string | null) =>
    api.post<InspectionStream>(`/sampling/streams/${streamId}/production`, { steady, note }),
  returnToNormal: (streamId: number, note: string) =>
    api.post<InspectionStream>(`/sampling/streams/${streamId}/return-to-normal`, { note }),
}
