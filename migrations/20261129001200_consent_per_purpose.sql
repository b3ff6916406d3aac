-- Consent per purpose (issue 10, item 2). A person agrees to each use of their data on its own:
--   matching-by-coordinators  coordinators may find the profile and invite the person (asked at
--                             registration; withdrawing it hides the profile and stops every
--                             message the person did not ask for, without deleting anything);
--   cv-to-company             the CV may go to the company of one opportunity (asked at sign-up);
--   handover-to-municipality  the profile may be handed to one municipality (asked when a
--                             coordinator starts a handover).
-- Withdrawal writes withdrawn_at; a consent given again is a new row.

ALTER TABLE consents
    ADD COLUMN channel text,
    ADD COLUMN opportunity_id bigint REFERENCES opportunities (id) ON DELETE CASCADE,
    ADD COLUMN municipality_id integer REFERENCES places (id),
    ADD CONSTRAINT consents_purpose_check CHECK (
        (purpose = 'matching-by-coordinators' AND opportunity_id IS NULL AND municipality_id IS NULL)
        OR (purpose = 'cv-to-company' AND opportunity_id IS NOT NULL AND municipality_id IS NULL)
        OR (purpose = 'handover-to-municipality' AND municipality_id IS NOT NULL AND opportunity_id IS NULL)),
    ADD CONSTRAINT consents_channel_check CHECK (channel IN ('telegram', 'sms', 'console'));
-- At most one consent in force per purpose and subject.
CREATE UNIQUE INDEX consents_in_force_idx ON consents (person_id, purpose, coalesce(opportunity_id, 0), coalesce(municipality_id, 0))
    WHERE withdrawn_at IS NULL;

COMMENT ON TABLE consents IS 'Consents given by people, one row per purpose (and its opportunity or municipality) each time it is given, with the notice shown, the channel and the time; withdrawing writes withdrawn_at, giving it again adds a row. Purposes: matching-by-coordinators (coordinators may find the profile and invite the person), cv-to-company (the CV may go to the company of opportunity_id), handover-to-municipality (the profile may be handed to municipality_id).';
COMMENT ON COLUMN consents.purpose IS 'matching-by-coordinators, cv-to-company or handover-to-municipality (see the table comment).';
COMMENT ON COLUMN consents.notice_version IS 'Version of the text the person was shown before agreeing (engine::consent::notice_version for the purpose).';
COMMENT ON COLUMN consents.withdrawn_at IS 'When the person withdrew it ("My data"); NULL while in force. Takes effect at once: the views matchable_people and invitable_addresses read it.';
COMMENT ON COLUMN consents.channel IS 'The channel the person agreed through (telegram, sms, console); NULL for consents given before it was recorded.';
COMMENT ON COLUMN consents.opportunity_id IS 'For cv-to-company: the opportunity whose company may receive the CV.';
COMMENT ON COLUMN consents.municipality_id IS 'For handover-to-municipality: the municipality (places.id) the profile may be handed to.';

-- The one rule for who coordinators may find and invite.
CREATE VIEW matchable_people AS
SELECT p.id AS person_id
FROM people p
WHERE p.registered_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM consents c
              WHERE c.person_id = p.id AND c.purpose = 'matching-by-coordinators' AND c.withdrawn_at IS NULL);
COMMENT ON VIEW matchable_people IS 'People coordinators may find in search, open and invite: registered, with the consent matching-by-coordinators in force. Candidate search, audiences of announcements and broadcasts, and invitations all read this view.';
COMMENT ON COLUMN matchable_people.person_id IS 'The person (people.id).';

-- reachable_addresses no longer asks for a consent: it says where a person may be reached about
-- what they asked for themselves (their sign-ups, their data). invitable_addresses adds the
-- consent to be invited.
CREATE OR REPLACE VIEW reachable_addresses AS
WITH addresses AS (
    SELECT ci.person_id, ci.channel, ci.address, ci.last_seen_at, ci.id AS identity_id
    FROM channel_identities ci
    WHERE ci.person_id IS NOT NULL AND ci.channel IN ('telegram', 'sms') AND ci.unreachable_at IS NULL
    UNION ALL
    SELECT p.id, 'sms', p.phone_e164, '-infinity'::timestamptz, NULL
    FROM people p
    WHERE p.phone_verified AND p.phone_e164 IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM channel_identities n
                      WHERE n.channel = 'sms' AND n.address = p.phone_e164
                        AND (n.stopped_at IS NOT NULL OR n.unreachable_at IS NOT NULL))
)
SELECT DISTINCT ON (a.person_id) a.person_id, a.channel, a.address, p.lang
FROM addresses a
JOIN people p ON p.id = a.person_id
WHERE p.registered_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM channel_identities s WHERE s.person_id = p.id AND s.stopped_at IS NOT NULL)
ORDER BY a.person_id, (a.channel = p.preferred_channel) DESC NULLS LAST, a.last_seen_at DESC, a.identity_id;
COMMENT ON VIEW reachable_addresses IS 'One row per registered person who may be sent a message jobbro starts itself about something they asked for (reminders and notices of their sign-ups, a broadcast to the people signed up for an opportunity, the SMS copy of a message Telegram refused, a question about their own data): no address that sent STOP, and an address the channel has not reported unreachable. SMS only to a proven number: one the person texted from, or their verified phone, never a number typed by hand. The address is on the person''s preferred channel when they have one there, else the one they used last. Invitations read invitable_addresses.';

CREATE VIEW invitable_addresses AS
SELECT r.person_id, r.channel, r.address, r.lang
FROM reachable_addresses r
JOIN matchable_people m ON m.person_id = r.person_id;
COMMENT ON VIEW invitable_addresses IS 'reachable_addresses of the people in matchable_people: where announcements, invitations and broadcasts to a place, language, occupation or everyone may go.';
COMMENT ON COLUMN invitable_addresses.person_id IS 'The person.';
COMMENT ON COLUMN invitable_addresses.channel IS 'telegram or sms.';
COMMENT ON COLUMN invitable_addresses.address IS 'Telegram user id or E.164 phone number to send to.';
COMMENT ON COLUMN invitable_addresses.lang IS 'Language the person reads (people.lang).';
