-- Conversation state, the log of processed channel updates, and the outbox of replies.

CREATE TABLE conversations (
    identity_id uuid PRIMARY KEY REFERENCES channel_identities (id) ON DELETE CASCADE,
    state       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE conversations IS 'Where each conversation stands (the question being asked, the way back), so a restart or another jobbro process continues it. Written by jobbro only; the JSON shape is engine::Conversation.';
COMMENT ON COLUMN conversations.identity_id IS 'The channel identity the conversation runs on.';
COMMENT ON COLUMN conversations.state IS 'engine::Conversation as JSON: lang, step, history, mode, token.';
COMMENT ON COLUMN conversations.updated_at IS 'Last change.';

CREATE TABLE processed_updates (
    channel      text NOT NULL,
    external_id  text NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (channel, external_id)
);
COMMENT ON TABLE processed_updates IS 'Inbound updates already handled (Telegram update_id, gateway message id), so a redelivered update changes state and answers only once. Holds no content.';
COMMENT ON COLUMN processed_updates.channel IS 'Channel the update came through.';
COMMENT ON COLUMN processed_updates.external_id IS 'The channel''s id of the update.';
COMMENT ON COLUMN processed_updates.processed_at IS 'When it was handled; rows older than a week may be removed.';

CREATE TABLE outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       uuid REFERENCES people (id) ON DELETE CASCADE,
    channel         text NOT NULL,
    address         text,
    lang            text NOT NULL CHECK (lang IN ('ar', 'en', 'da')),
    payload         jsonb,
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    last_error      text,
    CHECK (status <> 'pending' OR (address IS NOT NULL AND payload IS NOT NULL))
);
CREATE INDEX outbox_pending_idx ON outbox (channel, next_attempt_at) WHERE status = 'pending';
COMMENT ON TABLE outbox IS 'Every message jobbro sends, written in the same transaction as the change that causes it and delivered by the outbox worker. Messages to someone who refused or deleted their data have no person_id, and their address and payload are erased once sent.';
COMMENT ON COLUMN outbox.id IS 'Order of queuing.';
COMMENT ON COLUMN outbox.person_id IS 'Recipient, when a person exists.';
COMMENT ON COLUMN outbox.channel IS 'Channel to send through.';
COMMENT ON COLUMN outbox.address IS 'Channel address (Telegram chat id, phone number); erased after sending when person_id is NULL.';
COMMENT ON COLUMN outbox.lang IS 'Language to render in.';
COMMENT ON COLUMN outbox.payload IS 'engine::Reply as JSON: message ids and arguments, choices; rendered per channel when sent.';
COMMENT ON COLUMN outbox.status IS 'pending, sent, or failed (given up; see last_error).';
COMMENT ON COLUMN outbox.attempts IS 'Delivery attempts so far.';
COMMENT ON COLUMN outbox.next_attempt_at IS 'Earliest time of the next attempt.';
COMMENT ON COLUMN outbox.created_at IS 'When it was queued.';
COMMENT ON COLUMN outbox.sent_at IS 'When the channel accepted it.';
COMMENT ON COLUMN outbox.last_error IS 'Why the last attempt failed (never message content).';
