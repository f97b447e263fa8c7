import { describe, expect, it } from 'vitest'
import type { VersionSummary } from '@/api/types'
import { versionFixture } from '@/test/standard'
import {
  blankItem,
  defaultVersion,
  editable,
  errorKey,
  itemCount,
  move,
  sectionPoints,
  statusType,
  toInput,
  totalPoints,
} from './draft'

describe('the draft editor model', () => {
  it('round-trips a version into the body the server takes', () => {
    const input = toInput(editable(versionFixture()))
    expect(input.criticalEffect).toBe('CAP')
    expect(input.criticalCap).toBe(60)
    expect(input.ruleName).toBe('关键项不合格，总分封顶 60 分')
    expect(input.sections.map((s) => [s.name, s.weight])).toEqual([
      ['外部环境', 40],
      ['内部环境', 60],
    ])
    expect(input.sections[1].items[0]).toEqual({
      clause: '000-3.1-06',
      text: '温度适宜',
      answerType: 'MEASURED',
      naAllowed: true,
      points: 3,
      deduction: 3,
      unit: '℃',
      lowerLimit: 18,
      upperLimit: 28,
      critical: true,
      photoRequired: false,
    })
  })

  it('leaves out what does not belong to the answer type, the weights or the rule', () => {
    const draft = editable(versionFixture())
    draft.weighted = false
    draft.criticalEffect = 'ZERO'
    const measured = draft.sections[1].items[0]
    measured.answerType = 'POINTS'
    const input = toInput(draft)
    expect(input.criticalCap).toBeNull()
    expect(input.sections.every((s) => s.weight === null)).toBe(true)
    expect(input.sections[1].items[0]).toMatchObject({ deduction: null, unit: null, lowerLimit: null, upperLimit: null })
  })

  it('totals points to the cent while the user types', () => {
    const draft = editable(versionFixture())
    draft.sections[0].items[0].points = 0.1
    draft.sections[0].items[1].points = 0.2
    const added = blankItem()
    draft.sections[0].items.push(added)
    expect(sectionPoints(draft.sections[0])).toBe(0.3)
    expect(totalPoints(draft)).toBe(3.3)
    expect(itemCount(draft)).toBe(4)
    expect(toInput(draft).sections[0].items[2]).toMatchObject({ clause: '', answerType: 'YES_NO', points: null })
  })

  it('names fields by the paths the server uses in its problems', () => {
    expect(errorKey(undefined, undefined, 'criticalCap')).toBe('criticalCap')
    expect(errorKey(1, undefined, 'weight')).toBe('sections[1].weight')
    expect(errorKey(0, 2, 'deduction')).toBe('sections[0].items[2].deduction')
  })

  it('moves entries within bounds only', () => {
    const list = ['a', 'b', 'c']
    expect(move(list, 0, -1)).toBe(false)
    expect(move(list, 0, 1)).toBe(true)
    expect(list).toEqual(['b', 'a', 'c'])
    expect(move(list, 2, 1)).toBe(false)
  })

  it('opens the asked version, else the draft, the current one or the newest', () => {
    const versions = [{ number: 3 }, { number: 2 }, { number: 1 }] as VersionSummary[]
    expect(defaultVersion(versions, 1, 3, 2)).toBe(1)
    expect(defaultVersion(versions, 9, 3, 2)).toBe(3)
    expect(defaultVersion(versions, null, null, 2)).toBe(2)
    expect(defaultVersion(versions, null, null, null)).toBe(3)
    expect(defaultVersion([], null, null, null)).toBeNull()
    expect(statusType('PUBLISHED')).toBe('success')
  })
})
