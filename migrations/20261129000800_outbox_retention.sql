-- Retention of sent messages: after JOBBRO_OUTBOX_KEEP_DAYS (90 by default) a sent or given-up
-- message loses its address and payload (store::outbox::scrub_delivered, hourly). Only the
-- comments change: the columns were already nullable for messages to someone without a profile.
COMMENT ON TABLE outbox IS 'Every message jobbro sends, written in the same transaction as the change that causes it and delivered by the outbox senders. A message to someone without a profile loses its address and payload once sent; every sent or given-up message loses them after JOBBRO_OUTBOX_KEEP_DAYS (90 by default), keeping channel, kind, status, times and SMS segments for the statistics.';
COMMENT ON COLUMN outbox.address IS 'Channel address (Telegram chat id, phone number); NULL once sent to someone without a profile, and for every message sent or given up more than JOBBRO_OUTBOX_KEEP_DAYS ago.';
COMMENT ON COLUMN outbox.payload IS 'engine::Reply as JSON: message ids and arguments, choices; rendered per channel when sent. NULL once its address is forgotten (see address).';
