-- Working calendars: settings, business hours, special days (holidays and make-up working days)
-- and the units that set their own calendar instead of inheriting their parent's.
create sequence cal_calendar_seq start with 1 increment by 50;

create table cal_calendar (
  id                bigint       not null primary key,
  code              varchar(64)  not null,
  name              varchar(200) not null,
  time_zone         varchar(64)  not null,
  -- MONDAY,TUESDAY,... ; every day for 24x7 calendars
  working_weekdays  varchar(100) not null,
  all_day           boolean      not null default false,
  is_default        boolean      not null default false,
  created_at        timestamp with time zone not null,
  updated_at        timestamp with time zone not null,
  version           bigint       not null default 0,
  constraint cal_calendar_code_uk unique (code)
);
create index cal_calendar_default_idx on cal_calendar (is_default);

-- Business-hour intervals of a working day, in minutes after local midnight; end 1440 is 24:00.
create table cal_calendar_hours (
  calendar_id   bigint not null references cal_calendar (id),
  slot          int    not null,
  start_minute  int    not null,
  end_minute    int    not null,
  constraint cal_calendar_hours_pk primary key (calendar_id, slot),
  constraint cal_calendar_hours_range_ck check (start_minute >= 0 and end_minute <= 1440 and start_minute < end_minute)
);

-- Special days: one row per date at most, so a date cannot be both a holiday and a make-up day.
-- arrangement_year is the official arrangement the day belongs to (re-importing a year replaces it).
create table cal_day (
  calendar_id       bigint       not null references cal_calendar (id),
  on_date           date         not null,
  kind              varchar(20)  not null,
  name              varchar(100) not null,
  arrangement_year  int          not null,
  constraint cal_day_pk primary key (calendar_id, on_date),
  constraint cal_day_kind_ck check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY'))
);
create index cal_day_year_idx on cal_day (calendar_id, arrangement_year);

-- Units that set their own calendar; the others inherit from the nearest ancestor, then the default.
create table cal_unit_calendar (
  unit_id      bigint not null primary key,
  calendar_id  bigint not null references cal_calendar (id),
  updated_at   timestamp with time zone not null
);
create index cal_unit_calendar_calendar_idx on cal_unit_calendar (calendar_id);
