import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import type { StandardItem } from '@/api/types'
import { draftOf, emptyDraft, failsLocally, isAnswered, itemErrors, limitsText, localProblem, sameDraft, toInput } from './conduct'

function item(partial: Partial<StandardItem>): StandardItem {
  return {
    id: 1,
    position: 1,
    clause: 'C-1',
    text: 'item',
    answerType: 'YES_NO',
    naAllowed: false,
    points: 3,
    deduction: 3,
    unit: null,
    lowerLimit: null,
    upperLimit: null,
    critical: false,
    photoRequired: false,
    ...partial,
  }
}

describe('conducting a visit', () => {
  it('sends only answered items, in the shape of their answer type', () => {
    expect(toInput(item({}), emptyDraft())).toBeNull()
    expect(toInput(item({}), { ...emptyDraft(), compliant: false, note: ' 脏 ', personId: 7 })).toEqual({
      itemId: 1,
      compliant: false,
      note: '脏',
      personId: 7,
    })
    expect(toInput(item({ answerType: 'POINTS' }), { ...emptyDraft(), value: 2 })).toEqual({
      itemId: 1,
      value: 2,
      note: null,
      personId: null,
    })
    expect(toInput(item({ naAllowed: true }), { ...emptyDraft(), notApplicable: true })).toEqual({
      itemId: 1,
      notApplicable: true,
      note: null,
      personId: null,
    })
  })

  it('tells a failure as the standard scores it, limits inclusive', () => {
    const measured = item({ answerType: 'MEASURED', lowerLimit: 18, upperLimit: 26, unit: '℃' })
    expect(failsLocally(measured, { ...emptyDraft(), value: 26 })).toBe(false)
    expect(failsLocally(measured, { ...emptyDraft(), value: 27 })).toBe(true)
    expect(failsLocally(item({ answerType: 'POINTS', points: 2 }), { ...emptyDraft(), value: 1.5 })).toBe(true)
    expect(failsLocally(item({}), { ...emptyDraft(), compliant: true })).toBe(false)
    expect(limitsText(measured)).toBe('18–26 ℃')
    expect(limitsText(item({ answerType: 'MEASURED', upperLimit: 15, unit: 'min' }))).toBe('≤ 15 min')
  })

  it('refuses a score above the points before sending it', () => {
    const points = item({ answerType: 'POINTS', points: 2 })
    expect(localProblem(points, { ...emptyDraft(), value: 3 })).toBe('aboveMax')
    expect(localProblem(points, { ...emptyDraft(), value: 2 })).toBeNull()
    expect(isAnswered(points, { ...emptyDraft(), value: 0 })).toBe(true)
  })

  it('maps the server field errors to items, by id on submit and by position on save', () => {
    const error = new ApiError(
      409,
      {
        detail: 'x',
        errors: [
          { field: 'items[42]', message: '须拍照' },
          { field: 'answers[1].personId', message: '不是本单位人员' },
        ],
      },
      'x',
    )
    expect(itemErrors(error, [{ itemId: 5 }, { itemId: 9 }])).toEqual({ 42: '须拍照', 9: '不是本单位人员' })
    expect(itemErrors(new Error('network'))).toEqual({})
  })

  it('resumes a saved answer and tells when it changed', () => {
    const saved = draftOf({ itemId: 1, compliant: false, value: null, notApplicable: false, note: null, personId: null })
    expect(saved.note).toBe('')
    expect(sameDraft(saved, { ...saved, note: '  ' })).toBe(true)
    expect(sameDraft(saved, { ...saved, compliant: true })).toBe(false)
  })
})
