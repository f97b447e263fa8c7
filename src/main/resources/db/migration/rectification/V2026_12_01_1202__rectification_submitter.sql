-- Who submitted the fix under verification: that user may not verify it (separation of duties), e.g.
-- a unit manager who inspected their own unit and fixed the lapse.
alter table rect_notice add column submitted_by_user_id bigint;
