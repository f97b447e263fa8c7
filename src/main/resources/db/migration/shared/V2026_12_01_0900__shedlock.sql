-- ShedLock: a timer (SLA sweep, escalation, plan generation) runs on one node at a time, however many run.
create table shedlock (
  name        varchar(64)  not null primary key,
  lock_until  timestamp with time zone not null,
  locked_at   timestamp with time zone not null,
  locked_by   varchar(255) not null
);
