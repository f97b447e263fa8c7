create sequence org_import_job_seq start with 1 increment by 50;

-- Excel imports run as jobs; their progress lives here so that any node can answer a poll.
-- The job keeps the scope and name of the user who started it: it acts for them.
create table org_import_job (
  id                    bigint       not null primary key,
  kind                  varchar(20)  not null,
  mode                  varchar(20)  not null,
  status                varchar(20)  not null,
  file_name             varchar(255),
  total                 int          not null,
  processed             int          not null,
  created_count         int          not null,
  updated_count         int          not null,
  actor                 varchar(100) not null,
  actor_address         varchar(64),
  scope_all             boolean      not null,
  scope_unit_ids        text,
  scope_self_person_id  bigint,
  created_at            timestamp with time zone not null,
  finished_at           timestamp with time zone
);
create index org_import_job_actor_idx on org_import_job (actor, created_at);

-- Every bad cell of an import: row number as Excel shows it, column header, message key and arguments
-- (localized when read, in the reader's language).
create table org_import_error (
  job_id        bigint        not null references org_import_job (id),
  error_order   int           not null,
  row_no        int           not null,
  column_name   varchar(100)  not null,
  message_code  varchar(200)  not null,
  message_args  varchar(2000),
  primary key (job_id, error_order)
);
