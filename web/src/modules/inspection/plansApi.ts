import { api } from '@/api/http'
import type {
  GenerationResult,
  Inspection,
  InspectionKind,
  InspectionPlan,
  InspectionPlanRequest,
  KindPolicy,
  KindPolicyRequest,
  Page,
  PlanPerson,
  PlanStatus,
  SchedulePreview,
} from '@/api/types'

export interface PlanQuery {
  kind?: InspectionKind | ''
  status?: PlanStatus | ''
  q?: string
  page: number
  size: number
}

/** Plans, the kind rules, my assignments and the publication of hidden results. */
export const plansApi = {
  plans: (query: PlanQuery) => api.get<Page<InspectionPlan>>('/inspection-plans', { ...query }),
  plan: (id: number) => api.get<InspectionPlan>(`/inspection-plans/${id}`),
  /** The caller shows field errors next to the fields. */
  create: (request: InspectionPlanRequest) => api.post<InspectionPlan>('/inspection-plans', request, { silent: true }),
  update: (id: number, request: InspectionPlanRequest) =>
    api.put<InspectionPlan>(`/inspection-plans/${id}`, request, { silent: true }),
  preview: (request: InspectionPlanRequest) =>
    api.post<SchedulePreview>('/inspection-plans/preview', request, { silent: true }),
  schedule: (id: number) => api.get<SchedulePreview>(`/inspection-plans/${id}/schedule`),
  pause: (id: number) => api.post<InspectionPlan>(`/inspection-plans/${id}/pause`),
  resume: (id: number) => api.post<InspectionPlan>(`/inspection-plans/${id}/resume`),
  generate: (id: number) => api.post<GenerationResult>(`/inspection-plans/${id}/generate`),
  assignees: (kind: InspectionKind) => api.get<PlanPerson[]>('/inspection-plans/assignees', { kind }),

  kindPolicy: () => api.get<KindPolicy>('/inspections/kind-policy'),
  kindPolicyVersions: () => api.get<KindPolicy[]>('/inspections/kind-policy/versions'),
  changeKindPolicy: (request: KindPolicyRequest) =>
    api.put<KindPolicy>('/inspections/kind-policy', request, { silent: true }),

  assignments: (done: boolean, page: number, size: number) =>
    api.get<Page<Inspection>>('/inspections/assignments', { done, page, size }),
  awaitingPublication: (page: number, size: number) =>
    api.get<Page<Inspection>>('/inspections/publications', { page, size }),
  publish: (visitIds: number[]) => api.post<Inspection[]>('/inspections/publish', { visitIds }),
}
