-- Each unit's combined score per period (month, quarter, year), kept with the pre-aggregate per kind
-- in the same transaction: the kinds' averages combined by the weights of the recorded version. A
-- ranking reads one row per unit and period (by the primary key's leading column) and never
-- combines kinds itself; rows of an older weights version are recombined from rep_unit_period when
-- read, and stored again.
create table rep_unit_score (
  period           varchar(8)    not null,
  unit_id          bigint        not null,
  visits           int           not null,
  counted_visits   int           not null,
  score            numeric(7,2),
  weights_version  int           not null,
  primary key (period, unit_id)
);
