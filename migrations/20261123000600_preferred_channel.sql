-- Where a person wants the messages they did not ask for (announcements, reminders).
ALTER TABLE people ADD COLUMN preferred_channel text CHECK (preferred_channel IN ('telegram', 'sms'));
COMMENT ON COLUMN people.preferred_channel IS 'Channel the person chose for messages jobbro starts itself (telegram or sms); NULL: the channel they used last. Replies always go where the message came from.';
