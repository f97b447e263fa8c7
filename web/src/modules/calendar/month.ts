import type { CalendarDay, CalendarYear } from '@/api/types'

export interface MonthCell {
  date: string
  day: number
  inMonth: boolean
  info: CalendarDay | null
}

const pad = (n: number) => String(n).padStart(2, '0')

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** First and last day of a month (month 1..12), the range to ask the server for. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  return { from: isoDate(year, month, 1), to: isoDate(year, month, daysInMonth(year, month)) }
}

/**
 * The weeks of a month as rows of seven cells, Monday first (the Chinese convention), padded
 * with the neighbouring months' days.
 */
export function monthGrid(year: number, month: number, days: CalendarDay[]): MonthCell[][] {
  const byDate = new Map(days.map((day) => [day.date, day]))
  const first = new Date(Date.UTC(year, month - 1, 1))
  const lead = (first.getUTCDay() + 6) % 7
  const count = daysInMonth(year, month)
  const cells: MonthCell[] = []
  const start = new Date(Date.UTC(year, month - 1, 1 - lead))
  const total = Math.ceil((lead + count) / 7) * 7
  for (let i = 0; i < total; i++) {
    const date = new Date(start.getTime() + i * 86_400_000)
    const iso = isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
    cells.push({
      date: iso,
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() === month - 1,
      info: byDate.get(iso) ?? null,
    })
  }
  const weeks: MonthCell[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** Working days per month (index 0 = January) from a year's days. */
export function workingDaysPerMonth(days: CalendarDay[]): number[] {
  const counts = new Array<number>(12).fill(0)
  for (const day of days) {
    if (day.working) counts[Number(day.date.slice(5, 7)) - 1]++
  }
  return counts
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Reads a year file ({"year":2027,"holidays":[…],"makeupWorkdays":[…]}); null when it is not one. */
export function parseYearFile(text: string): CalendarYear | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (!value || typeof value !== 'object') return null
  const candidate = value as Record<string, unknown>
  const year = candidate.year
  if (typeof year !== 'number' || !Number.isInteger(year)) return null
  const list = (key: string) => {
    const entries = candidate[key] ?? []
    if (!Array.isArray(entries)) return null
    const result = []
    for (const entry of entries) {
      if (!entry || typeof entry !== 'object') return null
      const { date, name } = entry as Record<string, unknown>
      if (typeof date !== 'string' || !DATE.test(date)) return null
      result.push({ date, name: typeof name === 'string' ? name : '' })
    }
    return result
  }
  const holidays = list('holidays')
  const makeupWorkdays = list('makeupWorkdays')
  if (!holidays || !makeupWorkdays) return null
  return { year, holidays, makeupWorkdays }
}
