import { describe, expect, it } from 'vitest'
import type { ClassPlan } from '@/api/types'
import { classAccepted, lotAccepted, percent, recentMarks, severityTagType, trendSeries } from './sampling'

const plan = (acceptance: number) => ({
  codeLetter: 'J',
  sampleSize: 80,
  acceptance,
  rejection: acceptance + 1,
  fullInspection: false,
})

const classes: ClassPlan[] = [
  { defectClass: 'MAJOR', aql: '1.0', severity: 'NORMAL', plan: plan(2), switchingScore: 0, streamId: null },
  { defectClass: 'MINOR', aql: '4.0', severity: 'NORMAL', plan: plan(7), switchingScore: 0, streamId: null },
]

describe('sampling helpers', () => {
  it('accepts a class up to its acceptance number and rejects from its rejection number', () => {
    expect(classAccepted(plan(2), 2)).toBe(true)
    expect(classAccepted(plan(2), 3)).toBe(false)
  })

  it('accepts a lot only when every class is accepted', () => {
    expect(lotAccepted(classes, { MAJOR: 2, MINOR: 7 })).toBe(true)
    expect(lotAccepted(classes, { MAJOR: 2, MINOR: 8 })).toBe(false)
    expect(lotAccepted(classes, {})).toBe(true)
    expect(lotAccepted([{ ...classes[0], severity: 'DISCONTINUED', plan: null }], {})).toBeNull()
    expect(lotAccepted([], {})).toBeNull()
  })

  it('shows rates as percentages and a dash for no lots', () => {
    expect(percent(0.6667)).toBe('66.7%')
    expect(percent(1)).toBe('100.0%')
    expect(percent(null)).toBe('–')
  })

  it('colours tightened and discontinued inspection as warnings', () => {
    expect(severityTagType('TIGHTENED')).toBe('warning')
    expect(severityTagType('DISCONTINUED')).toBe('danger')
    expect(severityTagType('REDUCED')).toBe('success')
    expect(severityTagType('NORMAL')).toBe('info')
  })

  it('builds the trend series with gaps for months without lots', () => {
    const series = trendSeries([
      { month: '2026-10', lots: 0, accepted: 0, acceptanceRate: null },
      { month: '2026-11', lots: 3, accepted: 2, acceptanceRate: 0.6667 },
    ])
    expect(series.months).toEqual(['2026-10', '2026-11'])
    expect(series.lots).toEqual([0, 3])
    expect(series.rates).toEqual([null, 66.7])
  })

  it('marks the recent lots on normal inspection', () => {
    expect(recentMarks('AAR')).toBe('✓ ✓ ✗')
    expect(recentMarks('')).toBe('')
  })
})
