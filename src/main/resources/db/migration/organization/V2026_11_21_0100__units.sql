create sequence org_unit_seq start with 1 increment by 50;

create table org_unit_type (
  code        varchar(64)  not null primary key,
  name_zh     varchar(100) not null,
  name_en     varchar(100) not null,
  sort_order  int          not null default 0,
  active      boolean      not null default true
);

-- path is the materialised chain of ids from the root, e.g. /1/51/101/ : a subtree is a prefix.
create table org_unit (
  id          bigint       not null primary key,
  parent_id   bigint       references org_unit (id),
  code        varchar(64)  not null,
  name        varchar(200) not null,
  type_code   varchar(64)  not null references org_unit_type (code),
  path        varchar(2000) not null,
  depth       int          not null,
  sort_order  int          not null default 0,
  active      boolean      not null default true,
  address     varchar(500),
  phone       varchar(50),
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  version     bigint       not null default 0,
  constraint org_unit_code_uk unique (code)
);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_path_idx on org_unit (path);
