-- Every chat is paced (a coordinator's and a first contact's too, whose sent messages lose
-- their address at once), and Telegram's 429 for one chat holds that chat, not everyone.

ALTER TABLE channel_identities ADD COLUMN last_sent_at timestamptz;
COMMENT ON COLUMN channel_identities.last_sent_at IS 'When the last message to this address was handed to the channel: the next one to a Telegram chat waits until a chat interval has passed (JOBBRO_TELEGRAM_CHAT_INTERVAL_MS), whoever the chat belongs to.';

ALTER TABLE send_pacing ADD COLUMN throttled_chat text;
ALTER TABLE send_pacing ADD COLUMN throttled_until timestamptz;
COMMENT ON COLUMN send_pacing.throttled_chat IS 'MD5 of the last address the provider refused with 429 (no address in clear: this table holds no personal data). A 429 for one chat holds only that chat; a second chat refused while the first is held means the provider''s overall limit, and the whole channel waits.';
COMMENT ON COLUMN send_pacing.throttled_until IS 'Until when that chat was asked to wait.';
