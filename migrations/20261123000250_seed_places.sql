-- A first set of places around Sønderborg, where the project began, and the national
-- reception centres. Coordinators add more with `jobbro admin place add`.
INSERT INTO places (kind, name, position) VALUES
    ('municipality',  'Sønderborg Kommune', 10),
    ('municipality',  'Aabenraa Kommune',   20),
    ('municipality',  'Haderslev Kommune',  30),
    ('municipality',  'Tønder Kommune',     40),
    ('asylum_centre', 'Center Sandholm',    50),
    ('asylum_centre', 'Center Avnstrup',    60);
