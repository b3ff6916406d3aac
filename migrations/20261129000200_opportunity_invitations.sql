-- A coordinator may invite one person to an opportunity outside its audience (found by
-- candidate search): the person then gets the announcement and may sign up. Who may see and
-- sign up for an opportunity is decided by store::opportunities::visible_to, which reads this.

CREATE TABLE opportunity_invitations (
    opportunity_id bigint NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    person_id      uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    invited_by     uuid REFERENCES channel_identities (id) ON DELETE SET NULL,
    invited_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (opportunity_id, person_id)
);
CREATE INDEX opportunity_invitations_person_idx ON opportunity_invitations (person_id);
COMMENT ON TABLE opportunity_invitations IS 'People a coordinator invited to an opportunity by hand (besides its audience). A person may see and sign up for a published opportunity only when they are in its audience, were sent its announcement, were invited here, or signed up before; to anyone else its number does not exist.';
COMMENT ON COLUMN opportunity_invitations.opportunity_id IS 'The opportunity.';
COMMENT ON COLUMN opportunity_invitations.person_id IS 'The person invited.';
COMMENT ON COLUMN opportunity_invitations.invited_by IS 'The coordinator''s channel address.';
COMMENT ON COLUMN opportunity_invitations.invited_at IS 'When.';
