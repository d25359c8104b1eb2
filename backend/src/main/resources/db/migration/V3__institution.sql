-- Institution directory, first cut: who the partners are and where.

CREATE TABLE institution (
    id            UUID          PRIMARY KEY,
    type          VARCHAR(32)   NOT NULL CHECK (type IN (
                      'OPS', 'PCPR', 'WCPR', 'PUP', 'CIS', 'KIS', 'WTZ', 'ZAZ', 'OWES', 'NGO',
                      'SPOLDZIELNIA', 'ROPS', 'EMPLOYMENT_AGENCY', 'CUS', 'CWR', 'OHP',
                      'FAMILY_CLUB', 'LSW', 'ZGN')),
    -- Polish alphabetical order (Ł after L, Ś after S), whatever the database's default collation
    name          VARCHAR(300)  COLLATE "pl-x-icu" NOT NULL CHECK (length(btrim(name)) > 0),
    gmina_teryt   VARCHAR(7)       NOT NULL REFERENCES gmina (teryt),
    street        VARCHAR(200),
    postal_code   VARCHAR(6)    CHECK (postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
    city          VARCHAR(128),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version       BIGINT        NOT NULL DEFAULT 0
);

CREATE INDEX institution_gmina_idx ON institution (gmina_teryt);
CREATE INDEX institution_type_idx ON institution (type);
CREATE INDEX institution_name_idx ON institution (name, id);
