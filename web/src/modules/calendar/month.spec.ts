import { describe, expect, it } from 'vitest'
import type { CalendarDay } from '@/api/types'
import { monthGrid, monthRange, parseYearFile, shiftMonth, workingDaysPerMonth } from './month'

describe('month arithmetic', () => {
  it('lays out October 2025 from Monday 29 September to Sunday 2 November', () => {
    const weeks = monthGrid(2025, 10, [])
    expect(weeks).toHaveLength(5)
    expect(weeks[0][0]).toMatchObject({ date: '2025-09-29', inMonth: false })
    expect(weeks[0][2]).toMatchObject({ date: '2025-10-01', day: 1, inMonth: true })
    expect(weeks[4][6]).toMatchObject({ date: '2025-11-02', inMonth: false })
  })

  it('needs six rows when a 31-day month starts on a Sunday (August 2027)', () => {
    const weeks = monthGrid(2027, 8, [])
    expect(weeks).toHaveLength(6)
    expect(weeks[0][6].date).toBe('2027-08-01')
  })

  it('attaches the server’s day to its cell', () => {
    const days: CalendarDay[] = [{ date: '2025-10-01', working: false, reason: 'HOLIDAY', name: '国庆节' }]
    const cell = monthGrid(2025, 10, days)[0][2]
    expect(cell.info?.name).toBe('国庆节')
  })

  it('knows month ranges and leap years', () => {
    expect(monthRange(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(monthRange(2025, 2)).toEqual({ from: '2025-02-01', to: '2025-02-28' })
    expect(shiftMonth(2025, 1, -1)).toEqual({ year: 2024, month: 12 })
    expect(shiftMonth(2025, 12, 1)).toEqual({ year: 2026, month: 1 })
  })

  it('counts working days per month', () => {
    const days: CalendarDay[] = [
      { date: '2025-01-02', working: true, reason: 'WORKDAY', name: null },
      { date: '2025-01-04', working: false, reason: 'WEEKEND', name: null },
      { date: '2025-02-08', working: true, reason: 'MAKEUP_WORKDAY', name: '春节调休' },
    ]
    const counts = workingDaysPerMonth(days)
    expect(counts[0]).toBe(1)
    expect(counts[1]).toBe(1)
    expect(counts.reduce((a, b) => a + b)).toBe(2)
  })

  it('reads a year file and refuses what is not one', () => {
    expect(
      parseYearFile('{"year":2027,"holidays":[{"date":"2027-10-01","name":"国庆节"}],"makeupWorkdays":[]}'),
    ).toEqual({ year: 2027, holidays: [{ date: '2027-10-01', name: '国庆节' }], makeupWorkdays: [] })
    expect(parseYearFile('not json')).toBeNull()
    expect(parseYearFile('{"year":"2027"}')).toBeNull()
    expect(parseYearFile('{"year":2027,"holidays":[{"date":"1 Oct"}]}')).toBeNull()
  })
})
