-- Reporting's own read model, fed by the inspection module's events (never by its tables). Every
-- row is keyed by the id of what it mirrors, so that a republished event overwrites instead of
-- adding. A visit counts once its submission is known (visit_day is set); until then a row may exist
-- because a later event (a score change, a finding) arrived first.

-- A counted visit: unit, kind, the Asia/Shanghai day of its submission and its total on 100. Kind,
-- day and total stay empty while only a finding's overturn has been heard of.
create table rep_visit (
  visit_id          bigint        not null primary key,
  unit_id           bigint        not null,
  kind              varchar(32),
  standard_id       bigint,
  version_id        bigint,
  visit_day         date,
  total             numeric(7,2),
  submitted_at      timestamp with time zone,
  score_changed_at  timestamp with time zone
);
-- drill-down: a unit's visits in a period
create index rep_visit_unit_day_idx on rep_visit (unit_id, visit_day);

-- A visit's section scores (null when none of the section's items counted), with the visit's unit
-- and day copied in, so that weak sections are read without a join.
create table rep_section_score (
  visit_id      bigint        not null,
  section_id    bigint        not null,
  unit_id       bigint        not null,
  visit_day     date,
  name          varchar(200)  not null,
  score         numeric(7,2),
  failed_items  int           not null,
  primary key (visit_id, section_id)
);
-- weak sections across the organisation (by day) and of one unit (by unit, then day)
create index rep_section_day_idx on rep_section_score (visit_day, unit_id);
create index rep_section_unit_idx on rep_section_score (unit_id, visit_day);

-- A deduction (finding): clause, item text and points lost. Its visit's day is copied in once known;
-- an overturned finding stays, marked, and no longer counts.
create table rep_finding (
  finding_id     bigint         not null primary key,
  visit_id       bigint         not null,
  unit_id        bigint         not null,
  kind           varchar(32),
  item_id        bigint,
  clause         varchar(64)    not null,
  item_text      varchar(2000),
  points_lost    numeric(9,2)   not null,
  critical       boolean        not null default false,
  visit_day      date,
  recorded_at    timestamp with time zone,
  overturned     boolean        not null default false,
  overturned_at  timestamp with time zone
);
create index rep_finding_visit_idx on rep_finding (visit_id);
-- most-failed clauses across the organisation (by day) and a unit's deductions (by unit, then day)
create index rep_finding_day_idx on rep_finding (visit_day, clause);
create index rep_finding_unit_idx on rep_finding (unit_id, visit_day);

-- The pre-aggregate that rankings read: per period (month 2026-11, quarter 2026-Q4, year 2026),
-- unit and kind, how many counted visits and the sum of their totals. Kept in step with rep_visit in
-- the same transaction; a ranking reads one period's rows by the primary key's leading column.
create table rep_unit_period (
  period     varchar(8)     not null,
  unit_id    bigint         not null,
  kind       varchar(32)    not null,
  visits     int            not null,
  total_sum  numeric(14,2)  not null,
  primary key (period, unit_id, kind)
);
-- a unit's trend: its rows over many periods
create index rep_unit_period_unit_idx on rep_unit_period (unit_id, period);
