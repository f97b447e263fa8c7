import { currentLanguage } from '@/i18n'

/** Shows an instant in the chosen language and the browser's time zone. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(currentLanguage(), {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date)
}

/** An instant with the browser's offset, as the API wants it: 2025-09-30T10:00:00+08:00 */
export function toOffsetIso(date: Date): string {
  const pad = (n: number) => String(Math.abs(Math.trunc(n))).padStart(2, '0')
  const offset = -date.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  )
}

/** Today's date in the browser's time zone (not UTC, which is yesterday before 08:00 in China): 2025-09-30 */
export function localToday(now: Date = new Date()): string {
  return toOffsetIso(now).slice(0, 10)
}
