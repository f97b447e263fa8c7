-- a unit's trend reads rep_unit_score now: the index by unit on the per-kind rows only slowed writes
drop index rep_unit_period_unit_idx;
