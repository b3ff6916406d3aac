-- A phone number is proven for one profile: whoever proved it first. Someone else who shows up
-- with it (a shared phone in an asylum centre) is asked whether that profile is theirs, and if
-- not keeps the number only as a note (phone_verified false). Until now a second profile was
-- joined to the first without asking, so no two could hold it; the index makes that a rule.

UPDATE people p SET phone_verified = false
WHERE p.phone_verified AND EXISTS (
    SELECT 1 FROM people q
    WHERE q.phone_e164 = p.phone_e164 AND q.phone_verified AND (q.created_at, q.id) < (p.created_at, p.id));
CREATE UNIQUE INDEX people_verified_phone_idx ON people (phone_e164) WHERE phone_verified;
COMMENT ON INDEX people_verified_phone_idx IS 'A phone number is verified for at most one person: the first who proved it.';
COMMENT ON COLUMN people.phone_verified IS 'True when the channel vouched for the number (Telegram contact of the sender themself, or the number the person texts from) and no other profile had proved it first. Only a verified number is ever texted by jobbro unasked.';
