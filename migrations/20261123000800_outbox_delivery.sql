-- Delivery by several sender processes: claims with a lease (no transaction stays open while a
-- provider is called), pacing shared through the database, expiry, 403 fallback to SMS, edits.

ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('pending', 'sending', 'sent', 'delivered', 'failed'));
-- A message being sent still needs its address and content.
ALTER TABLE outbox DROP CONSTRAINT outbox_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_check
    CHECK (status NOT IN ('pending', 'sending') OR (address IS NOT NULL AND payload IS NOT NULL));

ALTER TABLE outbox ADD COLUMN claimed_by text;
ALTER TABLE outbox ADD COLUMN lease_until timestamptz;
ALTER TABLE outbox ADD COLUMN expires_at timestamptz;
ALTER TABLE outbox ADD COLUMN fallback_of bigint REFERENCES outbox (id) ON DELETE SET NULL;
ALTER TABLE outbox ADD COLUMN channel_message_id bigint;
ALTER TABLE outbox ADD COLUMN edits_outbox_id bigint REFERENCES outbox (id) ON DELETE SET NULL;
ALTER TABLE outbox ADD COLUMN parts_sent smallint NOT NULL DEFAULT 0 CHECK (parts_sent >= 0);

DROP INDEX outbox_pending_idx;
-- What the senders look for: unfinished rows in queue order.
CREATE INDEX outbox_unfinished_idx ON outbox (channel, id) WHERE status IN ('pending', 'sending');
-- Per-address order (an earlier unfinished message) and per-chat pacing (the next one waits).
CREATE INDEX outbox_address_unfinished_idx ON outbox (channel, address, id) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_address_sent_idx ON outbox (channel, address, sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_fallback_of_idx ON outbox (fallback_of) WHERE fallback_of IS NOT NULL;
CREATE INDEX outbox_edits_idx ON outbox (edits_outbox_id) WHERE edits_outbox_id IS NOT NULL;

COMMENT ON COLUMN outbox.next_attempt_at IS 'Earliest time of the next attempt: a retry''s backoff or the provider''s retry_after, and for Telegram one chat interval after the previous message to the chat went out.';
COMMENT ON COLUMN outbox.status IS 'pending (waiting, see next_attempt_at), sending (claimed by a sender until lease_until), sent (handed to the channel), delivered (the SMS gateway reported delivery to the phone), or failed (see last_error).';
COMMENT ON COLUMN outbox.last_error IS 'Why the last attempt failed, never message content. Given up: starts with stopped (the address sent STOP), blocked (Telegram 403: blocked, deactivated, chat not found), expired (expires_at passed), gave-up (transient failures for longer than the configured time), rejected (the provider refused it), undeliverable (gateway report) or unreadable.';
COMMENT ON COLUMN outbox.attempts IS 'Delivery attempts so far whose result was recorded (a sender that died mid-attempt leaves none).';
COMMENT ON COLUMN outbox.claimed_by IS 'While sending (and afterwards, for diagnosis): the sender that claimed the row, as host/process id/worker.';
COMMENT ON COLUMN outbox.lease_until IS 'While sending: the claim lapses at this time; a row still sending after it (its sender died) is claimed again, so it may go out twice (at-least-once).';
COMMENT ON COLUMN outbox.expires_at IS 'Optional: not sent after this time (a reminder once the event began); failed with reason expired.';
COMMENT ON COLUMN outbox.fallback_of IS 'For an SMS sent because Telegram refused the original (403): the original message.';
COMMENT ON COLUMN outbox.channel_message_id IS 'Telegram: the message_id of the last message this row became, so a later row can edit it.';
COMMENT ON COLUMN outbox.edits_outbox_id IS 'Telegram: this row replaces the text of that earlier message in place (editMessageText); sent as a new message when the earlier one has no channel_message_id.';
COMMENT ON COLUMN outbox.parts_sent IS 'Telegram: how many of the messages a long reply is split into were accepted, so a retry does not send them again.';

ALTER TABLE channel_identities ADD COLUMN unreachable_at timestamptz;
COMMENT ON COLUMN channel_identities.unreachable_at IS 'When the channel said the address cannot be reached (Telegram 403: bot blocked, account deactivated); messages jobbro starts itself then go elsewhere. Cleared when the person writes through it again.';

CREATE TABLE send_pacing (
    pace_key  text PRIMARY KEY,
    next_slot timestamptz NOT NULL
);
COMMENT ON TABLE send_pacing IS 'One row per provider (telegram, sms:kannel, ...): every sender process takes its send times from here, so together they keep the provider''s rate. Holds no personal data.';
COMMENT ON COLUMN send_pacing.pace_key IS 'The provider: telegram, or sms:<gateway>.';
COMMENT ON COLUMN send_pacing.next_slot IS 'The earliest time the next message may go; a sender advances it by one interval per message it will send (and past a 429 retry_after).';
