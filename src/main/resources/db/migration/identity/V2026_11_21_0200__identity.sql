create sequence idn_user_seq start with 1 increment by 50;
create sequence idn_role_seq start with 1 increment by 50;
create sequence idn_api_token_seq start with 1 increment by 50;

create table idn_user (
  id                    bigint        not null primary key,
  username              varchar(64)   not null,
  display_name          varchar(100)  not null,
  password_hash         varchar(255)  not null,
  person_id             bigint,
  unit_id               bigint,
  status                varchar(20)   not null,
  must_change_password  boolean       not null default false,
  failed_attempts       int           not null default 0,
  locked_until          timestamp with time zone,
  last_login_at         timestamp with time zone,
  password_changed_at   timestamp with time zone,
  created_at            timestamp with time zone not null,
  updated_at            timestamp with time zone not null,
  version               bigint        not null default 0,
  constraint idn_user_username_uk unique (username)
);
create index idn_user_unit_idx on idn_user (unit_id);

create table idn_role (
  id          bigint        not null primary key,
  code        varchar(64)   not null,
  name        varchar(100)  not null,
  built_in    boolean       not null default false,
  data_scope  varchar(20)   not null,
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  version     bigint        not null default 0,
  constraint idn_role_code_uk unique (code)
);

create table idn_role_permission (
  role_id     bigint       not null references idn_role (id),
  permission  varchar(100) not null,
  primary key (role_id, permission)
);

create table idn_role_unit (
  role_id  bigint not null references idn_role (id),
  unit_id  bigint not null,
  primary key (role_id, unit_id)
);

create table idn_user_role (
  user_id  bigint not null references idn_user (id),
  role_id  bigint not null references idn_role (id),
  primary key (user_id, role_id)
);
create index idn_user_role_role_idx on idn_user_role (role_id);

create table idn_api_token (
  id            bigint        not null primary key,
  user_id       bigint        not null references idn_user (id),
  name          varchar(100)  not null,
  token_hash    varchar(64)   not null,
  created_at    timestamp with time zone not null,
  expires_at    timestamp with time zone,
  last_used_at  timestamp with time zone,
  revoked_at    timestamp with time zone,
  constraint idn_api_token_hash_uk unique (token_hash)
);
create index idn_api_token_user_idx on idn_api_token (user_id);
