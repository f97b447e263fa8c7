import type { Component } from 'vue'
import {
  Calendar,
  ChatLineSquare,
  Checked,
  DataLine,
  DocumentChecked,
  Finished,
  Key,
  List,
  Lock,
  OfficeBuilding,
  Promotion,
  Setting,
  Tickets,
  Timer,
  User,
  UserFilled,
  Van,
} from '@element-plus/icons-vue'

/** A permission, a list of which any one is enough, or null for every signed-in user. */
export type Permission = string | readonly string[] | null

/** Whether the held permissions satisfy {@link Permission}. */
export function holds(held: Iterable<string>, permission: Permission): boolean {
  if (permission === null) return true
  const set = new Set(held)
  return typeof permission === 'string' ? set.has(permission) : permission.some((p) => set.has(p))
}

/** One sidebar entry; the router guards its route with the same permission. */
export interface MenuEntry {
  /** route name, also the suffix of its data-testid (nav-units) */
  name: string
  path: string
  titleKey: string
  /** the `…:read` permission that shows the entry, or a list of which any one does; null: every signed-in user */
  permission: Permission
  icon: Component
}

export const MENU: readonly MenuEntry[] = [
  { name: 'dashboard', path: '/dashboard', titleKey: 'nav.dashboard', permission: 'reporting:read', icon: DataLine },
  { name: 'inspections', path: '/inspections', titleKey: 'inspection.nav.inspections', permission: 'inspection:read', icon: DocumentChecked },
  {
    name: 'inspection-assignments',
    path: '/inspection-assignments',
    titleKey: 'inspectionPlans.nav.assignments',
    permission: 'inspection:read',
    icon: List,
  },
  {
    name: 'rectifications',
    path: '/rectifications',
    titleKey: 'nav.rectifications',
    permission: 'rectification:read',
    icon: Finished,
  },
  {
    name: 'inspection-plans',
    path: '/inspection-plans',
    titleKey: 'inspectionPlans.nav.plans',
    permission: 'inspection:manage',
    icon: Timer,
  },
  {
    name: 'inspection-publications',
    path: '/inspection-publications',
    titleKey: 'inspectionPlans.nav.publications',
    permission: 'inspection:manage',
    icon: Promotion,
  },
  {
    name: 'inspection-appeals',
    path: '/inspections/appeals',
    titleKey: 'inspection.nav.appeals',
    // quality managers decide appeals; the visited units follow their own
    permission: ['inspection:manage', 'inspection:appeal'],
    icon: ChatLineSquare,
  },
  { name: 'standards', path: '/standards', titleKey: 'nav.standards', permission: 'standard:read', icon: Checked },
  {
    name: 'inspection-kind-rules',
    path: '/inspection-kind-rules',
    titleKey: 'inspectionPlans.nav.kindRules',
    permission: 'inspection:manage',
    icon: Setting,
  },
  { name: 'sampling', path: '/sampling', titleKey: 'nav.sampling', permission: 'sampling:read', icon: Checked },
  { name: 'units', path: '/units', titleKey: 'nav.units', permission: 'org:unit:read', icon: OfficeBuilding },
  { name: 'people', path: '/people', titleKey: 'nav.people', permission: 'org:person:read', icon: User },
  { name: 'vendors', path: '/vendors', titleKey: 'nav.vendors', permission: 'org:vendor:read', icon: Van },
  { name: 'calendars', path: '/calendars', titleKey: 'nav.calendars', permission: 'calendar:read', icon: Calendar },
  { name: 'roles', path: '/roles', titleKey: 'nav.roles', permission: 'identity:role:read', icon: Lock },
  { name: 'users', path: '/users', titleKey: 'nav.users', permission: 'identity:user:read', icon: UserFilled },
  { name: 'audit', path: '/audit', titleKey: 'nav.audit', permission: 'audit:read', icon: Tickets },
  { name: 'tokens', path: '/tokens', titleKey: 'nav.tokens', permission: null, icon: Key },
]

export function visibleMenu(permissions: Iterable<string>): MenuEntry[] {
  const held = [...permissions]
  return MENU.filter((entry) => holds(held, entry.permission))
}

/** The permission a menu route needs (also used for its detail routes, e.g. people/42). */
export function permissionOf(name: string): Permission {
  return MENU.find((entry) => entry.name === name)?.permission ?? null
}
