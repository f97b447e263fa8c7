package io.jingxi.calendar;

/** What makes a date special in a calendar. */
enum DayKind {

	/** 节假日: a day off, even when it falls on a working weekday. */
	HOLIDAY,

	/** 调休上班日: a make-up working day on a weekday that is normally off (a Saturday or Sunday). */
	MAKEUP_WORKDAY
}
