-- The territorial units as the regional lists show them (issue #11, docs/adr/0024): one row per
-- voivodeship, powiat and gmina with its name, a gmina's powiat name (gmina names repeat) and its
-- place in Polish alphabetical order, written by every refresh from the TERYT dictionary (so a new
-- register vintage reaches the lists with the next refresh), so that a list of 2,479 gminas is
-- ordered by an integer instead of being sorted with the ICU collation per request.
CREATE TABLE regional_unit (
    teryt        VARCHAR(7)    COLLATE "C" PRIMARY KEY,
    level        VARCHAR(12)   NOT NULL
        CONSTRAINT regional_unit_level_check CHECK (level IN ('VOIVODESHIP', 'POWIAT', 'GMINA')),
    name         VARCHAR(128)  NOT NULL,
    powiat_name  VARCHAR(128),
    -- position in Polish order (name, then powiat name, then code) among the units of its level
    name_order   INTEGER       NOT NULL
);

CREATE INDEX regional_unit_level_idx ON regional_unit (level, teryt);
