import type { ClassPlan, DefectClass, SamplingPlan, Severity, TrendPoint } from '@/api/types'

/** Element Plus tag type for a severity: tightened and discontinued warn, reduced is a reward. */
export function severityTagType(severity: Severity | null | undefined): 'success' | 'info' | 'warning' | 'danger' {
  switch (severity) {
    case 'TIGHTENED':
      return 'warning'
    case 'DISCONTINUED':
      return 'danger'
    case 'REDUCED':
      return 'success'
    default:
      return 'info'
  }
}

/** The decision the plan gives for a count: accepted when the defects do not exceed Ac. */
export function classAccepted(plan: SamplingPlan, defects: number): boolean {
  return defects <= plan.acceptance
}

/** Accepted only when every inspected class is; null until every class has a plan. */
export function lotAccepted(classes: ClassPlan[], defects: Partial<Record<DefectClass, number>>): boolean | null {
  if (classes.length === 0 || classes.some((c) => !c.plan)) return null
  return classes.every((c) => classAccepted(c.plan as SamplingPlan, defects[c.defectClass] ?? 0))
}

/** A rate from 0 to 1 as a percentage with one decimal, or a dash. */
export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '–'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** The trend chart's series: lots per month and the acceptance rate in percent (null for empty months). */
export function trendSeries(trend: TrendPoint[]): { months: string[]; lots: number[]; rates: (number | null)[] } {
  return {
    months: trend.map((p) => p.month),
    lots: trend.map((p) => p.lots),
    rates: trend.map((p) => (p.acceptanceRate === null ? null : Math.round(p.acceptanceRate * 1000) / 10)),
  }
}

/** Last lots on normal inspection as marks, oldest first: ✓ accepted, ✗ not accepted. */
export function recentMarks(recent: string): string {
  return [...recent].map((c) => (c === 'A' ? '✓' : '✗')).join(' ')
}
