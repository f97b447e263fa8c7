import { describe, expect, it } from 'vitest'
import { deadlineState, isNoticeTab, NOTICE_TABS, statusTagType, stepTagType, tabQuery } from './rectification'

describe('rectification notices', () => {
  it('turns each tab into the list query it stands for', () => {
    expect(tabQuery('mine')).toEqual({ mine: true })
    expect(tabQuery('open')).toEqual({ active: true })
    expect(tabQuery('overdue')).toEqual({ overdue: true })
    expect(tabQuery('all')).toEqual({})
    expect(NOTICE_TABS.every(isNoticeTab)).toBe(true)
    expect(isNoticeTab('policy')).toBe(false)
    expect(isNoticeTab(undefined)).toBe(false)
  })

  it('colours statuses and ladder steps by urgency', () => {
    expect(statusTagType('OPEN')).toBe('warning')
    expect(statusTagType('SUBMITTED')).toBe('primary')
    expect(statusTagType('CLOSED')).toBe('success')
    expect(statusTagType('CANCELLED')).toBe('info')
    expect(stepTagType('CORRECTED_ON_SPOT')).toBe('info')
    expect(stepTagType('VIOLATION_NOTICE')).toBe('warning')
    expect(stepTagType('PENALTY')).toBe('danger')
  })

  it('says overdue before due soon, and due soon only while the owner still has to act', () => {
    expect(deadlineState({ overdue: true, dueSoon: true, status: 'SUBMITTED' })).toBe('overdue')
    expect(deadlineState({ overdue: false, dueSoon: true, status: 'OPEN' })).toBe('dueSoon')
    expect(deadlineState({ overdue: false, dueSoon: true, status: 'SUBMITTED' })).toBeNull()
    expect(deadlineState({ overdue: false, dueSoon: false, status: 'OPEN' })).toBeNull()
  })
})
