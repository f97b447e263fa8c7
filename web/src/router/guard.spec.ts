import { describe, expect, it } from 'vitest'
import type { Me } from '@/api/types'
import type { Permission } from '@/layout/menu'
import { decide } from './guard'

const me = (permissions: string[], mustChangePassword = false): Me => ({
  id: 1,
  username: 'zhang',
  displayName: '张三',
  personId: null,
  unitId: 1,
  unitName: '总部',
  roles: [],
  permissions,
  mustChangePassword,
})

const route = (name: string, fullPath: string, meta: { public?: boolean; permission?: Permission } = {}) => ({
  name,
  fullPath,
  meta,
})

describe('router guard', () => {
  it('sends a visitor to the login page and remembers where they wanted to go', () => {
    expect(decide(route('person', '/people/42', { permission: 'org:person:read' }), null)).toEqual({
      name: 'login',
      query: { redirect: '/people/42' },
    })
  })

  it('lets anyone see the login page', () => {
    expect(decide(route('login', '/login', { public: true }), null)).toBe(true)
  })

  it('refuses a page whose permission the user lacks', () => {
    expect(decide(route('audit', '/audit', { permission: 'audit:read' }), me(['org:unit:read']))).toEqual({ name: 'forbidden' })
  })

  it('allows a page whose permission the user holds', () => {
    expect(decide(route('units', '/units', { permission: 'org:unit:read' }), me(['org:unit:read']))).toBe(true)
  })

  it('allows a page that any one of several permissions opens', () => {
    const appeals = route('inspection-appeals', '/inspections/appeals', { permission: ['inspection:manage', 'inspection:appeal'] })
    expect(decide(appeals, me(['inspection:read', 'inspection:appeal']))).toBe(true)
    expect(decide(appeals, me(['inspection:read']))).toEqual({ name: 'forbidden' })
  })

  it('keeps a user who must change the password on the change-password page', () => {
    expect(decide(route('units', '/units', { permission: 'org:unit:read' }), me(['org:unit:read'], true))).toEqual({
      name: 'change-password',
    })
    expect(decide(route('change-password', '/change-password'), me([], true))).toBe(true)
  })

  it('opens the first page of the menu at the start', () => {
    expect(decide(route('home', '/'), me(['calendar:read', 'org:person:read']))).toEqual({ path: '/people' })
    expect(decide(route('home', '/'), me([]))).toEqual({ path: '/tokens' })
  })
})
