-- People and everything they tell jobbro about themselves. Deleting a row from people removes
-- every row that names the person (ON DELETE CASCADE throughout).

CREATE TABLE people (
    id             uuid PRIMARY KEY,
    lang           text NOT NULL CHECK (lang IN ('ar', 'en', 'da')),
    name           text CHECK (length(name) BETWEEN 1 AND 80),
    name_latin     text CHECK (length(name_latin) BETWEEN 1 AND 80),
    phone_e164     text CHECK (phone_e164 ~ '^\+[1-9][0-9]{6,14}$'),
    phone_verified boolean NOT NULL DEFAULT false,
    place_id       integer REFERENCES places (id),
    place_other    boolean NOT NULL DEFAULT false,
    place_own_words text CHECK (length(place_own_words) BETWEEN 1 AND 200),
    birth_year     smallint CHECK (birth_year BETWEEN 1900 AND 2100),
    certificates   text CHECK (length(certificates) BETWEEN 1 AND 200),
    available_from date,
    registered_at  timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT (place_other AND place_id IS NOT NULL))
);
CREATE INDEX people_phone_idx ON people (phone_e164);
COMMENT ON TABLE people IS 'One row per person who consented to registration. A row exists from consent on; registered_at is set when the person confirmed the summary (until then the profile is a draft).';
COMMENT ON COLUMN people.id IS 'Random id; the only key other tables use for the person.';
COMMENT ON COLUMN people.lang IS 'Language the person reads: ar, en or da.';
COMMENT ON COLUMN people.name IS 'Name as the person writes it, in any script.';
COMMENT ON COLUMN people.name_latin IS 'Name in Latin letters as on the person''s documents; used on CVs.';
COMMENT ON COLUMN people.phone_e164 IS 'Phone number in E.164 form (+4520123456).';
COMMENT ON COLUMN people.phone_verified IS 'True when the channel vouched for the number (Telegram contact of the sender themself, or the number the person texts from).';
COMMENT ON COLUMN people.place_id IS 'Asylum centre or municipality the person lives in, from places.';
COMMENT ON COLUMN people.place_other IS 'True when the person lives somewhere not in places.';
COMMENT ON COLUMN people.place_own_words IS 'With place_other: the place in the person''s own words, if given.';
COMMENT ON COLUMN people.birth_year IS 'Birth year, optional.';
COMMENT ON COLUMN people.certificates IS 'Other certificates and courses in the person''s own words.';
COMMENT ON COLUMN people.available_from IS 'Date from which the person can start, optional.';
COMMENT ON COLUMN people.registered_at IS 'When the person confirmed their profile; NULL while registering.';
COMMENT ON COLUMN people.created_at IS 'When the person consented and the row was created.';
COMMENT ON COLUMN people.updated_at IS 'Last change to the profile.';

CREATE TABLE consents (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id      uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    purpose        text NOT NULL,
    notice_version text NOT NULL,
    given_at       timestamptz NOT NULL DEFAULT now(),
    withdrawn_at   timestamptz
);
CREATE INDEX consents_person_idx ON consents (person_id);
COMMENT ON TABLE consents IS 'Consents given by people, one row per purpose and privacy-notice version agreed to.';
COMMENT ON COLUMN consents.person_id IS 'Who consented.';
COMMENT ON COLUMN consents.id IS 'Row id.';
COMMENT ON COLUMN consents.purpose IS 'What the consent covers; matching-by-coordinators: coordinators may see the profile to invite the person to visits, internships and jobs.';
COMMENT ON COLUMN consents.notice_version IS 'Version of the privacy notice the person was shown (engine::NOTICE_VERSION).';
COMMENT ON COLUMN consents.given_at IS 'When consent was given.';
COMMENT ON COLUMN consents.withdrawn_at IS 'When consent was withdrawn; NULL while in force. Withdrawing through "Delete my data" removes the person and this row with them; the column is for consents replaced by a new notice version.';

