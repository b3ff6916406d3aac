-- Retention of profiles (issue 10, item 6): a registered profile unused for
-- JOBBRO_PROFILE_KEEP_MONTHS and a registration left unfinished for JOBBRO_DRAFT_KEEP_DAYS are
-- erased, each after a notice JOBBRO_RETENTION_NOTICE_DAYS before (service::retention).
--
-- last_active_at arrives in three steps: nullable, backfilled from what shows activity today
-- (the last message through any of the person's addresses, the consent, the registration, the
-- last change of the profile), then NOT NULL with a default for new people.

ALTER TABLE people
    ADD COLUMN last_active_at timestamptz,
    ADD COLUMN retention_notice_id bigint,
    ADD COLUMN retention_erase_after timestamptz;

UPDATE people p SET last_active_at = greatest(
    p.created_at, p.registered_at, p.updated_at,
    (SELECT max(ci.last_seen_at) FROM channel_identities ci WHERE ci.person_id = p.id));

ALTER TABLE people ALTER COLUMN last_active_at SET NOT NULL,
    ALTER COLUMN last_active_at SET DEFAULT now();

-- The retention pass looks for the people whose time came, and for those with a notice out.
CREATE INDEX people_last_active_idx ON people (last_active_at) WHERE retention_erase_after IS NULL;
CREATE INDEX people_retention_erase_idx ON people (retention_erase_after) WHERE retention_erase_after IS NOT NULL;

COMMENT ON COLUMN people.last_active_at IS 'When the person last wrote to jobbro through any of their addresses (a message, an answer, a button, a sign-up; nothing jobbro sends counts). Kept to the day: a turn writes it only when it is a day old, or when a retention notice is out. The retention rules count from it.';
COMMENT ON COLUMN people.retention_notice_id IS 'The outbox row (outbox.id) of the notice that this profile will be erased for lack of use: a warning to a registered profile, a reminder to an unfinished registration. NULL when none is out, or when the person could not be written to (STOP, no address). No foreign key: outbox rows go with the person. Cleared by any message from the person.';
COMMENT ON COLUMN people.retention_erase_after IS 'When the retention rules erase this profile: the date the notice named, set when the notice was decided; NULL while no erasure is planned. A notice must also have been sent JOBBRO_RETENTION_NOTICE_DAYS before. Cleared by any message from the person.';

-- Notices about retention are their own kind of message, for the statistics.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
    ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('reply', 'announcement', 'reminder', 'notice', 'broadcast', 'progress', 'retention'));
COMMENT ON COLUMN outbox.kind IS 'reply (an answer to the person), announcement (of an opportunity), reminder, notice (a change to something the person signed up for), broadcast, progress (a broadcast''s progress or report to its coordinator), or retention (the notice that a profile unused, or a registration unfinished, will be erased).';
