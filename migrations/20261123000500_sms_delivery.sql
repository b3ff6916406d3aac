-- SMS: segments counted per message, delivery reports from the gateways, and STOP.

ALTER TABLE outbox ADD COLUMN segments smallint CHECK (segments > 0);
ALTER TABLE outbox ADD COLUMN delivered_at timestamptz;
ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('pending', 'sent', 'delivered', 'failed'));
COMMENT ON COLUMN outbox.status IS 'pending, sent (handed to the channel), delivered (the SMS gateway reported delivery to the phone), or failed (given up, or the gateway reported it undeliverable; see last_error).';
COMMENT ON COLUMN outbox.segments IS 'SMS only: the number of SMS segments the message cost (GSM-7 160/153 characters, UCS-2 70/67), measured before sending.';
COMMENT ON COLUMN outbox.delivered_at IS 'SMS only: when the gateway reported delivery to the phone.';

ALTER TABLE channel_identities ADD COLUMN stopped_at timestamptz;
COMMENT ON COLUMN channel_identities.stopped_at IS 'When the person sent STOP through this address; while set, nothing of any kind is sent to it (START clears it).';
