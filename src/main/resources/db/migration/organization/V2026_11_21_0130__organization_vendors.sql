create sequence org_vendor_seq start with 1 increment by 50;

-- Outsourced service providers (服务外包): organisation-wide, never deleted, deactivated.
create table org_vendor (
  id          bigint       not null primary key,
  code        varchar(64)  not null,
  name        varchar(200) not null,
  contact     varchar(100),
  phone       varchar(30),
  active      boolean      not null default true,
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  version     bigint       not null default 0,
  constraint org_vendor_code_uk unique (code)
);
create index org_vendor_name_idx on org_vendor (name);

create sequence org_vendor_contract_seq start with 1 increment by 50;

create table org_vendor_contract (
  id          bigint        not null primary key,
  vendor_id   bigint        not null references org_vendor (id),
  number      varchar(64)   not null,
  scope       varchar(4000) not null,
  start_date  date          not null,
  end_date    date          not null,
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  version     bigint        not null default 0,
  constraint org_vendor_contract_number_uk unique (vendor_id, number),
  constraint org_vendor_contract_period_ck check (end_date >= start_date)
);

-- The units a contract serves; listing contracts narrows by these units.
create table org_vendor_contract_unit (
  contract_id  bigint not null references org_vendor_contract (id),
  unit_id      bigint not null references org_unit (id),
  primary key (contract_id, unit_id)
);
create index org_vendor_contract_unit_unit_idx on org_vendor_contract_unit (unit_id);
