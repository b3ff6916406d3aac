-- SMS cost counted, not estimated (issue 11). A first contact gets the consent question (and a
-- language menu, unless their first SMS named a language) before they are a person; those
-- messages lose their address once sent, so nothing counted them for anyone. Each message now
-- names the address (channel identity) it was queued to, and when that address gets its person
-- (store::identity::link_person) its earlier messages become that person's. An erasure keeps
-- what a registration by SMS cost.

ALTER TABLE outbox ADD COLUMN identity_id uuid REFERENCES channel_identities (id) ON DELETE SET NULL;
CREATE INDEX outbox_identity_idx ON outbox (identity_id) WHERE identity_id IS NOT NULL;
COMMENT ON COLUMN outbox.identity_id IS 'The address (channel_identities.id) a message to one address was queued to (store::outbox::enqueue), so that messages sent before the person existed (a language menu, the consent question) count for the person the address becomes: store::identity::link_person gives them its person_id. Set only while the address has a person or a conversation going on. NULL for copies queued set-based to registered people (announcements, broadcasts: they carry person_id), for messages to a coordinator while their staff role is in force, for the answer to a refusal, and once the address refuses consent or is forgotten (an erasure, a first contact that never consented): nothing then links the message to anyone.';
COMMENT ON INDEX outbox_identity_idx IS 'An address''s messages, found when it gets its person and cleared when it is forgotten.';

-- Messages that still hold their address (waiting, or sent to a person within
-- JOBBRO_OUTBOX_KEEP_DAYS) learn it now; messages without a person sent before this migration
-- lost their address and stay counted for no one.
UPDATE outbox o SET identity_id = ci.id
FROM channel_identities ci
WHERE o.address IS NOT NULL AND ci.channel = o.channel AND ci.address = o.address
  AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.identity_id = ci.id AND s.revoked_at IS NULL);

COMMENT ON TABLE outbox IS 'Every message jobbro sends, written in the same transaction as the change that causes it and delivered by the outbox senders. A message to someone without a profile loses its address and payload once sent; every sent or given-up message loses them after JOBBRO_OUTBOX_KEEP_DAYS (90 by default), keeping channel, kind, status, times and SMS segments for the statistics. Messages sent to an address before it had a person become that person''s when it gets one (identity_id).';

ALTER TABLE erased_steps ADD COLUMN sms_segments integer
    CHECK (sms_segments IS NULL OR (step = 'registered' AND sms_segments > 0));
COMMENT ON COLUMN erased_steps.sms_segments IS 'On the registered step of someone who registered by SMS: the SMS segments sent to them from their first contact up to the registration, so /stats shows the same cost per registration after the erasure. NULL for every other step and for registrations without SMS.';
