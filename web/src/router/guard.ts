import type { RouteLocationRaw } from 'vue-router'
import type { Me } from '@/api/types'
import { holds, visibleMenu, type Permission } from '@/layout/menu'

export interface GuardTarget {
  name?: string | symbol | null
  fullPath: string
  meta: { public?: boolean; permission?: Permission }
}

/**
 * Where a navigation may go: public pages always; otherwise only when signed in, to the
 * change-password page while a new password is due, and to pages whose permission the user holds.
 */
export function decide(to: GuardTarget, me: Me | null): true | RouteLocationRaw {
  if (to.meta.public) {
    if (to.name === 'login' && me && !me.mustChangePassword) return { name: 'home' }
    return true
  }
  if (!me) {
    return to.fullPath && to.fullPath !== '/' ? { name: 'login', query: { redirect: to.fullPath } } : { name: 'login' }
  }
  if (me.mustChangePassword && to.name !== 'change-password') return { name: 'change-password' }
  if (to.name === 'home') {
    const first = visibleMenu(me.permissions)[0]
    return first ? { path: first.path } : true
  }
  const permission = to.meta.permission ?? null
  if (!holds(me.permissions, permission)) return { name: 'forbidden' }
  return true
}
