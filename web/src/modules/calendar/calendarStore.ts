import { ref } from 'vue'
import { defineStore } from 'pinia'
import type { CalendarDay, DayKind, WorkCalendar, WorkCalendarInput } from '@/api/types'
import { calendarApi } from './api'
import { monthRange } from './month'

/** Working calendars and the days of the month on screen. */
export const useCalendars = defineStore('calendars', () => {
  const calendars = ref<WorkCalendar[]>([])
  const days = ref<CalendarDay[]>([])
  const loading = ref(false)
  const daysLoading = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      calendars.value = await calendarApi.list()
    } finally {
      loading.value = false
    }
  }

  async function save(id: number | null, calendar: WorkCalendarInput): Promise<WorkCalendar> {
    const saved = id === null ? await calendarApi.create(calendar) : await calendarApi.update(id, calendar)
    const index = calendars.value.findIndex((candidate) => candidate.id === saved.id)
    if (index >= 0) calendars.value.splice(index, 1, saved)
    else calendars.value.push(saved)
    return saved
  }

  async function loadMonth(id: number, year: number, month: number): Promise<void> {
    const { from, to } = monthRange(year, month)
    daysLoading.value = true
    try {
      days.value = await calendarApi.days(id, from, to)
    } finally {
      daysLoading.value = false
    }
  }

  async function setDay(id: number, date: string, kind: DayKind, name: string | null): Promise<CalendarDay> {
    const day = await calendarApi.setDay(id, date, { kind, name })
    const index = days.value.findIndex((candidate) => candidate.date === day.date)
    if (index >= 0) days.value.splice(index, 1, day)
    return day
  }

  return { calendars, days, loading, daysLoading, load, save, loadMonth, setDay }
})
