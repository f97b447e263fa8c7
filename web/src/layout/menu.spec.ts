import { describe, expect, it } from 'vitest'
import { MENU, permissionOf, visibleMenu } from './menu'

describe('permission-based menu', () => {
  it('shows only my tokens to a user without permissions', () => {
    expect(visibleMenu([]).map((e) => e.name)).toEqual(['tokens'])
  })

  it('shows a page for each read permission held, in menu order', () => {
    const names = visibleMenu(['calendar:read', 'org:person:read', 'org:unit:write']).map((e) => e.name)
    expect(names).toEqual(['people', 'calendars', 'tokens'])
  })

  it('shows everything to a holder of every read permission', () => {
    const all = [
      'org:unit:read',
      'org:person:read',
      'org:vendor:read',
      'identity:role:read',
      'identity:user:read',
      'calendar:read',
      'audit:read',
      'standard:read',
      'sampling:read',
      'inspection:read',
      'inspection:manage',
      'reporting:read',
      'rectification:read',
    ]
    expect(visibleMenu(all)).toHaveLength(MENU.length)
  })

  it('shows a mystery shopper their assignments and a quality manager the plans, publication and kind rules', () => {
    expect(visibleMenu(['inspection:read', 'inspection:mystery']).map((e) => e.name)).toEqual([
      'inspections',
      'inspection-assignments',
      'tokens',
    ])
    expect(visibleMenu(['inspection:read', 'inspection:manage']).map((e) => e.name)).toEqual([
      'inspections',
      'inspection-assignments',
      'inspection-plans',
      'inspection-publications',
      'inspection-appeals',
      'inspection-kind-rules',
      'tokens',
    ])
  })

  it('shows the appeals to whoever decides them and to the units that file them, not to a shopper', () => {
    expect(visibleMenu(['inspection:read', 'inspection:appeal']).map((e) => e.name)).toContain('inspection-appeals')
    expect(visibleMenu(['inspection:read', 'inspection:manage']).map((e) => e.name)).toContain('inspection-appeals')
    expect(visibleMenu(['inspection:read', 'inspection:mystery']).map((e) => e.name)).not.toContain('inspection-appeals')
  })

  it('guards each page by the permission named in the contract', () => {
    expect(permissionOf('units')).toBe('org:unit:read')
    expect(permissionOf('vendors')).toBe('org:vendor:read')
    expect(permissionOf('roles')).toBe('identity:role:read')
    expect(permissionOf('users')).toBe('identity:user:read')
    expect(permissionOf('audit')).toBe('audit:read')
    expect(permissionOf('standards')).toBe('standard:read')
    expect(permissionOf('sampling')).toBe('sampling:read')
    expect(permissionOf('inspections')).toBe('inspection:read')
    expect(permissionOf('inspection-appeals')).toEqual(['inspection:manage', 'inspection:appeal'])
    expect(permissionOf('dashboard')).toBe('reporting:read')
    expect(permissionOf('rectifications')).toBe('rectification:read')
    expect(permissionOf('tokens')).toBeNull()
  })
})