CREATE TABLE consent_refusals (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel        text NOT NULL,
    lang           text NOT NULL CHECK (lang IN ('ar', 'en', 'da')),
    purpose        text NOT NULL,
    notice_version text NOT NULL,
    refused_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE consent_refusals IS 'Anonymous record that someone declined consent: nothing about who they were is kept.';
COMMENT ON COLUMN consent_refusals.id IS 'Row id.';
COMMENT ON COLUMN consent_refusals.channel IS 'Channel the refusal came through (telegram, console, ...).';
COMMENT ON COLUMN consent_refusals.lang IS 'Language the notice was shown in.';
COMMENT ON COLUMN consent_refusals.purpose IS 'Purpose that was declined.';
COMMENT ON COLUMN consent_refusals.notice_version IS 'Version of the notice that was declined.';
COMMENT ON COLUMN consent_refusals.refused_at IS 'When.';

CREATE TABLE channel_identities (
    id           uuid PRIMARY KEY,
    person_id    uuid REFERENCES people (id) ON DELETE CASCADE,
    channel      text NOT NULL CHECK (channel IN ('telegram', 'console', 'sms')),
    address      text NOT NULL CHECK (length(address) BETWEEN 1 AND 64),
    verified     boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (channel, address)
);
CREATE INDEX channel_identities_person_idx ON channel_identities (person_id);
COMMENT ON TABLE channel_identities IS 'Addresses through which jobbro talks with someone. One person may have several (Telegram, phone). person_id is NULL until the person consents; an identity without a person is removed when they refuse.';
COMMENT ON COLUMN channel_identities.id IS 'Random id.';
COMMENT ON COLUMN channel_identities.person_id IS 'The person, once they consented.';
COMMENT ON COLUMN channel_identities.channel IS 'telegram, sms or console (the terminal simulator).';
COMMENT ON COLUMN channel_identities.address IS 'Channel address: Telegram user id, E.164 phone number, or the simulator''s user name.';
COMMENT ON COLUMN channel_identities.verified IS 'True when the channel itself proves the address (always for Telegram and SMS).';
COMMENT ON COLUMN channel_identities.created_at IS 'First contact through this address.';
COMMENT ON COLUMN channel_identities.last_seen_at IS 'Last message received through this address.';

CREATE TABLE person_education (
    person_id uuid PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    level     text NOT NULL CHECK (level IN ('none', 'primary', 'secondary', 'vocational', 'bachelor', 'master', 'doctorate')),
    field     text CHECK (length(field) BETWEEN 1 AND 200),
    country   text CHECK (length(country) BETWEEN 1 AND 200),
    year      smallint CHECK (year BETWEEN 1900 AND 2100)
);
COMMENT ON TABLE person_education IS 'A person''s highest education.';
COMMENT ON COLUMN person_education.person_id IS 'Whose education.';
COMMENT ON COLUMN person_education.level IS 'none, primary, secondary, vocational, bachelor, master or doctorate.';
COMMENT ON COLUMN person_education.field IS 'Field of study in the person''s own words.';
COMMENT ON COLUMN person_education.country IS 'Country of study in the person''s own words.';
COMMENT ON COLUMN person_education.year IS 'Year finished.';

CREATE TABLE person_occupations (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id        uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position         smallint NOT NULL,
    occupation_id    integer REFERENCES occupations (id),
    own_words        text CHECK (length(own_words) BETWEEN 1 AND 200),
    years_experience smallint CHECK (years_experience BETWEEN 0 AND 60),
    is_principal     boolean NOT NULL DEFAULT false,
    CHECK (occupation_id IS NOT NULL OR own_words IS NOT NULL),
    UNIQUE (person_id, position)
);
CREATE UNIQUE INDEX person_occupations_one_principal_idx ON person_occupations (person_id) WHERE is_principal;
COMMENT ON TABLE person_occupations IS 'Occupations a person has worked in, with years of experience; exactly one is principal once the person finished the section. Join occupations for the ISCO-08 code. Rewritten whenever the person changes their profile: refer to a row by (person_id, position), not by id.';
COMMENT ON COLUMN person_occupations.id IS 'Row id.';
COMMENT ON COLUMN person_occupations.person_id IS 'Whose experience.';
COMMENT ON COLUMN person_occupations.position IS 'Order in which the person listed it.';
COMMENT ON COLUMN person_occupations.occupation_id IS 'Occupation from the list; NULL when the person described it in own words.';
COMMENT ON COLUMN person_occupations.own_words IS 'The occupation in the person''s own words, kept as written, when nothing in the list fitted.';
COMMENT ON COLUMN person_occupations.years_experience IS 'Years worked in it (0 = less than one year); NULL when not given.';
COMMENT ON COLUMN person_occupations.is_principal IS 'The occupation the person wants most.';

CREATE TABLE person_languages (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    language_code text CHECK (language_code ~ '^[a-z]{2,3}$'),
    own_words     text CHECK (length(own_words) BETWEEN 1 AND 200),
    level         text NOT NULL CHECK (level IN ('none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')),
    mother_tongue boolean NOT NULL DEFAULT false,
    CHECK (language_code IS NOT NULL OR own_words IS NOT NULL)
);
CREATE INDEX person_languages_person_idx ON person_languages (person_id);
CREATE INDEX person_languages_level_idx ON person_languages (language_code, level);
COMMENT ON TABLE person_languages IS 'Languages a person speaks, with a CEFR level as they judge it themselves. Danish and English are always asked (level none when not spoken). Rewritten whenever the person changes their profile: do not keep ids.';
COMMENT ON COLUMN person_languages.id IS 'Row id.';
COMMENT ON COLUMN person_languages.person_id IS 'Whose language.';
COMMENT ON COLUMN person_languages.language_code IS 'ISO 639-1 or 639-3 code (da, en, ar, ku, fa, prs, ps, ti, ...); NULL when given in own words.';
COMMENT ON COLUMN person_languages.own_words IS 'Language name in the person''s own words when not in the list.';
COMMENT ON COLUMN person_languages.level IS 'none, CEFR A1..C2, or native (mother tongue).';
COMMENT ON COLUMN person_languages.mother_tongue IS 'True for the mother tongue.';

CREATE TABLE person_licences (
    person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    licence   text NOT NULL CHECK (licence IN ('B', 'BE', 'C', 'CE', 'D', 'forklift')),
    PRIMARY KEY (person_id, licence)
);
COMMENT ON TABLE person_licences IS 'Driving licence categories and the forklift certificate a person holds (as they say; not checked).';
COMMENT ON COLUMN person_licences.person_id IS 'Whose licence.';
COMMENT ON COLUMN person_licences.licence IS 'B, BE, C, CE, D (EU driving licence categories) or forklift (truckcertifikat).';

CREATE TABLE person_wishes (
    person_id uuid NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    wish      text NOT NULL CHECK (wish IN ('company_visit', 'internship', 'job', 'igu', 'education')),
    PRIMARY KEY (person_id, wish)
);
COMMENT ON TABLE person_wishes IS 'What a person is looking for.';
COMMENT ON COLUMN person_wishes.person_id IS 'Whose wish.';
COMMENT ON COLUMN person_wishes.wish IS 'company_visit, internship (praktik), job, igu (integrationsgrunduddannelse) or education.';
