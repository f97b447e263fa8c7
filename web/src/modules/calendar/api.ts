import { api } from '@/api/http'
import type {
  CalendarDay,
  CalendarYear,
  CalendarYearResult,
  Deadline,
  DeadlineMode,
  SetDayRequest,
  UnitCalendar,
  WorkCalendar,
  WorkCalendarInput,
} from '@/api/types'

export const calendarApi = {
  list: () => api.get<WorkCalendar[]>('/calendars'),
  create: (calendar: WorkCalendarInput) => api.post<WorkCalendar>('/calendars', calendar),
  update: (id: number, calendar: WorkCalendarInput) => api.put<WorkCalendar>(`/calendars/${id}`, calendar),
  days: (id: number, from: string, to: string) => api.get<CalendarDay[]>(`/calendars/${id}/days`, { from, to }),
  setDay: (id: number, date: string, request: SetDayRequest) =>
    api.put<CalendarDay>(`/calendars/${id}/days/${date}`, request),
  importYear: (id: number, year: CalendarYear) => api.post<CalendarYearResult>(`/calendars/${id}/years`, year),
  unitCalendar: (unitId: number) => api.get<UnitCalendar>(`/units/${unitId}/calendar`),
  assignUnitCalendar: (unitId: number, calendarId: number | null) =>
    api.put<UnitCalendar>(`/units/${unitId}/calendar`, { calendarId }),
  deadline: (id: number, from: string, mode: DeadlineMode, amount: number) =>
    api.get<Deadline>(`/calendars/${id}/deadline`, { from, [mode]: amount }),
}
