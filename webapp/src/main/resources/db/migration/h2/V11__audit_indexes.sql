-- The audit page and GET /api/audit/entries filter the trail by case (ix_audit_entry_case,
-- V7), person, kind (and so category, a list of kinds) and period, newest first by seq:
-- one index for each, ending in seq so that a page of one filter is read in order (H2).
create index ix_audit_entry_actor on audit_entry (actor, seq);
create index ix_audit_entry_action on audit_entry (action, seq);
create index ix_audit_entry_recorded on audit_entry (recorded_at, seq);
