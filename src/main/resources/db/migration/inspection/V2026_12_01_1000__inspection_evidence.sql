-- Evidence photos on a visit's answers (re-encoded JPEGs in the file store, only their keys here),
-- the person an answer names as responsible, and findings that can be overturned (by an upheld
-- appeal or an amendment) while keeping their record.
alter table insp_answer add column person_id bigint;

alter table insp_finding add column person_id bigint;
alter table insp_finding add column status varchar(16) default 'STANDING' not null;
alter table insp_finding add column overturned_at timestamp with time zone;
alter table insp_finding add column overturn_cause varchar(16);
create index insp_finding_visit_item_idx on insp_finding (visit_id, item_id);

create sequence insp_photo_seq start with 1 increment by 50;

create table insp_photo (
  id                bigint        not null primary key,
  visit_id          bigint        not null references insp_visit (id),
  unit_id           bigint        not null,
  item_id           bigint        not null,
  file_key          varchar(200)  not null,
  thumbnail_key     varchar(200)  not null,
  width             int           not null,
  height            int           not null,
  thumbnail_width   int           not null,
  thumbnail_height  int           not null,
  bytes             bigint        not null,
  source_type       varchar(40)   not null,
  uploaded_at       timestamp with time zone not null
);
-- a visit's photos item by item (list, count per item, a finding's evidence)
create index insp_photo_visit_item_idx on insp_photo (visit_id, item_id, id);
