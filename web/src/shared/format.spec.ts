import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localToday, toOffsetIso } from './format'

describe('local dates', () => {
  const zone = process.env.TZ
  beforeEach(() => {
    process.env.TZ = 'Asia/Shanghai'
  })
  afterEach(() => {
    process.env.TZ = zone
  })

  it('gives today in the browser time zone, not the UTC date', () => {
    // 07:30 in Shanghai on 1 December is still 30 November in UTC
    const early = new Date('2026-11-30T23:30:00Z')
    expect(early.toISOString().slice(0, 10)).toBe('2026-11-30')
    expect(localToday(early)).toBe('2026-12-01')
    expect(toOffsetIso(early)).toBe('2026-12-01T07:30:00+08:00')
  })
})
