import { describe, expect, it } from 'vitest'
import { formatScore, formatWeight, kindOf, movementOf, movementText, periodOf, recentPeriods, rectificationTiles, trendSeries } from './reporting'

describe('reporting helpers', () => {
  it('writes the period that holds a date as the API reads it', () => {
    const date = new Date(2026, 10, 23)
    expect(periodOf('MONTH', date)).toBe('2026-11')
    expect(periodOf('QUARTER', date)).toBe('2026-Q4')
    expect(periodOf('YEAR', date)).toBe('2026')
    expect(periodOf('QUARTER', new Date(2026, 2, 31))).toBe('2026-Q1')
  })

  it('tells the kind of a period and refuses anything else', () => {
    expect(kindOf('2026-01')).toBe('MONTH')
    expect(kindOf('2026-Q2')).toBe('QUARTER')
    expect(kindOf('2026')).toBe('YEAR')
    expect(kindOf('2026-13')).toBeNull()
    expect(kindOf('2026-Q5')).toBeNull()
  })

  it('offers recent periods newest first, across year ends', () => {
    const months = recentPeriods('MONTH', new Date(2026, 1, 10))
    expect(months).toHaveLength(24)
    expect(months.slice(0, 3)).toEqual(['2026-02', '2026-01', '2025-12'])
    expect(recentPeriods('QUARTER', new Date(2026, 1, 10)).slice(0, 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3'])
    expect(recentPeriods('YEAR', new Date(2026, 1, 10))).toEqual(['2026', '2025', '2024', '2023', '2022'])
  })

  it('shows movement as an arrow and the places gained or lost', () => {
    expect(movementOf(2)).toBe('up')
    expect(movementText(2)).toBe('▲2')
    expect(movementOf(-3)).toBe('down')
    expect(movementText(-3)).toBe('▼3')
    expect(movementOf(0)).toBe('same')
    expect(movementText(0)).toBe('–')
    expect(movementOf(null)).toBe('new')
  })

  it('formats scores with two decimals and weights without trailing zeros', () => {
    expect(formatScore(86.5)).toBe('86.50')
    expect(formatScore(null)).toBe('–')
    expect(formatWeight(0.5)).toBe('0.5')
    expect(formatWeight(1)).toBe('1')
  })

  it('turns a trend into chart series, keeping gaps where a period had no score', () => {
    const series = trendSeries([
      { period: '2026-10', score: null, visits: 0, orgRank: null, orgCount: null },
      { period: '2026-11', score: 82.5, visits: 2, orgRank: 3, orgCount: 9 },
    ])
    expect(series.periods).toEqual(['2026-10', '2026-11'])
    expect(series.scores).toEqual([null, 82.5])
    expect(series.ranks).toEqual([null, 3])
  })

  it('opens the notice list on the tab of each rectification figure and colours only figures above zero', () => {
    expect(rectificationTiles({ open: 5, overdue: 2, dueSoon: 1 })).toEqual([
      { key: 'open', testId: 'open', value: 5, tab: 'open', tone: '' },
      { key: 'overdue', testId: 'overdue', value: 2, tab: 'overdue', tone: 'danger' },
      { key: 'dueSoon', testId: 'due-soon', value: 1, tab: 'open', tone: 'warning' },
    ])
    expect(rectificationTiles({ open: 0, overdue: 0, dueSoon: 0 }).map((tile) => tile.tone)).toEqual(['', '', ''])
  })
})
