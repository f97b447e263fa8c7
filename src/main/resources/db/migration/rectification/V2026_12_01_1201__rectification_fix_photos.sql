-- Photos of a fix (整改照片): re-encoded JPEGs in the file store, only their keys here. Each belongs
-- to the submission it was taken for (1 = the first); a photo can be removed only while the notice is
-- open and that submission is still being prepared.
create sequence rect_fix_photo_seq start with 1 increment by 50;

create table rect_fix_photo (
  id                bigint        not null primary key,
  notice_id         bigint        not null references rect_notice (id),
  submission        int           not null,
  file_key          varchar(200)  not null,
  thumbnail_key     varchar(200)  not null,
  width             int           not null,
  height            int           not null,
  thumbnail_width   int           not null,
  thumbnail_height  int           not null,
  bytes             bigint        not null,
  source_type       varchar(40)   not null,
  uploaded_at       timestamp with time zone not null,
  uploaded_by       varchar(200)  not null
);
-- a notice's photos by submission (the page, the print, the count per submission)
create index rect_fix_photo_notice_idx on rect_fix_photo (notice_id, submission, id);
