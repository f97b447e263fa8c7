import type { PeriodKind, RectificationFigures, ScorePoint } from '@/api/types'

/** The period that holds the date: 2026-11, 2026-Q4 or 2026 (as the API writes them). */
export function periodOf(kind: PeriodKind, date: Date): string {
  const year = date.getFullYear()
  const month = date.getMonth() + 1
  if (kind === 'MONTH') return `${year}-${String(month).padStart(2, '0')}`
  if (kind === 'QUARTER') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
  return String(year)
}

/** The kind of a period's text, or null when it is none of the three forms. */
export function kindOf(period: string): PeriodKind | null {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return 'MONTH'
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'QUARTER'
  if (/^\d{4}$/.test(period)) return 'YEAR'
  return null
}

/** The periods a picker offers, newest first: 24 months, 8 quarters or 5 years up to the date's. */
export function recentPeriods(kind: PeriodKind, date: Date): string[] {
  const count = kind === 'MONTH' ? 24 : kind === 'QUARTER' ? 8 : 5
  const step = kind === 'MONTH' ? 1 : kind === 'QUARTER' ? 3 : 12
  const periods: string[] = []
  for (let i = 0; i < count; i++) {
    periods.push(periodOf(kind, new Date(date.getFullYear(), date.getMonth() - i * step, 1)))
  }
  return periods
}

/** How a rank moved since the previous period: up (fewer places), down, the same, or new. */
export type Movement = 'up' | 'down' | 'same' | 'new'

export function movementOf(movement: number | null): Movement {
  if (movement === null) return 'new'
  if (movement > 0) return 'up'
  if (movement < 0) return 'down'
  return 'same'
}

/** ▲2, ▼3, – or NEW marker text (the arrow shows the direction, the number the places). */
export function movementText(movement: number | null): string {
  switch (movementOf(movement)) {
    case 'up':
      return `▲${movement}`
    case 'down':
      return `▼${Math.abs(movement as number)}`
    case 'same':
      return '–'
    default:
      return ''
  }
}

/** A score as the dashboard shows it: two decimals, or a dash when there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '–' : score.toFixed(2)
}

/** A weight without trailing zeros: 1, 0.5, 0.2. */
export function formatWeight(weight: number): string {
  return String(Number(weight.toFixed(4)))
}

/** The trend as chart series: periods on the axis, the score and the organisation rank (null: no score). */
export function trendSeries(points: ScorePoint[]): { periods: string[]; scores: (number | null)[]; ranks: (number | null)[] } {
  return {
    periods: points.map((p) => p.period),
    scores: points.map((p) => p.score),
    ranks: points.map((p) => p.orgRank),
  }
}

/** A figure of the rectification card: its label key, test id, value, the list tab it opens and its tone. */
export interface RectificationTile {
  key: 'open' | 'overdue' | 'dueSoon'
  testId: 'open' | 'overdue' | 'due-soon'
  value: number
  tab: 'open' | 'overdue'
  tone: '' | 'danger' | 'warning'
}

/**
 * Not closed, overdue, due soon: each opens the rectification list on its tab (the due-soon ones lead
 * the not-closed tab after the overdue ones, which it sorts by deadline); overdue is red and due soon
 * amber only when there are any.
 */
export function rectificationTiles(figures: Pick<RectificationFigures, 'open' | 'overdue' | 'dueSoon'>): RectificationTile[] {
  return [
    { key: 'open', testId: 'open', value: figures.open, tab: 'open', tone: '' },
    { key: 'overdue', testId: 'overdue', value: figures.overdue, tab: 'overdue', tone: figures.overdue > 0 ? 'danger' : '' },
    { key: 'dueSoon', testId: 'due-soon', value: figures.dueSoon, tab: 'open', tone: figures.dueSoon > 0 ? 'warning' : '' },
  ]
}
