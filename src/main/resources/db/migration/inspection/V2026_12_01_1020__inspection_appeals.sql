-- Appeals (申诉) of findings by the visited unit within a window of working days set by a versioned
-- policy, decided by a quality manager. One appeal per finding: a decided appeal is final.
create table insp_appeal_policy (
  id              bigint        not null primary key,
  version         int           not null,
  working_days    int           not null,
  created_at      timestamp with time zone not null,
  created_by      varchar(200)  not null,
  constraint insp_appeal_policy_version_uk unique (version)
);
insert into insp_appeal_policy (id, version, working_days, created_at, created_by)
  values (1, 1, 3, timestamp with time zone '2026-12-01 00:00:00+00', 'system');

create sequence insp_appeal_seq start with 1 increment by 50;

create table insp_appeal (
  id                  bigint         not null primary key,
  finding_id          bigint         not null references insp_finding (id),
  visit_id            bigint         not null references insp_visit (id),
  unit_id             bigint         not null,
  item_id             bigint         not null,
  clause              varchar(64)    not null,
  points_lost         numeric(9,2)   not null,
  reason              varchar(1000)  not null,
  status              varchar(16)    not null,
  filed_by_user_id    bigint         not null,
  filed_by_name       varchar(200)   not null,
  filed_at            timestamp with time zone not null,
  deadline            timestamp with time zone not null,
  policy_version      int            not null,
  working_days        int            not null,
  decided_by_user_id  bigint,
  decided_by_name     varchar(200),
  decided_at          timestamp with time zone,
  decision_reason     varchar(1000),
  previous_total      numeric(7,2),
  new_total           numeric(7,2),
  version             bigint         not null default 0,
  constraint insp_appeal_finding_uk unique (finding_id)
);
-- pending appeals by status (quality managers), a unit's appeals, a visit's appeals
create index insp_appeal_status_idx on insp_appeal (status, filed_at, id);
create index insp_appeal_unit_idx on insp_appeal (unit_id, filed_at);
create index insp_appeal_visit_idx on insp_appeal (visit_id, id);
