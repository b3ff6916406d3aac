-- Two branches each added a kind of outbox message: retention (20261129001100_retention.sql)
-- and consent_request (20261129001300_handovers_and_anonymous_counts.sql, which re-created the
-- check from its own list). The check now allows both.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
    ADD CONSTRAINT outbox_kind_check CHECK (kind IN (
        'reply', 'announcement', 'reminder', 'notice', 'broadcast', 'progress', 'consent_request', 'retention'));
COMMENT ON COLUMN outbox.kind IS 'reply (an answer to the person), announcement (of an opportunity), reminder, notice (a change to something the person signed up for), broadcast, progress (a broadcast''s progress or report to its coordinator), consent_request (may the CV go to the company of opportunity_id, may the profile be handed over as handover_id says), or retention (the notice that a profile unused, or a registration unfinished, will be erased).';
