import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { CalendarDay } from '@/api/types'
import { plugins } from '@/test/support'
import CalendarMonth from './CalendarMonth.vue'

const days: CalendarDay[] = [
  { date: '2025-10-01', working: false, reason: 'HOLIDAY', name: '国庆节' },
  { date: '2025-10-06', working: false, reason: 'HOLIDAY', name: '中秋节' },
  { date: '2025-10-07', working: true, reason: 'WORKDAY', name: null },
  { date: '2025-10-11', working: true, reason: 'MAKEUP_WORKDAY', name: '国庆调休' },
  { date: '2025-10-12', working: false, reason: 'WEEKEND', name: null },
]

function mountMonth(clickable: boolean) {
  return mount(CalendarMonth, {
    props: { year: 2025, month: 10, days, clickable },
    global: { plugins: plugins() },
  })
}

describe('CalendarMonth', () => {
  it('marks and names holidays and make-up working days', () => {
    const wrapper = mountMonth(false)
    const holiday = wrapper.find('[data-testid="calendar-day-2025-10-01"]')
    expect(holiday.classes()).toContain('holiday')
    expect(holiday.text()).toContain('国庆节')
    expect(holiday.text()).toContain('休')
    const makeup = wrapper.find('[data-testid="calendar-day-2025-10-11"]')
    expect(makeup.classes()).toContain('makeup')
    expect(makeup.attributes('data-reason')).toBe('MAKEUP_WORKDAY')
    expect(makeup.text()).toContain('班')
    expect(wrapper.find('[data-testid="calendar-day-2025-10-12"]').classes()).toContain('weekend')
    expect(wrapper.find('[data-testid="calendar-day-2025-10-07"]').classes()).not.toContain('holiday')
  })

  it('starts the week on Monday', () => {
    const wrapper = mountMonth(false)
    expect(wrapper.find('.head-cell').text()).toBe('一')
  })

  it('reports a clicked day of the month when editing is allowed', async () => {
    const wrapper = mountMonth(true)
    await wrapper.find('[data-testid="calendar-day-2025-10-11"]').trigger('click')
    await wrapper.find('[data-testid="calendar-day-2025-09-29"]').trigger('click')
    const picked = wrapper.emitted('pick') ?? []
    expect(picked).toHaveLength(1)
    expect((picked[0][0] as { date: string }).date).toBe('2025-10-11')
  })

  it('ignores clicks for a reader', async () => {
    const wrapper = mountMonth(false)
    await wrapper.find('[data-testid="calendar-day-2025-10-11"]').trigger('click')
    expect(wrapper.emitted('pick')).toBeUndefined()
  })
})
