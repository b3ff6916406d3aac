-- Coordination: staff roles and their invitations, opportunities (company visits, information
-- meetings, internships, jobs, IGU) with their audience, sign-ups with a waitlist, attendance,
-- reminders, broadcasts and outcomes.

CREATE TABLE staff_invites (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code_sha256 text NOT NULL UNIQUE CHECK (code_sha256 ~ '^[0-9a-f]{64}$'),
    role        text NOT NULL CHECK (role IN ('admin', 'coordinator')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    CHECK (expires_at > created_at)
);
COMMENT ON TABLE staff_invites IS 'One-time codes printed by `jobbro admin invite`; whoever sends a valid code to the bot gets its role. Only a hash of the code is kept.';
COMMENT ON COLUMN staff_invites.id IS 'Invitation number.';
COMMENT ON COLUMN staff_invites.code_sha256 IS 'SHA-256 (hex) of the code; the code itself is shown once and never stored.';
COMMENT ON COLUMN staff_invites.role IS 'Role the code grants: admin or coordinator.';
COMMENT ON COLUMN staff_invites.created_at IS 'When the code was made.';
COMMENT ON COLUMN staff_invites.expires_at IS 'After this the code is refused.';
COMMENT ON COLUMN staff_invites.used_at IS 'When the code was redeemed; a used code is refused.';

CREATE TABLE staff (
    identity_id uuid PRIMARY KEY REFERENCES channel_identities (id) ON DELETE CASCADE,
    role        text NOT NULL CHECK (role IN ('admin', 'coordinator')),
    invite_id   bigint REFERENCES staff_invites (id) ON DELETE SET NULL,
    granted_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE staff IS 'Volunteers who run the programme. A role belongs to the channel address that redeemed the invitation (a Telegram account, a simulator user); coordinators are not registered as job seekers.';
COMMENT ON COLUMN staff.identity_id IS 'The channel address the role belongs to.';
COMMENT ON COLUMN staff.role IS 'admin (may do everything a coordinator does) or coordinator (creates opportunities, broadcasts, marks attendance, searches candidates).';
COMMENT ON COLUMN staff.invite_id IS 'The invitation that granted the role.';
COMMENT ON COLUMN staff.granted_at IS 'When the role was granted.';

CREATE TABLE opportunities (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('company_visit', 'info_meeting', 'internship', 'job', 'igu')),
    status           text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'cancelled')),
    company          text NOT NULL CHECK (length(company) BETWEEN 1 AND 120),
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    place_id         integer REFERENCES places (id),
    meeting_point    text CHECK (length(meeting_point) BETWEEN 1 AND 200),
    transport_note   text CHECK (length(transport_note) BETWEEN 1 AND 300),
    capacity         integer CHECK (capacity BETWEEN 1 AND 10000),
    signup_deadline  timestamptz,
    min_danish       text CHECK (min_danish IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    description_lang text CHECK (description_lang IN ('ar', 'en', 'da')),
    reminder_minutes integer[] NOT NULL DEFAULT '{1440,120}',
    created_by       uuid REFERENCES channel_identities (id) ON DELETE SET NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    published_at     timestamptz,
    cancelled_at     timestamptz,
    CHECK (ends_at > starts_at),
    CHECK (signup_deadline IS NULL OR signup_deadline <= starts_at),
    CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
CREATE INDEX opportunities_starts_idx ON opportunities (starts_at) WHERE status = 'published';
COMMENT ON TABLE opportunities IS 'Company visits, information meetings, internships (praktik), jobs and IGU places that coordinators offer. The number (id) is what people type to sign up by SMS ("JA 12").';
COMMENT ON COLUMN opportunities.id IS 'Opportunity number, shown to people and typed in SMS replies.';
COMMENT ON COLUMN opportunities.kind IS 'company_visit, info_meeting, internship (praktik), job, or igu (integrationsgrunduddannelse).';
COMMENT ON COLUMN opportunities.status IS 'draft (not announced yet), published (announced, open for sign-up), or cancelled.';
COMMENT ON COLUMN opportunities.company IS 'Company or organiser, as the coordinator wrote it.';
COMMENT ON COLUMN opportunities.title IS 'Short title, as the coordinator wrote it (shown as written, in any language).';
COMMENT ON COLUMN opportunities.starts_at IS 'Start; shown to people in Europe/Copenhagen time.';
COMMENT ON COLUMN opportunities.ends_at IS 'End; for an internship or job, the end of the first day or of the period.';
COMMENT ON COLUMN opportunities.place_id IS 'Town or asylum centre where it takes place.';
COMMENT ON COLUMN opportunities.meeting_point IS 'Where to meet, as the coordinator wrote it (an address, "the main gate").';
COMMENT ON COLUMN opportunities.transport_note IS 'How people get there (bus, shared cars), as the coordinator wrote it.';
COMMENT ON COLUMN opportunities.capacity IS 'Seats; sign-ups beyond it go on the waitlist. NULL: no limit.';
COMMENT ON COLUMN opportunities.signup_deadline IS 'Last moment to sign up; NULL: until the start.';
COMMENT ON COLUMN opportunities.min_danish IS 'Audience: lowest Danish level (CEFR) a person must have to be notified; NULL: any.';
COMMENT ON COLUMN opportunities.description_lang IS 'The language the coordinator wrote the main description in; readers without a description in their language see that one, marked as such.';
COMMENT ON COLUMN opportunities.reminder_minutes IS 'Reminders to each confirmed person, in minutes before the start (default 24 hours and 2 hours).';
COMMENT ON COLUMN opportunities.created_by IS 'The coordinator''s channel address that created it.';
COMMENT ON COLUMN opportunities.created_at IS 'When it was created.';
COMMENT ON COLUMN opportunities.updated_at IS 'Last change.';
COMMENT ON COLUMN opportunities.published_at IS 'When it was announced to its audience.';
COMMENT ON COLUMN opportunities.cancelled_at IS 'When it was cancelled; everyone signed up was told.';

CREATE TABLE opportunity_descriptions (
    opportunity_id bigint NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    lang           text NOT NULL CHECK (lang IN ('ar', 'en', 'da')),
    body           text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
    PRIMARY KEY (opportunity_id, lang)
);
COMMENT ON TABLE opportunity_descriptions IS 'Optional free-text description of an opportunity, per language.';
COMMENT ON COLUMN opportunity_descriptions.opportunity_id IS 'The opportunity.';
COMMENT ON COLUMN opportunity_descriptions.lang IS 'Language of this text.';
COMMENT ON COLUMN opportunity_descriptions.body IS 'The description as the coordinator wrote it.';

CREATE TABLE opportunity_audience (
    opportunity_id bigint NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    dimension      text NOT NULL CHECK (dimension IN ('occupation', 'place', 'language')),
    value          text NOT NULL CHECK (length(value) BETWEEN 1 AND 16),
    PRIMARY KEY (opportunity_id, dimension, value)
);
COMMENT ON TABLE opportunity_audience IS 'Who an opportunity is announced to. Within a dimension any value matches; every dimension that has rows must match. No rows and no minimum Danish level: everyone.';
COMMENT ON COLUMN opportunity_audience.opportunity_id IS 'The opportunity.';
COMMENT ON COLUMN opportunity_audience.dimension IS 'occupation (value: occupations.id), place (value: places.id), or language (value: ISO 639 code the person speaks at any level above none).';
COMMENT ON COLUMN opportunity_audience.value IS 'The occupation id, place id or language code, as text.';

CREATE TABLE signups (
    opportunity_id  bigint NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    person_id       uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    status          text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    queued_at       timestamptz NOT NULL DEFAULT now(),
    changed_at      timestamptz NOT NULL DEFAULT now(),
    attendance      text CHECK (attendance IN ('present', 'no_show')),
    attendance_at   timestamptz,
    PRIMARY KEY (opportunity_id, person_id)
);
CREATE INDEX signups_person_idx ON signups (person_id);
COMMENT ON TABLE signups IS 'Who signed up for what. When a confirmed person cancels, the first on the waitlist (by queued_at) is confirmed and told.';
COMMENT ON COLUMN signups.opportunity_id IS 'The opportunity.';
COMMENT ON COLUMN signups.person_id IS 'The person.';
COMMENT ON COLUMN signups.status IS 'confirmed (has a seat), waitlisted (waits for a seat), or cancelled (by the person).';
COMMENT ON COLUMN signups.queued_at IS 'When the person (last) signed up: the waitlist order.';
COMMENT ON COLUMN signups.changed_at IS 'Last change of status.';
COMMENT ON COLUMN signups.attendance IS 'Marked by a coordinator afterwards: present or no_show; NULL: not marked.';
COMMENT ON COLUMN signups.attendance_at IS 'When attendance was marked.';

CREATE TABLE reminders_sent (
    opportunity_id bigint NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
    person_id      uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    minutes_before integer NOT NULL,
    starts_at      timestamptz NOT NULL,
    outcome        text NOT NULL CHECK (outcome IN ('queued', 'skipped')),
    outbox_id      bigint,
    decided_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (opportunity_id, person_id, minutes_before, starts_at)
);
COMMENT ON TABLE reminders_sent IS 'Each reminder once per person: a row is written in the transaction that queues it. Keyed by the start time too, so moving an opportunity gives new reminders.';
COMMENT ON COLUMN reminders_sent.opportunity_id IS 'The opportunity.';
COMMENT ON COLUMN reminders_sent.person_id IS 'The person reminded.';
COMMENT ON COLUMN reminders_sent.minutes_before IS 'Which reminder (minutes before the start).';
COMMENT ON COLUMN reminders_sent.starts_at IS 'The start time the reminder was for.';
COMMENT ON COLUMN reminders_sent.outcome IS 'queued (an outbox message was written), or skipped (a later reminder was already due, e.g. after downtime, so only that one went out).';
COMMENT ON COLUMN reminders_sent.outbox_id IS 'The outbox message, when queued.';
COMMENT ON COLUMN reminders_sent.decided_at IS 'When it was queued or skipped.';

CREATE TABLE broadcasts (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_by      uuid REFERENCES channel_identities (id) ON DELETE SET NULL,
    audience        text NOT NULL CHECK (audience IN ('everyone', 'place', 'language', 'occupation', 'signups')),
    audience_value  text CHECK (length(audience_value) BETWEEN 1 AND 16),
    fallback_lang   text NOT NULL CHECK (fallback_lang IN ('ar', 'en', 'da')),
    recipients      integer NOT NULL DEFAULT 0,
    progress_outbox_id bigint,
    progress_shown  integer NOT NULL DEFAULT 0,
    report_sent_at  timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((audience = 'everyone') = (audience_value IS NULL))
);
COMMENT ON TABLE broadcasts IS 'Messages a coordinator sent to many people at once; each recipient''s copy is an outbox row with this broadcast_id, which gives the progress and the report.';
COMMENT ON COLUMN broadcasts.id IS 'Broadcast number.';
COMMENT ON COLUMN broadcasts.created_by IS 'The coordinator''s channel address.';
COMMENT ON COLUMN broadcasts.audience IS 'everyone, place, language, occupation, or signups (of one opportunity).';
COMMENT ON COLUMN broadcasts.audience_value IS 'The place id, language code, occupation id or opportunity id; NULL for everyone.';
COMMENT ON COLUMN broadcasts.fallback_lang IS 'Language whose text goes to readers for whose language no text was written.';
COMMENT ON COLUMN broadcasts.recipients IS 'Messages queued when the coordinator confirmed.';
COMMENT ON COLUMN broadcasts.progress_outbox_id IS 'The progress message in the coordinator''s chat, edited while the broadcast goes out.';
COMMENT ON COLUMN broadcasts.progress_shown IS 'Messages handled (sent or failed) as last shown in the progress message; it is edited again only when this changes.';
COMMENT ON COLUMN broadcasts.report_sent_at IS 'When the final report went to the coordinator.';
COMMENT ON COLUMN broadcasts.created_at IS 'When the coordinator confirmed it.';

CREATE TABLE broadcast_texts (
    broadcast_id bigint NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
    lang         text NOT NULL CHECK (lang IN ('ar', 'en', 'da')),
    body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
    PRIMARY KEY (broadcast_id, lang)
);
COMMENT ON TABLE broadcast_texts IS 'The text of a broadcast, per language, as the coordinator wrote it.';
COMMENT ON COLUMN broadcast_texts.broadcast_id IS 'The broadcast.';
COMMENT ON COLUMN broadcast_texts.lang IS 'Language of this text.';
COMMENT ON COLUMN broadcast_texts.body IS 'The text.';

CREATE TABLE outcomes (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id      uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind           text NOT NULL CHECK (kind IN ('internship', 'igu', 'job', 'education')),
    started_on     date NOT NULL,
    opportunity_id bigint REFERENCES opportunities (id) ON DELETE SET NULL,
    recorded_by    uuid REFERENCES channel_identities (id) ON DELETE SET NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outcomes_person_idx ON outcomes (person_id);
COMMENT ON TABLE outcomes IS 'What came of it for a person: an internship, IGU, job or education started, as recorded by a coordinator.';
COMMENT ON COLUMN outcomes.id IS 'Record number.';
COMMENT ON COLUMN outcomes.person_id IS 'The person.';
COMMENT ON COLUMN outcomes.kind IS 'internship (praktik), igu, job, or education.';
COMMENT ON COLUMN outcomes.started_on IS 'When it started.';
COMMENT ON COLUMN outcomes.opportunity_id IS 'The opportunity it came from, when known.';
COMMENT ON COLUMN outcomes.recorded_by IS 'The coordinator''s channel address.';
COMMENT ON COLUMN outcomes.recorded_at IS 'When it was recorded.';

ALTER TABLE outbox ADD COLUMN kind text NOT NULL DEFAULT 'reply'
    CHECK (kind IN ('reply', 'announcement', 'reminder', 'notice', 'broadcast', 'progress'));
ALTER TABLE outbox ADD COLUMN broadcast_id bigint;
ALTER TABLE outbox ADD COLUMN opportunity_id bigint;
CREATE INDEX outbox_broadcast_idx ON outbox (broadcast_id) WHERE broadcast_id IS NOT NULL;
COMMENT ON COLUMN outbox.kind IS 'reply (an answer to the person), announcement (of an opportunity), reminder, notice (a change to something the person signed up for), broadcast, or progress (a broadcast''s progress or report to its coordinator).';
COMMENT ON COLUMN outbox.broadcast_id IS 'The broadcast (broadcasts.id) this copy belongs to. No foreign key: copies are written 100,000 at a time in the broadcast''s own transaction, and a per-row check would double the time; broadcasts are never deleted.';
COMMENT ON COLUMN outbox.opportunity_id IS 'The opportunity (opportunities.id) an announcement, reminder or notice is about. No foreign key, for the same reason as broadcast_id; opportunities are cancelled, never deleted.';
