import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { permissionOf, type Permission } from '@/layout/menu'
import { useSession } from '@/modules/identity/session'
import { decide } from './guard'
import AppLayout from '@/layout/AppLayout.vue'
import LoginPage from '@/modules/identity/LoginPage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean
    permission?: Permission
  }
}

function guarded(name: string, path: string, component: RouteRecordRaw['component'], menu = name): RouteRecordRaw {
  return { path, name, component, meta: { permission: permissionOf(menu) } } as RouteRecordRaw
}

const UnitsPage = () => import('@/modules/organization/UnitsPage.vue')
const PeoplePage = () => import('@/modules/organization/PeoplePage.vue')
const VendorsPage = () => import('@/modules/organization/VendorsPage.vue')
const RolesPage = () => import('@/modules/identity/RolesPage.vue')
const UsersPage = () => import('@/modules/identity/UsersPage.vue')
const TokensPage = () => import('@/modules/identity/TokensPage.vue')
const CalendarsPage = () => import('@/modules/calendar/CalendarsPage.vue')
const AuditPage = () => import('@/modules/audit/AuditPage.vue')
const StandardsPage = () => import('@/modules/standard/StandardsPage.vue')
const StandardPage = () => import('@/modules/standard/StandardPage.vue')
const SamplingPage = () => import('@/modules/sampling/SamplingPage.vue')
const LotDetail = () => import('@/modules/sampling/LotDetail.vue')
const InspectionsPage = () => import('@/modules/inspection/InspectionsPage.vue')
const InspectionDetail = () => import('@/modules/inspection/InspectionDetail.vue')
const ConductPage = () => import('@/modules/inspection/ConductPage.vue')
const AppealsPage = () => import('@/modules/inspection/AppealsPage.vue')
const PlansPage = () => import('@/modules/inspection/PlansPage.vue')
const AssignmentsPage = () => import('@/modules/inspection/AssignmentsPage.vue')
const PublishPage = () => import('@/modules/inspection/PublishPage.vue')
const KindPolicyPage = () => import('@/modules/inspection/KindPolicyPage.vue')
const DashboardPage = () => import('@/modules/reporting/DashboardPage.vue')
const RectificationsPage = () => import('@/modules/rectification/RectificationsPage.vue')
const RectificationDetail = () => import('@/modules/rectification/RectificationDetail.vue')
const RectificationPolicy = () => import('@/modules/rectification/PolicySettings.vue')

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginPage, meta: { public: true } },
  {
    path: '/change-password',
    name: 'change-password',
    component: () => import('@/modules/identity/ChangePasswordPage.vue'),
  },
  {
    path: '/sampling/lots/:id(\\d+)/print',
    name: 'sampling-lot-print',
    component: () => import('@/modules/sampling/LotPrint.vue'),
    meta: { permission: permissionOf('sampling') },
  },
  {
    path: '/rectifications/:id(\\d+)/print',
    name: 'rectification-print',
    component: () => import('@/modules/rectification/RectificationPrint.vue'),
    meta: { permission: permissionOf('rectifications') },
  },
  {
    path: '/',
    component: AppLayout,
    children: [
      { path: '', name: 'home', component: () => import('@/layout/ErrorPage.vue'), props: { kind: 'home' } },
      guarded('units', 'units', UnitsPage),
      guarded('unit', 'units/:id(\\d+)', UnitsPage, 'units'),
      guarded('people', 'people', PeoplePage),
      guarded('person', 'people/:id(\\d+)', PeoplePage, 'people'),
      guarded('vendors', 'vendors', VendorsPage),
      guarded('vendor', 'vendors/:id(\\d+)', VendorsPage, 'vendors'),
      guarded('roles', 'roles', RolesPage),
      guarded('users', 'users', UsersPage),
      guarded('calendars', 'calendars', CalendarsPage),
      guarded('calendar', 'calendars/:id(\\d+)', CalendarsPage, 'calendars'),
      guarded('standards', 'standards', StandardsPage),
      guarded('standard', 'standards/:id(\\d+)', StandardPage, 'standards'),
      guarded('standard-version', 'standards/:id(\\d+)/versions/:number(\\d+)', StandardPage, 'standards'),
      guarded('audit', 'audit', AuditPage),
      guarded('tokens', 'tokens', TokensPage),
      guarded('sampling', 'sampling/:tab(receive|overview|items|plan)?', SamplingPage),
      guarded('sampling-lot', 'sampling/lots/:id(\\d+)', LotDetail, 'sampling'),
      guarded('inspections', 'inspections', InspectionsPage),
      guarded('inspection-appeals', 'inspections/appeals', AppealsPage),
      guarded('inspection', 'inspections/:id(\\d+)', InspectionDetail, 'inspections'),
      guarded('inspection-conduct', 'inspections/:id(\\d+)/conduct', ConductPage, 'inspections'),
      guarded('inspection-assignments', 'inspection-assignments', AssignmentsPage),
      guarded('inspection-plans', 'inspection-plans', PlansPage),
      guarded('inspection-publications', 'inspection-publications', PublishPage),
      guarded('inspection-kind-rules', 'inspection-kind-rules', KindPolicyPage),
      guarded('dashboard', 'dashboard', DashboardPage),
      guarded('rectifications', 'rectifications/:tab(mine|open|overdue|all)?', RectificationsPage),
      guarded('rectification', 'rectifications/:id(\\d+)', RectificationDetail, 'rectifications'),
      guarded('rectification-policy', 'rectifications/policy', RectificationPolicy, 'rectifications'),
      { path: 'forbidden', name: 'forbidden', component: () => import('@/layout/ErrorPage.vue'), props: { kind: 'forbidden' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/layout/ErrorPage.vue'), props: { kind: 'not-found' } },
    ],
  },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
})

router.beforeEach(async (to) => {
  const session = useSession()
  const me = to.meta.public && to.name !== 'login' ? session.me : await session.load().catch(() => null)
  return decide(to, me)
})
