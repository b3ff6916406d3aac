-- The audit trail: every use of a person's data by someone else leaves one row. It outlives an
-- erasure: the row keeps the bare id of the person, which names no one once their rows are gone.

CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    action       text NOT NULL CHECK (action IN ('viewed_profile', 'erased')),
    person_id    uuid NOT NULL,
    by_kind      text NOT NULL CHECK (by_kind IN ('staff', 'admin', 'person')),
    staff_number integer REFERENCES staff (number) ON DELETE SET NULL,
    CHECK (by_kind = 'staff' OR staff_number IS NULL)
);
CREATE INDEX audit_log_person_idx ON audit_log (person_id, at);
COMMENT ON TABLE audit_log IS 'One row per use of a person''s data by someone other than the person: a coordinator opening their profile at the desk, an erasure. Listed by jobbro admin audit [--person <id>]. Kept after the person is erased.';
COMMENT ON COLUMN audit_log.id IS 'Order of recording.';
COMMENT ON COLUMN audit_log.at IS 'When it happened.';
COMMENT ON COLUMN audit_log.action IS 'viewed_profile: a coordinator opened the profile (a search result or an invitation); erased: every row naming the person was removed.';
COMMENT ON COLUMN audit_log.person_id IS 'Whose data (people.id; no foreign key, so the row outlives an erasure).';
COMMENT ON COLUMN audit_log.by_kind IS 'Who: staff (at the desk), admin (jobbro admin on the server) or person (the person themself, "Delete my data").';
COMMENT ON COLUMN audit_log.staff_number IS 'The staff member (staff.number) when by_kind is staff; NULL if that staff row is gone.';
