-- Territorial dictionary: TERYT (GUS) voivodeships, powiats and gminas.
-- Codes are the official zero-padded strings: 2 digits, 4 digits, 7 digits (with the type digit).

CREATE TABLE voivodeship (
    code  VARCHAR(2)     PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name  VARCHAR(64)  NOT NULL
);

CREATE TABLE powiat (
    code              VARCHAR(4)     PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
    name              VARCHAR(128) NOT NULL,
    type              VARCHAR(64)  NOT NULL,
    voivodeship_code  VARCHAR(2)     NOT NULL REFERENCES voivodeship (code),
    CHECK (substr(code, 1, 2) = voivodeship_code)
);

CREATE TABLE gmina (
    teryt        VARCHAR(7)     PRIMARY KEY CHECK (teryt ~ '^[0-9]{7}$'),
    name         VARCHAR(128) COLLATE "pl-x-icu" NOT NULL,
    type         VARCHAR(64)  NOT NULL,
    powiat_code  VARCHAR(4)     NOT NULL REFERENCES powiat (code),
    CHECK (substr(teryt, 1, 4) = powiat_code)
);

CREATE INDEX gmina_powiat_idx ON gmina (powiat_code);
CREATE INDEX powiat_voivodeship_idx ON powiat (voivodeship_code);
