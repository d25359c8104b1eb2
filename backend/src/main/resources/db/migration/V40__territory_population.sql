-- Population of the territorial units (shared reference data beside the TERYT register): the
-- denominators of the regional figures per 10,000 inhabitants. One row per unit and year; codes
-- of 2 (voivodeship), 4 (powiat) or 7 digits (gmina), as in voivodeship/powiat/gmina. No foreign
-- key: a code names a row of one of three tables, by its level.
CREATE TABLE territory_population (
    teryt       VARCHAR(7)   NOT NULL,
    level       VARCHAR(12)  NOT NULL
        CONSTRAINT territory_population_level_check CHECK (level IN ('VOIVODESHIP', 'POWIAT', 'GMINA')),
    year        SMALLINT     NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    population  INTEGER      NOT NULL CHECK (population > 0),
    -- true when the figure is not in the source but derived (powiat total minus its other gminas)
    derived     BOOLEAN      NOT NULL DEFAULT false,
    PRIMARY KEY (teryt, year),
    CONSTRAINT territory_population_code_check CHECK (
        (level = 'VOIVODESHIP' AND teryt ~ '^[0-9]{2}$') OR (level = 'POWIAT' AND teryt ~ '^[0-9]{4}$')
        OR (level = 'GMINA' AND teryt ~ '^[0-9]{7}$'))
);
