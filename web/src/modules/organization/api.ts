import { api, downloadUrl, type Query } from '@/api/http'
import type {
  Contract,
  ContractInput,
  CreateUnitRequest,
  ImportJob,
  ImportMode,
  Page,
  Person,
  PersonInput,
  PersonStatus,
  Unit,
  UnitNode,
  UnitType,
  UpdateUnitRequest,
  Vendor,
  VendorInput,
} from '@/api/types'

export const unitApi = {
  types: () => api.get<UnitType[]>('/unit-types'),
  createType: (type: UnitType) => api.post<UnitType>('/unit-types', type),
  tree: (includeInactive = false) => api.get<UnitNode[]>('/units/tree', { includeInactive }),
  get: (id: number) => api.get<Unit>(`/units/${id}`),
  create: (request: CreateUnitRequest) => api.post<Unit>('/units', request),
  update: (id: number, request: UpdateUnitRequest) => api.put<Unit>(`/units/${id}`, request),
  move: (id: number, parentId: number) => api.post<Unit>(`/units/${id}/move`, { parentId }),
  deactivate: (id: number) => api.post<Unit>(`/units/${id}/deactivate`),
  activate: (id: number) => api.post<Unit>(`/units/${id}/activate`),
  templateUrl: () => downloadUrl('/units/template'),
  exportUrl: () => downloadUrl('/units/export'),
}

export interface PeopleQuery {
  q?: string
  unitId?: number | null
  includeSubunits?: boolean
  status?: PersonStatus | ''
  page: number
  size: number
}

export const personApi = {
  page: (query: PeopleQuery) => api.get<Page<Person>>('/people', query as unknown as Query),
  get: (id: number) => api.get<Person>(`/people/${id}`),
  create: (person: PersonInput) => api.post<Person>('/people', person),
  update: (id: number, person: PersonInput) => api.put<Person>(`/people/${id}`, person),
  uploadPhoto: (id: number, file: File) => {
    const form = new FormData()
    form.append('file', file)
    return api.upload<void>(`/people/${id}/photo`, form, 'PUT')
  },
  photoUrl: (id: number, version: number | string = '') => downloadUrl(`/people/${id}/photo`, { v: version }),
  templateUrl: () => downloadUrl('/people/template'),
  exportUrl: (query: Omit<PeopleQuery, 'page' | 'size'>) => downloadUrl('/people/export', query as unknown as Query),
}

export type ImportKind = 'units' | 'people'

export const importApi = {
  start: (kind: ImportKind, file: File, mode: ImportMode) => {
    const form = new FormData()
    form.append('file', file)
    form.append('mode', mode)
    return api.upload<ImportJob>(`/${kind}/imports`, form, 'POST', { silent: false })
  },
  get: (id: number) => api.get<ImportJob>(`/imports/${id}`),
}

export const vendorApi = {
  page: (query: { q?: string; page: number; size: number }) => api.get<Page<Vendor>>('/vendors', query),
  create: (vendor: VendorInput) => api.post<Vendor>('/vendors', vendor),
  update: (id: number, vendor: VendorInput) => api.put<Vendor>(`/vendors/${id}`, vendor),
  contracts: (vendorId: number) => api.get<Contract[]>(`/vendors/${vendorId}/contracts`),
  createContract: (vendorId: number, contract: ContractInput) =>
    api.post<Contract>(`/vendors/${vendorId}/contracts`, contract),
  updateContract: (vendorId: number, id: number, contract: ContractInput) =>
    api.put<Contract>(`/vendors/${vendorId}/contracts/${id}`, contract),
}
