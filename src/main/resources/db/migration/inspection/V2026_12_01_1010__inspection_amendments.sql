-- Amendments (更正) of submitted visits by a quality manager: the reason, who and when, the totals
-- before and after, and each changed item's answer before and after.
create sequence insp_amendment_seq start with 1 increment by 50;

create table insp_amendment (
  id                  bigint         not null primary key,
  visit_id            bigint         not null references insp_visit (id),
  unit_id             bigint         not null,
  reason              varchar(1000)  not null,
  amended_by_user_id  bigint         not null,
  amended_by_name     varchar(200)   not null,
  amended_at          timestamp with time zone not null,
  previous_total      numeric(7,2)   not null,
  new_total           numeric(7,2)   not null
);
create index insp_amendment_visit_idx on insp_amendment (visit_id, amended_at);

create table insp_amendment_line (
  amendment_id   bigint         not null references insp_amendment (id),
  position       int            not null,
  item_id        bigint         not null,
  clause         varchar(64)    not null,
  before_answer  varchar(200)   not null,
  after_answer   varchar(200)   not null,
  before_note    varchar(1000),
  after_note     varchar(1000),
  before_earned  numeric(9,2)   not null,
  after_earned   numeric(9,2)   not null,
  before_failed  boolean        not null,
  after_failed   boolean        not null,
  primary key (amendment_id, position)
);
