-- Staff access that can be listed and taken back, and limits per address (wrong invitation
-- codes, messages arriving faster than a person types).

ALTER TABLE staff ADD COLUMN number integer GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE staff ADD COLUMN note text CHECK (length(note) BETWEEN 1 AND 80);
ALTER TABLE staff ADD COLUMN revoked_at timestamptz;
ALTER TABLE staff ADD COLUMN revoked_by uuid REFERENCES channel_identities (id) ON DELETE SET NULL;
COMMENT ON TABLE staff IS 'Volunteers who run the programme. A role belongs to the channel address that redeemed the invitation (a Telegram account, a simulator user); coordinators are not registered as job seekers. A revoked row is kept as the record of who had access until when; it grants nothing.';
COMMENT ON COLUMN staff.number IS 'Short number an admin names the staff member by (jobbro admin staff revoke <number>, the desk''s staff list).';
COMMENT ON COLUMN staff.note IS 'Who this is, as the admin noted on the invitation (jobbro admin invite --note), so the list can be read.';
COMMENT ON COLUMN staff.revoked_at IS 'When the role was taken back; NULL while it is in force. Every desk action checks it.';
COMMENT ON COLUMN staff.revoked_by IS 'The admin''s channel address that took it back; NULL when done with jobbro admin on the server.';
COMMENT ON COLUMN staff.role IS 'admin (everything a coordinator does, and inviting and revoking staff) or coordinator (creates opportunities, broadcasts, marks attendance, searches candidates).';

ALTER TABLE staff_invites ADD COLUMN note text CHECK (length(note) BETWEEN 1 AND 80);
ALTER TABLE staff_invites ADD COLUMN created_by uuid REFERENCES channel_identities (id) ON DELETE SET NULL;
COMMENT ON COLUMN staff_invites.note IS 'Who the code is for, as the admin noted it; copied to staff.note when redeemed.';
COMMENT ON COLUMN staff_invites.created_by IS 'The admin''s channel address that made the code at the desk; NULL when made with jobbro admin invite on the server.';

CREATE TABLE address_limits (
    identity_id   uuid NOT NULL REFERENCES channel_identities (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('turns', 'invite_codes')),
    window_start  timestamptz NOT NULL,
    count         integer NOT NULL CHECK (count >= 0),
    blocked_until timestamptz,
    keep_until    timestamptz NOT NULL,
    PRIMARY KEY (identity_id, kind)
);
COMMENT ON TABLE address_limits IS 'How often an address did something within a window (store::limits): turns (messages handled; a script sending hundreds a minute is warned once and then ignored for a while) and invite_codes (wrong invitation codes; a few an hour). Holds no content.';
COMMENT ON COLUMN address_limits.identity_id IS 'The channel address.';
COMMENT ON COLUMN address_limits.kind IS 'turns or invite_codes.';
COMMENT ON COLUMN address_limits.window_start IS 'Start of the current counting window.';
COMMENT ON COLUMN address_limits.count IS 'How many in the current window.';
COMMENT ON COLUMN address_limits.blocked_until IS 'Until then the address is not served for this kind; NULL: not blocked.';
COMMENT ON COLUMN address_limits.keep_until IS 'The end of the window or of the block, whichever is later. Until then the address is remembered even if it would otherwise be forgotten (a first contact that refused consent or only sent wrong codes), or the limit would reset with every new contact.';
