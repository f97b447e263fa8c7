create sequence aud_entry_seq start with 1 increment by 50;

-- Append-only: the application never updates or deletes these rows.
create table aud_entry (
  id           bigint        not null primary key,
  at           timestamp with time zone not null,
  actor        varchar(64)   not null,
  address      varchar(64),
  entity_type  varchar(64)   not null,
  entity_id    varchar(64)   not null,
  action       varchar(32)   not null,
  before_summary text,
  after_summary  text
);
create index aud_entry_at_idx on aud_entry (at desc, id desc);
create index aud_entry_actor_idx on aud_entry (actor, at desc);
create index aud_entry_entity_idx on aud_entry (entity_type, entity_id, at desc);
