-- The audit trail covers every use of a person's data (issue 10, item 7): CVs, exports,
-- handovers and erasures by the retention rules, with what the use was for.

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check,
    ADD CONSTRAINT audit_log_action_check CHECK (action IN (
        'viewed_profile', 'erased', 'cv_downloaded', 'cv_sent', 'exported', 'handed_over', 'retention_warned'));
ALTER TABLE audit_log DROP CONSTRAINT audit_log_by_kind_check,
    ADD CONSTRAINT audit_log_by_kind_check CHECK (by_kind IN ('staff', 'admin', 'person', 'retention'));
ALTER TABLE audit_log ADD COLUMN detail text;

COMMENT ON TABLE audit_log IS 'One row per use of a person''s data: a coordinator opening their profile, a CV downloaded or sent to a company, an export, a handover to a municipality, an erasure (asked for, or by the retention rules) and the warning before it. Listed by jobbro admin audit [--person <id>] and in the person''s own "My data". Kept after the person is erased.';
COMMENT ON COLUMN audit_log.action IS 'viewed_profile: a coordinator opened the profile (a search result or an invitation); cv_downloaded: a CV was made from the profile (at the desk, by jobbro cv, or by the person); cv_sent: the CV went to the company of an opportunity (detail: the opportunity id); exported: the person''s data was exported ("My data", or by a coordinator); handed_over: the profile was handed to a municipality (detail: its name); retention_warned: the person was told their profile will be erased for inactivity; erased: every row naming the person was removed.';
COMMENT ON COLUMN audit_log.by_kind IS 'Who: staff (at the desk), admin (jobbro admin or jobbro cv on the server), person (the person themself) or retention (jobbro''s retention rules, see README "Privacy").';
COMMENT ON COLUMN audit_log.detail IS 'What the use was for, when the action needs it: the opportunity id of cv_sent, the municipality of handed_over, the rule of a retention erasure (inactive, unfinished). Never personal data.';
