-- Acceptance sampling of goods on site (GB/T 2828.1 / ISO 2859-1). Units and vendors belong to the
-- organization module and are referred to by id only (no foreign keys across modules).

create sequence smp_item_seq start with 1 increment by 50;

-- An item received by sampling (pork, cabbage, gloves...) and its sampling settings: the inspection
-- level and one AQL per defect class (null: the class is not inspected). settings_version counts the
-- changes of these settings; every lot records the version it was inspected under.
create table smp_item (
  id                bigint       not null primary key,
  code              varchar(64)  not null,
  name              varchar(200) not null,
  unit_of_measure   varchar(20),
  inspection_level  varchar(5)   not null,
  aql_critical      varchar(8),
  aql_major         varchar(8),
  aql_minor         varchar(8),
  settings_version  int          not null default 1,
  active            boolean      not null default true,
  created_at        timestamp with time zone not null,
  updated_at        timestamp with time zone not null,
  version           bigint       not null default 0,
  constraint smp_item_code_uk unique (code),
  constraint smp_item_level_ck check (inspection_level in ('S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'))
);
create index smp_item_name_idx on smp_item (name);

create sequence smp_stream_seq start with 1 increment by 50;

-- The switching state of one stream of lots: a receiving unit, a supplier, an item, a defect class
-- and its AQL. recent_normal holds the results of the last (at most five) lots on normal inspection,
-- oldest first (A accepted, R not accepted).
create table smp_stream (
  id                      bigint      not null primary key,
  unit_id                 bigint      not null,
  vendor_id               bigint      not null,
  item_id                 bigint      not null references smp_item (id),
  defect_class            varchar(10) not null,
  aql                     varchar(8)  not null,
  severity                varchar(15) not null,
  switching_score         int         not null default 0,
  recent_normal           varchar(5)  not null default '',
  accepted_in_a_row       int         not null default 0,
  rejected_on_tightened   int         not null default 0,
  reduced_approved        boolean     not null default false,
  production_steady       boolean     not null default true,
  lots                    int         not null default 0,
  created_at              timestamp with time zone not null,
  updated_at              timestamp with time zone not null,
  version                 bigint      not null default 0,
  constraint smp_stream_uk unique (unit_id, vendor_id, item_id, defect_class, aql),
  constraint smp_stream_class_ck check (defect_class in ('CRITICAL', 'MAJOR', 'MINOR')),
  constraint smp_stream_severity_ck check (severity in ('NORMAL', 'TIGHTENED', 'REDUCED', 'DISCONTINUED'))
);
create index smp_stream_vendor_item_idx on smp_stream (vendor_id, item_id, unit_id);

create sequence smp_switch_seq start with 1 increment by 50;

-- Every change of a stream's severity, with the rule that caused it.
create table smp_switch (
  id               bigint       not null primary key,
  stream_id        bigint       not null references smp_stream (id),
  unit_id          bigint       not null,
  lot_id           bigint,
  from_severity    varchar(15)  not null,
  to_severity      varchar(15)  not null,
  reason           varchar(40)  not null,
  switching_score  int          not null,
  note             varchar(1000),
  actor            varchar(100) not null,
  at               timestamp with time zone not null
);
create index smp_switch_stream_idx on smp_switch (stream_id, at);
create index smp_switch_lot_idx on smp_switch (lot_id);

create sequence smp_lot_seq start with 1 increment by 50;

-- A lot received at a unit and its decision. policy_id and policy_version name the sampling scheme
-- (the standard's tables) and item_settings_version the item's settings that produced the plans.
create table smp_lot (
  id                     bigint       not null primary key,
  unit_id                bigint       not null,
  vendor_id              bigint       not null,
  item_id                bigint       not null references smp_item (id),
  reference              varchar(64),
  lot_size               int          not null,
  inspection_level       varchar(5)   not null,
  decision               varchar(10)  not null,
  policy_id              varchar(40)  not null,
  policy_version         int          not null,
  item_settings_version  int          not null,
  note                   varchar(1000),
  received_by            varchar(100) not null,
  received_at            timestamp with time zone not null,
  version                bigint       not null default 0,
  constraint smp_lot_decision_ck check (decision in ('ACCEPTED', 'REJECTED')),
  constraint smp_lot_size_ck check (lot_size >= 2)
);
-- The lot lists (newest first, by unit or by supplier and item) and the monthly trend.
create index smp_lot_unit_received_idx on smp_lot (unit_id, received_at);
create index smp_lot_vendor_item_received_idx on smp_lot (vendor_id, item_id, received_at);
create index smp_lot_received_idx on smp_lot (received_at);

-- One defect class of a lot: the plan used (after the table's arrows), the count and the result.
create table smp_lot_class (
  lot_id           bigint      not null references smp_lot (id),
  defect_class     varchar(10) not null,
  stream_id        bigint      not null references smp_stream (id),
  aql              varchar(8)  not null,
  severity         varchar(15) not null,
  code_letter      varchar(1)  not null,
  sample_size      int         not null,
  acceptance       int         not null,
  rejection        int         not null,
  full_inspection  boolean     not null,
  defects          int         not null,
  accepted         boolean     not null,
  primary key (lot_id, defect_class)
);
create index smp_lot_class_stream_idx on smp_lot_class (stream_id);

create sequence smp_lot_photo_seq start with 1 increment by 50;

-- Photos of defects, re-encoded as JPEG of at most 1600 px: safe to serve as they are.
create table smp_lot_photo (
  id            bigint      not null primary key,
  lot_id        bigint      not null references smp_lot (id),
  defect_class  varchar(10),
  content       bytea       not null,
  content_type  varchar(50) not null,
  width         int         not null,
  height        int         not null,
  created_by    varchar(100) not null,
  created_at    timestamp with time zone not null
);
create index smp_lot_photo_lot_idx on smp_lot_photo (lot_id);
