-- A question's message can be replaced in place (a tick in a multi-choice question on
-- Telegram): the message that asked it is found by the token its buttons carry. The payload,
-- which holds the token too, is dropped once a message is sent.
ALTER TABLE outbox ADD COLUMN question_token bigint;

COMMENT ON COLUMN outbox.question_token IS
    'The token of the question this message asked (its buttons carry it); a press that ticks a choice in the same question edits this message in place. NULL for messages that ask nothing.';

CREATE INDEX outbox_question_idx ON outbox (channel, address, question_token) WHERE question_token IS NOT NULL;
