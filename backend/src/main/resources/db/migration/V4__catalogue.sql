-- Service and tool catalogue: legal regimes, institution types, target groups, eligibility
-- criteria and services. Reference data (V5) comes from the seed documents (data/catalogue/).

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Case- and diacritic-folded text for search ("Lodz" finds "Łódź"). unaccent() is only STABLE
-- (it depends on a dictionary); naming the dictionary makes this wrapper safe to mark IMMUTABLE
-- so it can feed generated columns and indexes.
CREATE FUNCTION synergia_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(unaccent('unaccent'::regdictionary, value));

CREATE TABLE legal_regime (
    code        VARCHAR(64)  PRIMARY KEY,
    name_pl     VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    act_pl      TEXT,
    valid_from  DATE,
    valid_to    DATE,
    notes_en    TEXT,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);

CREATE TABLE institution_type (
    code                  VARCHAR(32)  PRIMARY KEY,
    abbreviation_pl       VARCHAR(32),
    name_pl               VARCHAR(300) NOT NULL,
    name_en               VARCHAR(300) NOT NULL,
    stakeholder_role      VARCHAR(16)  NOT NULL CHECK (stakeholder_role IN ('KEY', 'SUPPORTING', 'REGIONAL')),
    legal_basis_pl        TEXT,
    description_pl        TEXT,
    description_en        TEXT,
    statutory_tasks_pl    TEXT[]       NOT NULL DEFAULT '{}',
    tools_pl              TEXT[]       NOT NULL DEFAULT '{}',
    cooperation_areas_pl  TEXT[]       NOT NULL DEFAULT '{}',
    official_status_pl    TEXT,
    source                TEXT
);

CREATE TABLE institution_type_regime (
    institution_type_code  VARCHAR(32) NOT NULL REFERENCES institution_type (code),
    legal_regime_code      VARCHAR(64) NOT NULL REFERENCES legal_regime (code),
    PRIMARY KEY (institution_type_code, legal_regime_code)
);

CREATE TABLE target_group (
    code     VARCHAR(64)  PRIMARY KEY,
    name_pl  VARCHAR(300) NOT NULL,
    name_en  VARCHAR(300) NOT NULL
);

CREATE TABLE eligibility_criterion (
    code        VARCHAR(64)  PRIMARY KEY,
    name_pl     VARCHAR(300) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    value_type  VARCHAR(16)  NOT NULL CHECK (value_type IN ('NONE', 'INTEGER', 'TEXT'))
);

-- One instrument under one legal regime. The same kind (e.g. INTERNSHIP) can exist under the
-- 2004 employment act and the 2025 labour-market act as two entries with their own rules and
-- validity; they are never merged.
CREATE TABLE service (
    code                VARCHAR(64)  PRIMARY KEY,
    kind                VARCHAR(64)  NOT NULL,
    name_pl             VARCHAR(300) COLLATE "pl-x-icu" NOT NULL,
    name_en             VARCHAR(300) NOT NULL,
    description_pl      TEXT,
    description_en      TEXT,
    duration_min_days   INTEGER CHECK (duration_min_days >= 0),
    duration_max_days   INTEGER CHECK (duration_max_days >= 0),
    extension_max_days  INTEGER CHECK (extension_max_days >= 0),
    benefit_pl          TEXT,
    benefit_en          TEXT,
    legal_regime_code   VARCHAR(64)  REFERENCES legal_regime (code),  -- null: not governed by an act (e.g. funded projects)
    legal_basis_pl      TEXT,
    valid_from          DATE,
    valid_to            DATE,
    historical          BOOLEAN      NOT NULL DEFAULT false,
    source              TEXT,
    search_text         TEXT GENERATED ALWAYS AS (
                            synergia_fold(name_pl || ' ' || name_en || ' ' || coalesce(description_pl, ''))) STORED,
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to),
    CHECK (duration_min_days IS NULL OR duration_max_days IS NULL OR duration_min_days <= duration_max_days)
);

CREATE INDEX service_kind_idx ON service (kind);
CREATE INDEX service_search_idx ON service USING gin (search_text gin_trgm_ops);

CREATE TABLE service_provider_type (
    service_code           VARCHAR(64) NOT NULL REFERENCES service (code),
    institution_type_code  VARCHAR(32) NOT NULL REFERENCES institution_type (code),
    PRIMARY KEY (service_code, institution_type_code)
);

CREATE TABLE service_target_group (
    service_code       VARCHAR(64) NOT NULL REFERENCES service (code),
    target_group_code  VARCHAR(64) NOT NULL REFERENCES target_group (code),
    PRIMARY KEY (service_code, target_group_code)
);

CREATE TABLE service_eligibility (
    service_code    VARCHAR(64)  NOT NULL REFERENCES service (code),
    criterion_code  VARCHAR(64)  NOT NULL REFERENCES eligibility_criterion (code),
    value           VARCHAR(200),
    PRIMARY KEY (service_code, criterion_code)
);
