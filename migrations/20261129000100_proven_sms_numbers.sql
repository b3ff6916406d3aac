-- jobbro starts a conversation by SMS only with a number the person proved is theirs: a number
-- that texted jobbro (their SMS address), or the number Telegram's contact button shared for
-- their own account (people.phone_verified). A number typed by hand is stored for coordinators
-- to read, never texted: anyone can type anyone's number.
--
-- Before this, the Telegram 403 fallback texted people.phone_e164 whether or not it was
-- verified. Now the fallback, announcements, reminders, notices and broadcasts all read this
-- one view.

CREATE OR REPLACE VIEW reachable_addresses AS
WITH addresses AS (
    SELECT ci.person_id, ci.channel, ci.address, ci.last_seen_at, ci.id AS identity_id
    FROM channel_identities ci
    WHERE ci.person_id IS NOT NULL AND ci.channel IN ('telegram', 'sms') AND ci.unreachable_at IS NULL
    UNION ALL
    -- A proven number the person has not texted from (yet): reachable by SMS too, unless the
    -- number itself sent STOP or cannot be reached (whoever's address it is).
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
  AND EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.withdrawn_at IS NULL)
  -- STOP from any address means no more messages at all, not "try the other channel".
  AND NOT EXISTS (SELECT 1 FROM channel_identities s WHERE s.person_id = p.id AND s.stopped_at IS NOT NULL)
ORDER BY a.person_id, (a.channel = p.preferred_channel) DESC NULLS LAST, a.last_seen_at DESC, a.identity_id;
COMMENT ON VIEW reachable_addresses IS 'One row per person who may be sent messages jobbro starts itself (announcements, reminders, notices, broadcasts, and the SMS copy of a message Telegram refused): registered, with a consent in force, no address that sent STOP, and an address the channel has not reported unreachable. SMS only to a proven number: one the person texted from, or their verified phone (Telegram''s contact button for their own account), never a number typed by hand. The address is on the person''s preferred channel when they have one there, else the one they used last.';
COMMENT ON COLUMN reachable_addresses.person_id IS 'The person.';
COMMENT ON COLUMN reachable_addresses.channel IS 'telegram or sms.';
COMMENT ON COLUMN reachable_addresses.address IS 'Telegram user id or E.164 phone number to send to.';
COMMENT ON COLUMN reachable_addresses.lang IS 'Language the person reads (people.lang).';

-- Every SMS address was proven by the SMS that created it; the flag said otherwise.
UPDATE channel_identities SET verified = true WHERE channel = 'sms';
