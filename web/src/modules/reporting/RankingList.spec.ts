import { beforeAll, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import type { RankingRow } from '@/api/types'
import { plugins } from '@/test/support'
import RankingList from './RankingList.vue'

const row = (over: Partial<RankingRow>): RankingRow => ({
  unitId: 1,
  unitCode: 'U1',
  unitName: '东城营业厅',
  parentId: 9,
  parentName: '东城区分公司',
  orgId: 8,
  orgName: '示范市公司',
  score: 90,
  visits: 2,
  kinds: [{ kind: 'SUPERVISOR', visits: 2, average: 90, weight: 1 }],
  orgRank: 1,
  orgCount: 5,
  parentRank: 1,
  parentCount: 3,
  previousOrgRank: 3,
  movement: 2,
  bottomThree: false,
  crisis: false,
  openRectifications: 0,
  overdueRectifications: 0,
  ...over,
})

// A phone (≤ 768 px): the list is a card per unit. (Element Plus tables do not lay out their rows in
// happy-dom; the desktop table is covered by the browser journey.)
beforeAll(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: true,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
})

describe('the ranking list on a phone', () => {
  const rows = [
    row({}),
    row({ unitId: 2, unitName: '西城营业厅', orgRank: 4, movement: -1, bottomThree: true }),
    row({ unitId: 3, unitName: '南城营业厅', orgRank: 5, movement: null, previousOrgRank: null, bottomThree: true, crisis: true, openRectifications: 4, overdueRectifications: 1 }),
  ]

  it('shows ranks, movement arrows, the bottom three and the crisis badge', () => {
    const wrapper = mount(RankingList, { props: { rows, selected: null }, global: { plugins: plugins() } })
    expect(wrapper.find('[data-testid=ranking-rank-1]').text()).toBe('1')
    expect(wrapper.find('[data-testid=ranking-movement-1]').text()).toBe('▲2')
    expect(wrapper.find('[data-testid=ranking-movement-2]').text()).toBe('▼1')
    expect(wrapper.find('[data-testid=ranking-movement-3]').text()).toBe('新上榜')
    expect(wrapper.find('[data-testid=ranking-row-1]').attributes('data-bottom-three')).toBe('false')
    expect(wrapper.find('[data-testid=ranking-row-2]').attributes('data-bottom-three')).toBe('true')
    expect(wrapper.find('[data-testid=ranking-crisis-3]').text()).toBe('危机')
    expect(wrapper.find('[data-testid=ranking-crisis-2]').exists()).toBe(false)
    expect(wrapper.findAll('.rank-card.bottom-three')).toHaveLength(2)
    expect(wrapper.find('[data-testid=ranking-place-3]').text()).toBe('全市排名 第 5 / 5 名')
    expect(wrapper.find('table').exists()).toBe(false)
  })

  it('shows the open and overdue rectification notices, overdue in red only when there are any', () => {
    const wrapper = mount(RankingList, { props: { rows, selected: null }, global: { plugins: plugins() } })
    const south = wrapper.find('[data-testid=ranking-rectifications-3]')
    expect(south.text().replace(/\s+/g, ' ')).toBe('整改 4 · 逾期 1')
    expect(south.attributes('data-open')).toBe('4')
    expect(south.attributes('data-overdue')).toBe('1')
    expect(south.find('.overdue').exists()).toBe(true)
    const east = wrapper.find('[data-testid=ranking-rectifications-1]')
    expect(east.text().replace(/\s+/g, ' ')).toBe('整改 0 · 逾期 0')
    expect(east.find('.overdue').exists()).toBe(false)
  })

  it('explains a score by its kinds and opens the drill-down of a row', async () => {
    const wrapper = mount(RankingList, { props: { rows, selected: null }, global: { plugins: plugins() } })
    expect(wrapper.find('.score').attributes('title')).toBe('上级检查：2 次，平均 90.00 分，权重 1')
    await wrapper.find('[data-testid=ranking-open-3]').trigger('click')
    expect(wrapper.emitted('open')?.[0]?.[0]).toMatchObject({ unitId: 3 })
  })
})
