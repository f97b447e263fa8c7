-- Pre-aggregates for the dashboard's weak sections and most-failed clauses, per period (month,
-- quarter, year) and unit, kept in step with rep_section_score and rep_finding in the same
-- transaction and under the same per-unit-period lock as rep_unit_score: a period's figures are read
-- from one row per unit and section (or clause) instead of every section score and finding of it.

-- sections: how many counted section scores (score not null), their sum and their failed items
create table rep_section_period (
  period        varchar(8)     not null,
  unit_id       bigint         not null,
  name          varchar(200)   not null,
  sections      int            not null,
  score_sum     numeric(14,2)  not null,
  failed_items  int            not null,
  primary key (period, unit_id, name)
);

-- clauses: how many findings that stand (recorded, of a counted visit, not overturned), the points lost
create table rep_clause_period (
  period       varchar(8)     not null,
  unit_id      bigint         not null,
  clause       varchar(64)    not null,
  failures     int            not null,
  points_lost  numeric(14,2)  not null,
  item_text    varchar(2000),
  primary key (period, unit_id, clause)
);
