-- Handover to a municipality ("smart reception", issue 10, item 3) and the anonymous counts an
-- erasure leaves behind (item 5).

CREATE TABLE handovers (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    municipality_id integer NOT NULL REFERENCES places (id),
    requested_by    integer REFERENCES staff (number) ON DELETE SET NULL,
    requested_at    timestamptz NOT NULL DEFAULT now(),
    status          text NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'refused', 'handed_over')),
    decided_at      timestamptz,
    CHECK ((status = 'asked') = (decided_at IS NULL))
);
CREATE INDEX handovers_person_idx ON handovers (person_id);
COMMENT ON TABLE handovers IS 'A coordinator''s handover of a profile to the municipality the person is assigned to: the package (PDF CV and the JSON document of format jobbro-profile/1, see README "Handover") goes to the coordinator only with the person''s consent handover-to-municipality for that municipality in force. Removed with the person; the audit trail keeps handed_over.';
COMMENT ON COLUMN handovers.id IS 'Number of the handover; the person''s answer buttons carry it.';
COMMENT ON COLUMN handovers.person_id IS 'Whose profile.';
COMMENT ON COLUMN handovers.municipality_id IS 'The municipality (places.id, kind municipality) it is for.';
COMMENT ON COLUMN handovers.requested_by IS 'The coordinator who started it (staff.number); NULL if that staff row is gone.';
COMMENT ON COLUMN handovers.requested_at IS 'When the coordinator started it.';
COMMENT ON COLUMN handovers.status IS 'asked: waiting for the person''s answer; refused: the person said no (or had withdrawn the consent); handed_over: the package went to the coordinator.';
COMMENT ON COLUMN handovers.decided_at IS 'When it was refused or handed over.';

-- The question to the person carries the handover, so a bare "1" or "yes" by SMS answers it.
ALTER TABLE outbox ADD COLUMN handover_id bigint REFERENCES handovers (id) ON DELETE SET NULL;
COMMENT ON COLUMN outbox.handover_id IS 'For a consent_request about a handover: which one (handovers.id), so a bare "1" answers it.';
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check,
    ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('reply', 'announcement', 'reminder', 'notice', 'broadcast', 'progress', 'consent_request'));
COMMENT ON COLUMN outbox.kind IS 'reply (an answer to the person), announcement (of an opportunity), reminder, notice (a change to something the person signed up for), broadcast, progress (a broadcast''s progress or report to its coordinator), or consent_request (may the CV go to the company of opportunity_id, may the profile be handed over as handover_id says).';

-- What an erased person leaves: the steps of the funnel they took, under a random token that
-- is not their id and links to nothing, so /stats counts them as before.
CREATE TABLE erased_steps (
    token    uuid NOT NULL,
    step     text NOT NULL CHECK (step IN ('registered', 'signed_up', 'attended', 'internship', 'igu', 'job', 'education')),
    place_id integer REFERENCES places (id),
    on_day   date NOT NULL
);
CREATE INDEX erased_steps_day_idx ON erased_steps (on_day);
COMMENT ON TABLE erased_steps IS 'Anonymous counts left by an erased person: one row per funnel step they took (registered, signed up, attended, an outcome), so the funnel (/stats) shows the same numbers after an erasure. Nothing here names anyone: the token is random, made at the erasure, and the day is a Danish calendar day.';
COMMENT ON COLUMN erased_steps.token IS 'Random; the same for every step of one erased person (to count people, not steps), and found nowhere else.';
COMMENT ON COLUMN erased_steps.step IS 'The funnel step: registered, signed_up, attended, or an outcome kind (internship, igu, job, education).';
COMMENT ON COLUMN erased_steps.place_id IS 'Where the person lived (for the funnel per place); NULL when unknown or elsewhere.';
COMMENT ON COLUMN erased_steps.on_day IS 'The day of the step in Europe/Copenhagen: registration, the opportunity''s start, or the outcome''s start.';
