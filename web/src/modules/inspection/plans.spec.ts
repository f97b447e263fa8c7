import { describe, expect, it } from 'vitest'
import type { Inspection, SchedulePreview } from '@/api/types'
import { emptyPlanForm, firstOfMonth, isHidden, scheduleMatrix, toRequest, urgency } from './plans'

const row = (unitId: number, periodKey: string, sequence: number, dueDate: string) => ({
  unitId,
  unitName: `单位${unitId}`,
  periodKey,
  periodStart: `${periodKey}-01`,
  periodEnd: `${periodKey}-28`,
  sequence,
  dueDate,
  dueAt: `${dueDate}T09:30:00Z`,
  assigneeId: 7,
  assigneeName: '暗访员',
  past: false,
  visitId: null,
})

describe('plan form', () => {
  it('starts on the first of the month with the last working day and an announced named assignee', () => {
    const form = emptyPlanForm('2026-12-17')
    expect(form.startDate).toBe('2026-12-01')
    expect(form.dueRule).toBe('LAST_WORKING_DAY')
    expect(form.assigneeRule).toBe('NAMED')
    expect(firstOfMonth('2026-02-28')).toBe('2026-02-01')
  })

  it('sends only what the chosen rules use and never announces a mystery shopper', () => {
    const form = { ...emptyPlanForm('2026-12-01'), name: '  暗访 ', kind: 'MYSTERY_SHOPPER' as const, standardId: 3 }
    form.assigneeRule = 'ROTATION'
    form.pool = [4, 5]
    form.assigneeUserId = 9
    form.unitIds = [11]
    form.subtreeUnitType = 'business_hall'
    const request = toRequest(form)
    expect(request.name).toBe('暗访')
    expect(request.announced).toBe(false)
    expect(request.assigneeUserId).toBeNull()
    expect(request.pool).toEqual([4, 5])
    expect(request.dueDays).toBeNull()
    expect(request.subtreeUnitType).toBeNull()
    expect(isHidden('SPOT_CHECK', false)).toBe(true)
    expect(isHidden('SPOT_CHECK', true)).toBe(false)
  })
})

describe('schedule matrix', () => {
  it('lays the rows out as units by periods, visits in sequence, periods in date order', () => {
    const preview: SchedulePreview = {
      rows: [row(2, '2026-12', 1, '2026-12-31'), row(1, '2026-11', 2, '2026-11-30'), row(1, '2026-11', 1, '2026-11-13')],
      skipped: [{ unitId: 3, unitName: '单位3', periodKey: '2026-11', reason: '没有工作日' }],
      truncated: false,
    }
    const matrix = scheduleMatrix(preview)
    expect(matrix.periods.map((p) => p.key)).toEqual(['2026-11', '2026-12'])
    expect(matrix.units.map((u) => u.id)).toEqual([2, 1, 3])
    expect(matrix.cells[1]['2026-11'].map((r) => r.dueDate)).toEqual(['2026-11-13', '2026-11-30'])
    expect(matrix.cells[3]).toBeUndefined()
  })
})

describe('urgency', () => {
  const visit = (dueDate: string | null, overdue = false) => ({ dueDate, overdue, status: 'DRAFT' }) as Inspection
  it('marks overdue, soon and later assignments', () => {
    expect(urgency(visit('2026-12-01', true), '2026-12-02')).toBe('overdue')
    expect(urgency(visit('2026-12-04'), '2026-12-02')).toBe('soon')
    expect(urgency(visit('2026-12-20'), '2026-12-02')).toBe('later')
    expect(urgency(visit(null), '2026-12-02')).toBe('later')
  })
})
