-- Kind rules (检查类型规则), versioned: who may conduct each kind of inspection, on which units,
-- whether only on assignment, and its weight. Version 0 (the built-in defaults) is never stored.
create table insp_kind_policy (
  version     int           not null primary key,
  created_at  timestamp with time zone not null,
  created_by  varchar(100)  not null,
  note        varchar(500)
);

create table insp_kind_rule (
  policy_version  int           not null references insp_kind_policy (version),
  kind            varchar(32)   not null,
  permission      varchar(64)   not null,
  unit_rule       varchar(16)   not null,
  assigned_only   boolean       not null,
  weight          numeric(5,2)  not null,
  primary key (policy_version, kind)
);

-- Plans (检查计划): recurring schedules of visits of one kind for a set of units.
create sequence insp_plan_seq start with 1 increment by 50;

create table insp_plan (
  id                 bigint        not null primary key,
  name               varchar(200)  not null,
  kind               varchar(32)   not null,
  standard_id        bigint        not null,
  recurrence         varchar(16)   not null,
  visits_per_period  int           not null,
  start_date         date          not null,
  end_date           date,
  due_rule           varchar(32)   not null,
  due_days           int           not null,
  assignee_rule      varchar(16)   not null,
  assignee_user_id   bigint,
  rotation_cursor    int           not null default 0,
  announced          boolean       not null,
  hidden             boolean       not null,
  status             varchar(16)   not null,
  subtree_root_id    bigint,
  subtree_unit_type  varchar(64),
  created_at         timestamp with time zone not null,
  created_by         varchar(100)  not null,
  updated_at         timestamp with time zone not null,
  last_generated_at  timestamp with time zone,
  version            bigint        not null default 0
);
-- the list (newest first, by status and kind) and the timer (active plans)
create index insp_plan_status_idx on insp_plan (status, id);
create index insp_plan_kind_idx on insp_plan (kind, id);

create table insp_plan_unit (
  plan_id  bigint  not null references insp_plan (id),
  unit_id  bigint  not null,
  primary key (plan_id, unit_id)
);
create index insp_plan_unit_unit_idx on insp_plan_unit (unit_id);

create table insp_plan_pool (
  plan_id   bigint  not null references insp_plan (id),
  position  int     not null,
  user_id   bigint  not null,
  primary key (plan_id, position)
);

-- Visits: hidden until published, the kind rules they were created under, and a generated visit's slot.
alter table insp_visit add column hidden boolean not null default false;
alter table insp_visit add column published_at timestamp with time zone;
alter table insp_visit add column kind_policy_version int not null default 0;
alter table insp_visit add column plan_id bigint;
alter table insp_visit add column period_key varchar(16);
alter table insp_visit add column sequence_no int;
alter table insp_visit add column due_date date;
alter table insp_visit add column due_at timestamp with time zone;

-- mystery-shopper visits were hidden until submitted; those already submitted stay visible
update insp_visit set hidden = true where kind = 'MYSTERY_SHOPPER';
update insp_visit set published_at = submitted_at where kind = 'MYSTERY_SHOPPER' and submitted_at is not null;

-- one visit per plan, unit, period and sequence: generating twice creates nothing twice
create unique index insp_visit_slot_uk on insp_visit (plan_id, unit_id, period_key, sequence_no);
-- a plan's visits by due date; my assignments by due date; results awaiting publication
create index insp_visit_plan_due_idx on insp_visit (plan_id, due_date);
create index insp_visit_assignee_idx on insp_visit (inspector_user_id, status, due_date);
create index insp_visit_publication_idx on insp_visit (hidden, published_at, status, submitted_at);
