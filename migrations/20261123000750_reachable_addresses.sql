-- Who may be sent a message they did not ask for (announcements, broadcasts, reminders), and
-- where: one rule, read by the single-person look-up and by the set-based queries that queue a
-- message to thousands of people in one statement.

CREATE VIEW reachable_addresses AS
SELECT DISTINCT ON (ci.person_id) ci.person_id, ci.channel, ci.address, p.lang
FROM channel_identities ci
JOIN people p ON p.id = ci.person_id
WHERE ci.channel IN ('telegram', 'sms')
  AND p.registered_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.withdrawn_at IS NULL)
  -- STOP from any address means no more messages at all, not "try the other channel".
  AND NOT EXISTS (SELECT 1 FROM channel_identities s WHERE s.person_id = p.id AND s.stopped_at IS NOT NULL)
ORDER BY ci.person_id, (ci.channel = p.preferred_channel) DESC NULLS LAST, ci.last_seen_at DESC, ci.id;
COMMENT ON VIEW reachable_addresses IS 'One row per person who may be sent messages jobbro starts itself: registered, with a consent in force, no address that sent STOP, and a Telegram or SMS address. The address is on the person''s preferred channel when they have one there, else the one they used last.';
COMMENT ON COLUMN reachable_addresses.person_id IS 'The person.';
COMMENT ON COLUMN reachable_addresses.channel IS 'telegram or sms.';
COMMENT ON COLUMN reachable_addresses.address IS 'Telegram user id or E.164 phone number to send to.';
COMMENT ON COLUMN reachable_addresses.lang IS 'Language the person reads (people.lang).';

CREATE INDEX channel_identities_stopped_idx ON channel_identities (person_id) WHERE stopped_at IS NOT NULL;
COMMENT ON INDEX channel_identities_stopped_idx IS 'Addresses that sent STOP: few, and checked for every recipient of an announcement or broadcast.';
CREATE INDEX outbox_opportunity_person_idx ON outbox (opportunity_id, person_id) WHERE opportunity_id IS NOT NULL;
COMMENT ON INDEX outbox_opportunity_person_idx IS 'Who already has a message about an opportunity: re-publishing skips people already announced to; reminders and notices look it up too.';
CREATE INDEX person_occupations_occupation_idx ON person_occupations (occupation_id, person_id);
COMMENT ON INDEX person_occupations_occupation_idx IS 'Audiences and candidate search by occupation.';
CREATE INDEX people_place_idx ON people (place_id);
COMMENT ON INDEX people_place_idx IS 'Audiences, candidate search and statistics by where people live.';
