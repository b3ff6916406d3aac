-- A language is a folder under locales/: no column or CHECK constraint names one any more.
-- jobbro fills `languages` and the label tables from the locale folders at every start-up, so
-- tools that read this database see every language jobbro speaks, with its review status, and
-- every label in every language as one row per (code, language).

CREATE TABLE languages (
    tag           text PRIMARY KEY CHECK (tag ~ '^[a-z]{2,3}$'),
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    direction     text NOT NULL CHECK (direction IN ('ltr', 'rtl')),
    menu_order    integer NOT NULL,
    review_status text NOT NULL CHECK (review_status IN ('drafted', 'reviewed')),
    drafted_on    date,
    reviewed_by   text,
    reviewed_on   date,
    desk          boolean NOT NULL DEFAULT false,
    available     boolean NOT NULL DEFAULT true,
    synced_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((review_status = 'reviewed') = (reviewed_by IS NOT NULL AND reviewed_on IS NOT NULL))
);
COMMENT ON TABLE languages IS 'The languages jobbro writes in, copied at start-up from the folders locales/<tag>/ (language.toml and the .ftl files). A language whose folder was removed stays, with available = false, so the rows that name it keep their meaning.';
COMMENT ON COLUMN languages.tag IS 'Primary BCP 47 language subtag, e.g. ar, uk, fa; the folder name under locales/.';
COMMENT ON COLUMN languages.name IS 'The language''s name written in itself (its message language-self-name), as on the language menu.';
COMMENT ON COLUMN languages.direction IS 'Writing direction, from the tag: rtl for Arabic, Persian, Pashto and the like.';
COMMENT ON COLUMN languages.menu_order IS 'Place in the language menu, lower first; over SMS the first three are listed, then "more languages".';
COMMENT ON COLUMN languages.review_status IS 'drafted: texts written by the project, not yet read by a native speaker; reviewed: a native speaker has checked every text.';
COMMENT ON COLUMN languages.drafted_on IS 'When the texts were drafted.';
COMMENT ON COLUMN languages.reviewed_by IS 'The native speaker who reviewed the texts (set when reviewed).';
COMMENT ON COLUMN languages.reviewed_on IS 'When the texts were reviewed.';
COMMENT ON COLUMN languages.desk IS 'Whether the coordinators'' desk is translated into this language (seekers'' texts always are).';
COMMENT ON COLUMN languages.available IS 'Whether the running jobbro has this language''s folder; false for a language that was removed.';
COMMENT ON COLUMN languages.synced_at IS 'When jobbro last copied this row from the locale folder.';

-- The three languages of the rows already stored; start-up overwrites names and status.
INSERT INTO languages (tag, name, direction, menu_order, review_status) VALUES
    ('ar', 'العربية', 'rtl', 1, 'drafted'),
    ('en', 'English', 'ltr', 2, 'drafted'),
    ('da', 'Dansk', 'ltr', 3, 'drafted');

CREATE TABLE sector_labels (
    sector_code text NOT NULL REFERENCES sectors (code) ON DELETE CASCADE,
    lang        text NOT NULL REFERENCES languages (tag),
    label       text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    PRIMARY KEY (sector_code, lang)
);
COMMENT ON TABLE sector_labels IS 'A sector''s name in each language, copied at start-up from locales/<tag>/labels.ftl (label-sector-<code>).';
COMMENT ON COLUMN sector_labels.sector_code IS 'The sector.';
COMMENT ON COLUMN sector_labels.lang IS 'The language of the label.';
COMMENT ON COLUMN sector_labels.label IS 'The short name shown on buttons and in SMS menus.';

CREATE TABLE occupation_labels (
    occupation_id integer NOT NULL REFERENCES occupations (id) ON DELETE CASCADE,
    lang          text NOT NULL REFERENCES languages (tag),
    label         text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    PRIMARY KEY (occupation_id, lang)
);
COMMENT ON TABLE occupation_labels IS 'An occupation''s name in each language, copied at start-up from locales/<tag>/labels.ftl (label-occupation-<id>). The ISCO-08 code is in occupations.';
COMMENT ON COLUMN occupation_labels.occupation_id IS 'The occupation.';
COMMENT ON COLUMN occupation_labels.lang IS 'The language of the label.';
COMMENT ON COLUMN occupation_labels.label IS 'The short name shown on buttons and in SMS menus.';

INSERT INTO sector_labels (sector_code, lang, label)
    SELECT code, 'ar', label_ar FROM sectors
    UNION ALL SELECT code, 'en', label_en FROM sectors
    UNION ALL SELECT code, 'da', label_da FROM sectors;
INSERT INTO occupation_labels (occupation_id, lang, label)
    SELECT id, 'ar', label_ar FROM occupations
    UNION ALL SELECT id, 'en', label_en FROM occupations
    UNION ALL SELECT id, 'da', label_da FROM occupations;

ALTER TABLE sectors DROP COLUMN label_ar, DROP COLUMN label_en, DROP COLUMN label_da;
ALTER TABLE occupations DROP COLUMN label_ar, DROP COLUMN label_en, DROP COLUMN label_da;

-- Every column that names a language now points at `languages` instead of listing three.
ALTER TABLE people DROP CONSTRAINT people_lang_check,
    ADD CONSTRAINT people_lang_fkey FOREIGN KEY (lang) REFERENCES languages (tag);
ALTER TABLE consent_refusals DROP CONSTRAINT consent_refusals_lang_check,
    ADD CONSTRAINT consent_refusals_lang_fkey FOREIGN KEY (lang) REFERENCES languages (tag);
ALTER TABLE opportunities DROP CONSTRAINT opportunities_description_lang_check,
    ADD CONSTRAINT opportunities_description_lang_fkey FOREIGN KEY (description_lang) REFERENCES languages (tag);
ALTER TABLE opportunity_descriptions DROP CONSTRAINT opportunity_descriptions_lang_check,
    ADD CONSTRAINT opportunity_descriptions_lang_fkey FOREIGN KEY (lang) REFERENCES languages (tag);
ALTER TABLE broadcasts DROP CONSTRAINT broadcasts_fallback_lang_check,
    ADD CONSTRAINT broadcasts_fallback_lang_fkey FOREIGN KEY (fallback_lang) REFERENCES languages (tag);
ALTER TABLE broadcast_texts DROP CONSTRAINT broadcast_texts_lang_check,
    ADD CONSTRAINT broadcast_texts_lang_fkey FOREIGN KEY (lang) REFERENCES languages (tag);
-- The outbox takes a row per recipient of a broadcast: a well-formed tag is enough there (its
-- rows come from people.lang, which is checked), and a foreign key would cost a look-up per row.
ALTER TABLE outbox DROP CONSTRAINT outbox_lang_check,
    ADD CONSTRAINT outbox_lang_check CHECK (lang ~ '^[a-z]{2,3}$');

COMMENT ON COLUMN sectors.code IS 'Short stable slug, e.g. engineering; its label in each language is in sector_labels.';
COMMENT ON COLUMN occupations.id IS 'Stable id (sector position * 100 + position); never reused. Its label in each language is in occupation_labels.';
