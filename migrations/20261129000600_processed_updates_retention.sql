-- How long handled-update ids are kept now depends on the channel and gateway
-- (store::identity::RETENTION); the column's comment said a week for all.
COMMENT ON COLUMN processed_updates.processed_at IS 'When it was handled. Kept as long as store::identity::RETENTION says for the channel and gateway (7 days for Telegram, GatewayAPI and SMS Gateway for Android, 90 for Kannel), longer than the provider may deliver the update again, then removed.';
