-- Excel imports of a checklist into a standard run as jobs; their progress lives here so that any
-- node can answer a poll. A successful commit made the draft numbered version_no.
create sequence std_import_job_seq start with 1 increment by 50;

create table std_import_job (
  id             bigint        not null primary key,
  standard_id    bigint        not null references std_standard (id),
  mode           varchar(20)   not null,
  status         varchar(20)   not null,
  file_name      varchar(255),
  total          int           not null,
  processed      int           not null,
  item_count     int           not null,
  version_no     int,
  actor          varchar(100)  not null,
  actor_address  varchar(64),
  created_at     timestamp with time zone not null,
  finished_at    timestamp with time zone
);
create index std_import_job_standard_idx on std_import_job (standard_id);

-- Every bad cell of an import: row number as Excel shows it, column header, message key and
-- arguments (localized when read, in the reader's language).
create table std_import_error (
  job_id        bigint        not null references std_import_job (id),
  error_order   int           not null,
  row_no        int           not null,
  column_name   varchar(100)  not null,
  message_code  varchar(200)  not null,
  message_args  varchar(2000),
  primary key (job_id, error_order)
);
