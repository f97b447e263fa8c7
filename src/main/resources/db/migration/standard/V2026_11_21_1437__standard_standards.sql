-- Service standards (服务标准 / 检查表): organisation-wide reference data, not scoped to units.
-- A standard keeps the book of its versions: the current (highest-numbered published) one, the open
-- draft (at most one) and the last number given out.
create sequence std_standard_seq start with 1 increment by 50;

create table std_standard (
  id                  bigint        not null primary key,
  code                varchar(64)   not null,
  name                varchar(200)  not null,
  description         varchar(1000),
  industry            varchar(64),
  template_key        varchar(128),
  current_version_id  bigint,
  current_version_no  int,
  draft_version_no    int,
  last_version_no     int           not null default 0,
  created_at          timestamp with time zone not null,
  updated_at          timestamp with time zone not null,
  version             bigint        not null default 0,
  constraint std_standard_code_uk unique (code)
);
create index std_standard_name_idx on std_standard (name);

-- Versions go DRAFT -> PUBLISHED -> RETIRED; only a draft changes. The critical-item rule (ZERO, or
-- CAP at critical_cap) is versioned with the checklist it belongs to.
create sequence std_version_seq start with 1 increment by 50;

create table std_version (
  id               bigint        not null primary key,
  standard_id      bigint        not null references std_standard (id),
  number           int           not null,
  status           varchar(16)   not null,
  critical_effect  varchar(8)    not null,
  critical_cap     numeric(5,2),
  rule_name        varchar(200)  not null,
  note             varchar(1000),
  created_at       timestamp with time zone not null,
  created_by       varchar(100)  not null,
  updated_at       timestamp with time zone not null,
  updated_by       varchar(100)  not null,
  published_at     timestamp with time zone,
  published_by     varchar(100),
  retired_at       timestamp with time zone,
  retired_by       varchar(100),
  lock_version     bigint        not null default 0,
  constraint std_version_number_uk unique (standard_id, number),
  constraint std_version_status_ck check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  constraint std_version_effect_ck check (critical_effect in ('ZERO', 'CAP')),
  constraint std_version_cap_ck check ((critical_effect = 'CAP') = (critical_cap is not null))
);

create sequence std_section_seq start with 1 increment by 50;

create table std_section (
  id          bigint        not null primary key,
  version_id  bigint        not null references std_version (id),
  position    int           not null,
  name        varchar(200)  not null,
  weight      numeric(7,2),
  constraint std_section_weight_ck check (weight is null or weight > 0)
);
create index std_section_version_idx on std_section (version_id, position);

-- One row per checklist item. deduction is null for POINTS items (they lose their shortfall); unit
-- and limits belong to MEASURED items.
create sequence std_item_seq start with 1 increment by 50;

create table std_item (
  id              bigint         not null primary key,
  section_id      bigint         not null references std_section (id),
  position        int            not null,
  clause          varchar(64)    not null,
  text            varchar(1000)  not null,
  answer_type     varchar(16)    not null,
  na_allowed      boolean        not null,
  points          numeric(7,2)   not null,
  deduction       numeric(7,2),
  unit            varchar(32),
  lower_limit     numeric(14,4),
  upper_limit     numeric(14,4),
  critical        boolean        not null,
  photo_required  boolean        not null,
  constraint std_item_type_ck check (answer_type in ('YES_NO', 'POINTS', 'MEASURED')),
  constraint std_item_points_ck check (points > 0),
  constraint std_item_deduction_ck check (deduction is null or (deduction > 0 and deduction <= points))
);
create index std_item_section_idx on std_item (section_id, position);
