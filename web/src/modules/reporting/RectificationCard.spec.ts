import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Me, RectificationFigures } from '@/api/types'
import { useSession } from '@/modules/identity/session'
import { plugins } from '@/test/support'
import RectificationCard from './RectificationCard.vue'

const me = (permissions: string[]): Me => ({
  id: 1,
  username: 'li',
  displayName: '李四',
  personId: null,
  unitId: 1,
  unitName: '东城营业厅',
  roles: [],
  permissions,
  mustChangePassword: false,
})

const figures: RectificationFigures = {
  open: 3,
  overdue: 2,
  dueSoon: 1,
  oldestOverdue: { noticeId: 42, number: 'ZG-2026-000042', unitId: 7, unitName: '东城营业厅', deadline: '2026-12-04T09:30:00Z' },
}

async function mountWith(permissions: string[], shown: RectificationFigures | null) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/dashboard', component: { template: '<div />' } },
      { path: '/rectifications/:tab(mine|open|overdue|all)?', name: 'rectifications', component: { template: '<div />' } },
      { path: '/rectifications/:id(\\d+)', name: 'rectification', component: { template: '<div />' } },
    ],
  })
  await router.push('/dashboard')
  await router.isReady()
  const installed = plugins()
  useSession().me = me(permissions)
  const wrapper = mount(RectificationCard, { props: { figures: shown }, global: { plugins: [...installed, router] } })
  await flushPromises()
  return wrapper
}

const byTestId = (id: string) => `[data-testid="${id}"]`

describe('the rectification card on the dashboard', () => {
  it('shows the figures and links each to its tab of the notice list, the oldest overdue to itself', async () => {
    const wrapper = await mountWith(['reporting:read', 'rectification:read'], figures)
    expect(wrapper.find(byTestId('dashboard-rectifications-open')).text()).toBe('3')
    expect(wrapper.find(byTestId('dashboard-rectifications-overdue')).text()).toBe('2')
    expect(wrapper.find(byTestId('dashboard-rectifications-due-soon')).text()).toBe('1')
    expect(wrapper.find(byTestId('dashboard-rectifications-open-link')).attributes('href')).toBe('/rectifications/open')
    expect(wrapper.find(byTestId('dashboard-rectifications-overdue-link')).attributes('href')).toBe('/rectifications/overdue')
    expect(wrapper.find(byTestId('dashboard-rectifications-overdue-link')).classes()).toContain('danger')
    const oldest = wrapper.find(byTestId('dashboard-rectifications-oldest'))
    expect(oldest.attributes('href')).toBe('/rectifications/42')
    expect(oldest.text()).toContain('逾期最久：ZG-2026-000042 · 东城营业厅')
  })

  it('shows the figures without links to a reader who may not read notices, and says when none is overdue', async () => {
    const wrapper = await mountWith(['reporting:read'], { open: 1, overdue: 0, dueSoon: 0, oldestOverdue: null })
    expect(wrapper.find(byTestId('dashboard-rectifications-open')).text()).toBe('1')
    expect(wrapper.find('a').exists()).toBe(false)
    expect(wrapper.find(byTestId('dashboard-rectifications-overdue-link')).classes()).not.toContain('danger')
    expect(wrapper.find(byTestId('dashboard-rectifications-oldest')).exists()).toBe(false)
    expect(wrapper.text()).toContain('没有逾期的整改通知单')
  })
})
