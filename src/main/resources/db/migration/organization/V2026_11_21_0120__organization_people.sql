create sequence org_person_seq start with 1 increment by 50;

create table org_person (
  id           bigint       not null primary key,
  employee_no  varchar(64)  not null,
  name         varchar(100) not null,
  phone        varchar(30),
  unit_id      bigint       not null references org_unit (id),
  unit_role    varchar(20)  not null,
  status       varchar(20)  not null,
  hire_date    date,
  has_photo    boolean      not null default false,
  created_at   timestamp with time zone not null,
  updated_at   timestamp with time zone not null,
  version      bigint       not null default 0,
  constraint org_person_employee_no_uk unique (employee_no),
  constraint org_person_unit_role_ck check (unit_role in ('MEMBER', 'TEAM_LEADER', 'MANAGER')),
  constraint org_person_status_ck check (status in ('ACTIVE', 'ON_LEAVE', 'LEFT'))
);
-- The people list is sorted by unit then employee number, optionally filtered by status;
-- deactivating a unit counts its people who have not left; name and phone searches start here.
create index org_person_unit_no_idx on org_person (unit_id, employee_no);
create index org_person_status_unit_no_idx on org_person (status, unit_id, employee_no);
create index org_person_name_idx on org_person (name);
create index org_person_phone_idx on org_person (phone);

-- A person holds one or more positions (free text), in the order they were given.
create table org_person_position (
  person_id       bigint       not null references org_person (id),
  position_order  int          not null,
  name            varchar(100) not null,
  primary key (person_id, position_order)
);

-- The photo for the public staff wall: re-encoded JPEG, at most 800 px on its longer side.
create table org_person_photo (
  person_id     bigint      not null primary key references org_person (id),
  content       bytea       not null,
  content_type  varchar(50) not null,
  width         int         not null,
  height        int         not null,
  updated_at    timestamp with time zone not null
);
