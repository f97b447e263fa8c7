-- Inspection visits (检查 / 暗访) of a unit against the standard version current when each was
-- created. Answers are kept while the visit is a draft; submitting stores the score, its sections
-- and item lines with the scoring rule and policy, and a finding for every failed item.
create sequence insp_visit_seq start with 1 increment by 50;

create table insp_visit (
  id                 bigint        not null primary key,
  unit_id            bigint        not null,
  kind               varchar(32)   not null,
  standard_id        bigint        not null,
  version_id         bigint        not null,
  inspector_user_id  bigint        not null,
  inspector_name     varchar(200)  not null,
  planned_date       date          not null,
  status             varchar(16)   not null,
  created_at         timestamp with time zone not null,
  updated_at         timestamp with time zone not null,
  submitted_at       timestamp with time zone,
  total              numeric(7,2),
  total_before_rule  numeric(7,2),
  rule_applied       boolean       not null default false,
  rule_name          varchar(200),
  rule_version       int,
  policy             varchar(100),
  policy_version     int,
  points_possible    numeric(9,2),
  points_earned      numeric(9,2),
  version            bigint        not null default 0
);
-- the list: by unit (scope), by kind and status filters, newest planned first; a shopper's own visits
create index insp_visit_unit_idx on insp_visit (unit_id, planned_date);
create index insp_visit_kind_status_idx on insp_visit (kind, status, planned_date);
create index insp_visit_inspector_idx on insp_visit (inspector_user_id, planned_date);
create index insp_visit_planned_idx on insp_visit (planned_date, id);

create table insp_answer (
  visit_id        bigint         not null references insp_visit (id),
  item_id         bigint         not null,
  compliant       boolean,
  answer_value    numeric(14,4),
  not_applicable  boolean        not null,
  note            varchar(1000),
  constraint insp_answer_uk unique (visit_id, item_id)
);

create table insp_section_score (
  visit_id         bigint        not null references insp_visit (id),
  position         int           not null,
  section_id       bigint        not null,
  name             varchar(200)  not null,
  weight           numeric(7,2),
  points_possible  numeric(9,2)  not null,
  points_earned    numeric(9,2)  not null,
  score            numeric(7,2),
  failed_items     int           not null,
  primary key (visit_id, position)
);

create table insp_item_line (
  visit_id         bigint         not null references insp_visit (id),
  position         int            not null,
  item_id          bigint         not null,
  section_id       bigint         not null,
  clause           varchar(64)    not null,
  answer_type      varchar(16)    not null,
  outcome          varchar(32)    not null,
  answer           varchar(200)   not null,
  points_possible  numeric(9,2)   not null,
  points_earned    numeric(9,2)   not null,
  points_lost      numeric(9,2)   not null,
  critical         boolean        not null,
  explanation      varchar(2000)  not null,
  primary key (visit_id, position)
);

create sequence insp_finding_seq start with 1 increment by 50;

create table insp_finding (
  id           bigint        not null primary key,
  visit_id     bigint        not null references insp_visit (id),
  unit_id      bigint        not null,
  item_id      bigint        not null,
  clause       varchar(64)   not null,
  points_lost  numeric(9,2)  not null,
  note         varchar(1000),
  recorded_at  timestamp with time zone not null
);
create index insp_finding_visit_idx on insp_finding (visit_id, id);
create index insp_finding_unit_idx on insp_finding (unit_id, recorded_at);
