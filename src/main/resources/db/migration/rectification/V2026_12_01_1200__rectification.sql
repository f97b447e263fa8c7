-- Rectification (整改): notices opened from inspection findings, their deadlines and timers, the fixes
-- submitted and verified, escalations, the repeat-lapse ladder and the organisation's policy. Units,
-- people, visits and findings belong to other modules and are referred to by id only.

-- The rectification policy: every edit adds a version, the highest is current; a notice records the
-- version that set its deadline, timers and ladder step.
create table rect_policy (
  version                 int           not null primary key,
  code                    varchar(40)   not null,
  name                    varchar(100)  not null,
  selection               varchar(24)   not null,
  min_points_lost         numeric(9,2),
  deadline_days           int           not null,
  critical_deadline_days  int           not null,
  warning_hours           int           not null,
  escalation_days         int           not null,
  ladder_window_days      int           not null,
  violation_notice_from   int           not null,
  penalty_from            int           not null,
  changed_at              timestamp with time zone not null,
  changed_by              varchar(100)  not null,
  constraint rect_policy_selection_ck check (selection in ('ALL_FAILED', 'CRITICAL_ONLY', 'POINTS_AT_LEAST'))
);
insert into rect_policy (version, code, name, selection, min_points_lost, deadline_days, critical_deadline_days,
    warning_hours, escalation_days, ladder_window_days, violation_notice_from, penalty_from, changed_at, changed_by)
  values (1, 'default', '整改规则', 'ALL_FAILED', null, 3, 1, 4, 2, 90, 2, 3, current_timestamp, 'system');

create sequence rect_notice_seq start with 1 increment by 50;
-- the running number in ZG-2026-000123: unique across years, never reused
create sequence rect_notice_number_seq start with 1 increment by 1;

-- 整改通知单. inspector_user_id (who verifies) is never shown: for a mystery-shopper finding it is the
-- shopper. warn_at, overdue_at, due_soon_at and next_escalation_at drive the sweep.
create table rect_notice (
  id                     bigint         not null primary key,
  number                 varchar(20)    not null,
  finding_id             bigint         not null,
  visit_id               bigint         not null,
  unit_id                bigint         not null,
  kind                   varchar(32)    not null,
  item_id                bigint         not null,
  clause                 varchar(64)    not null,
  item_text              varchar(2000)  not null,
  points_lost            numeric(9,2)   not null,
  critical               boolean        not null,
  finding_note           varchar(1000),
  inspector_user_id      bigint         not null,
  responsible_person_id  bigint,
  responsible_name       varchar(200),
  recorded_at            timestamp with time zone not null,
  opened_at              timestamp with time zone not null,
  deadline               timestamp with time zone not null,
  warn_at                timestamp with time zone,
  escalation_days        int            not null,
  status                 varchar(16)    not null,
  due_soon_at            timestamp with time zone,
  overdue_at             timestamp with time zone,
  next_escalation_at     timestamp with time zone,
  escalation_level       int            not null default 0,
  submitted_at           timestamp with time zone,
  fix_description        varchar(2000),
  closed_at              timestamp with time zone,
  cancelled_at           timestamp with time zone,
  rejections             int            not null default 0,
  submissions            int            not null default 0,
  unit_occurrence        int            not null,
  person_occurrence      int,
  ladder_step            varchar(24)    not null,
  policy_code            varchar(40)    not null,
  policy_version         int            not null,
  version                bigint         not null default 0,
  constraint rect_notice_number_uk unique (number),
  constraint rect_notice_finding_uk unique (finding_id),
  constraint rect_notice_status_ck check (status in ('OPEN', 'SUBMITTED', 'CLOSED', 'CANCELLED')),
  constraint rect_notice_step_ck check (ladder_step in ('CORRECTED_ON_SPOT', 'VIOLATION_NOTICE', 'PENALTY'))
);
-- the sweep: open notices whose deadline, warning or escalation time has come. The status comes
-- first so that a sweep reads only open notices, however many closed ones pile up behind them.
create index rect_notice_deadline_idx on rect_notice (status, deadline);
create index rect_notice_warn_idx on rect_notice (status, warn_at);
create index rect_notice_escalation_idx on rect_notice (status, next_escalation_at);
-- the list: by unit (scope) and status, by deadline; a person's own notices; counts per unit
create index rect_notice_unit_idx on rect_notice (unit_id, status, deadline);
create index rect_notice_person_idx on rect_notice (responsible_person_id, status, deadline);
create index rect_notice_inspector_idx on rect_notice (inspector_user_id, status);

-- The notice's timeline: opened, submitted, rejected with the reason, accepted, cancelled, warned,
-- overdue, escalated. actor_name is null for the system.
create table rect_notice_event (
  notice_id   bigint         not null references rect_notice (id),
  position    int            not null,
  action      varchar(16)    not null,
  at          timestamp with time zone not null,
  actor_name  varchar(200),
  note        varchar(2000),
  primary key (notice_id, position)
);

-- Escalations of an overdue notice, one level up the unit tree each.
create table rect_escalation (
  notice_id    bigint        not null references rect_notice (id),
  level        int           not null,
  unit_id      bigint        not null,
  person_id    bigint,
  person_name  varchar(200),
  escalated_at timestamp with time zone not null,
  primary key (notice_id, level)
);

-- Every finding as a lapse of its clause, whether or not the policy opened a notice for it, so the
-- repeat-lapse ladder counts them all; an overturned finding no longer counts.
create table rect_lapse (
  finding_id   bigint       not null primary key,
  unit_id      bigint       not null,
  person_id    bigint,
  clause       varchar(64)  not null,
  recorded_at  timestamp with time zone not null,
  overturned   boolean      not null default false
);
create index rect_lapse_unit_idx on rect_lapse (unit_id, clause, recorded_at);
create index rect_lapse_person_idx on rect_lapse (person_id, clause, recorded_at);
