-- Messages jobbro starts itself skip an address the channel reported unreachable (Telegram
-- 403): the person's other address is used, or none.

CREATE OR REPLACE VIEW reachable_addresses AS
SELECT DISTINCT ON (ci.person_id) ci.person_id, ci.channel, ci.address, p.lang
FROM channel_identities ci
JOIN people p ON p.id = ci.person_id
WHERE ci.channel IN ('telegram', 'sms')
  AND ci.unreachable_at IS NULL
  AND p.registered_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.withdrawn_at IS NULL)
  -- STOP from any address means no more messages at all, not "try the other channel".
  AND NOT EXISTS (SELECT 1 FROM channel_identities s WHERE s.person_id = p.id AND s.stopped_at IS NOT NULL)
ORDER BY ci.person_id, (ci.channel = p.preferred_channel) DESC NULLS LAST, ci.last_seen_at DESC, ci.id;
COMMENT ON VIEW reachable_addresses IS 'One row per person who may be sent messages jobbro starts itself: registered, with a consent in force, no address that sent STOP, and a Telegram or SMS address the channel has not reported unreachable. The address is on the person''s preferred channel when they have one there, else the one they used last.';
