package io.jingxi.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitCalendars extends JpaRepository<UnitCalendar, Long> {

	boolean existsByCalendarId(long calendarId);
}
