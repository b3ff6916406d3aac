-- Lists that questions offer: places, sectors and occupations. Seeded by later migrations;
-- places can be added with `jobbro admin place add`.

CREATE TABLE places (
    id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('asylum_centre', 'municipality')),
    name       text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    position   integer NOT NULL DEFAULT 1000,
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE places IS 'Asylum centres and municipalities a person can say they live in. Inactive places are kept for old profiles but no longer offered.';
COMMENT ON COLUMN places.id IS 'Stable id; referenced by people.place_id and used in button data.';
COMMENT ON COLUMN places.kind IS 'asylum_centre or municipality.';
COMMENT ON COLUMN places.name IS 'Proper name as written in Danish, e.g. Sønderborg Kommune, Center Sandholm.';
COMMENT ON COLUMN places.position IS 'Display order in the menu, lowest first.';
COMMENT ON COLUMN places.active IS 'False hides the place from the menu without touching profiles that name it.';
COMMENT ON COLUMN places.created_at IS 'When the place was added.';

CREATE TABLE sectors (
    code     text PRIMARY KEY CHECK (code ~ '^[a-z_]{2,30}$'),
    position smallint NOT NULL,
    label_ar text NOT NULL,
    label_en text NOT NULL,
    label_da text NOT NULL
);
COMMENT ON TABLE sectors IS 'Areas of work used to group occupations in the menu (engineering, health, building trades, ...).';
COMMENT ON COLUMN sectors.code IS 'Short stable slug, e.g. engineering.';
COMMENT ON COLUMN sectors.position IS 'Display order, lowest first.';
COMMENT ON COLUMN sectors.label_ar IS 'Label in Arabic.';
COMMENT ON COLUMN sectors.label_en IS 'Label in English.';
COMMENT ON COLUMN sectors.label_da IS 'Label in Danish.';

CREATE TABLE occupations (
    id          integer PRIMARY KEY,
    isco_code   text NOT NULL CHECK (isco_code ~ '^[0-9]{4}$'),
    sector_code text NOT NULL REFERENCES sectors (code),
    position    smallint NOT NULL,
    label_ar    text NOT NULL,
    label_en    text NOT NULL,
    label_da    text NOT NULL
);
CREATE INDEX occupations_isco_code_idx ON occupations (isco_code);
COMMENT ON TABLE occupations IS 'Occupations a person can pick, each mapped to an ISCO-08 unit group. Several occupations may share a unit group (hairdresser, barber).';
COMMENT ON COLUMN occupations.id IS 'Stable id (sector position * 100 + position); never reused.';
COMMENT ON COLUMN occupations.isco_code IS 'ISCO-08 unit group, four digits, stored as text because major group 0 exists (DISCO-08 uses the same codes).';
COMMENT ON COLUMN occupations.sector_code IS 'The menu area the occupation is shown under.';
COMMENT ON COLUMN occupations.position IS 'Display order inside the sector.';
COMMENT ON COLUMN occupations.label_ar IS 'Label in Arabic.';
COMMENT ON COLUMN occupations.label_en IS 'Label in English.';
COMMENT ON COLUMN occupations.label_da IS 'Label in Danish.';
