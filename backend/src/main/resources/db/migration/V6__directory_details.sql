-- The directory entry in full (issue: institution directory and catalogue): stakeholder role,
-- legal form and basis, operator, contacts, identifiers, official status, capacity, cooperation
-- areas, active flag, external id for imports, offerings, and the history of every change.

ALTER TABLE institution DROP CONSTRAINT institution_type_check;
ALTER TABLE institution ADD CONSTRAINT institution_type_fk FOREIGN KEY (type) REFERENCES institution_type (code);

ALTER TABLE institution
    ADD COLUMN external_id        VARCHAR(100) UNIQUE,
    ADD COLUMN stakeholder_role   VARCHAR(16)  NOT NULL DEFAULT 'KEY'
                                  CHECK (stakeholder_role IN ('KEY', 'SUPPORTING', 'REGIONAL')),
    ADD COLUMN legal_form         VARCHAR(200),
    ADD COLUMN legal_basis        TEXT,
    ADD COLUMN statutory_tasks    TEXT,
    ADD COLUMN operator_id        UUID REFERENCES institution (id),
    -- the operator when it is not itself in the directory, e.g. a gmina ("m.st. Warszawa")
    ADD COLUMN operator_name      VARCHAR(300),
    ADD COLUMN phone              VARCHAR(40),
    ADD COLUMN email              VARCHAR(254),
    ADD COLUMN website            VARCHAR(300),
    ADD COLUMN krs                VARCHAR(10)  CHECK (krs ~ '^[0-9]{10}$'),
    ADD COLUMN regon              VARCHAR(14)  CHECK (regon ~ '^([0-9]{9}|[0-9]{14})$'),
    ADD COLUMN nip                VARCHAR(10)  CHECK (nip ~ '^[0-9]{10}$'),
    ADD COLUMN register_entry     VARCHAR(200),
    ADD COLUMN status_kind        VARCHAR(32)  CHECK (status_kind IN (
                                      'CIS_STATUS', 'KIS_REGISTER', 'ZAZ_STATUS', 'WTZ_APPROVAL',
                                      'OWES_ACCREDITATION', 'KRAZ_ENTRY')),
    ADD COLUMN status_granted_by  VARCHAR(200),
    ADD COLUMN status_valid_from  DATE,
    ADD COLUMN status_valid_to    DATE,
    ADD COLUMN places             INTEGER CHECK (places >= 0),
    ADD COLUMN cooperation_areas  TEXT[]       NOT NULL DEFAULT '{}',
    ADD COLUMN active             BOOLEAN      NOT NULL DEFAULT true,
    ADD CONSTRAINT institution_status_dates CHECK (
        status_valid_from IS NULL OR status_valid_to IS NULL OR status_valid_from <= status_valid_to),
    ADD CONSTRAINT institution_not_own_operator CHECK (operator_id IS NULL OR operator_id <> id);

ALTER TABLE institution ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    synergia_fold(name || ' ' || coalesce(city, '') || ' ' || coalesce(street, ''))) STORED;

CREATE INDEX institution_search_idx ON institution USING gin (search_text gin_trgm_ops);
CREATE INDEX institution_operator_idx ON institution (operator_id);
CREATE INDEX institution_active_name_idx ON institution (active, name, id);

-- A service of the catalogue as one institution offers it.
CREATE TABLE offering (
    id              UUID         PRIMARY KEY,
    institution_id  UUID         NOT NULL REFERENCES institution (id),
    service_code    VARCHAR(64)  NOT NULL REFERENCES service (code),
    places          INTEGER      CHECK (places >= 0),
    schedule        VARCHAR(500),
    contact         VARCHAR(500),
    status          VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ENDED')),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX offering_institution_idx ON offering (institution_id);
CREATE INDEX offering_service_idx ON offering (service_code, status);

-- Every change of a directory entry or its offerings: who, when, what, old -> new.
CREATE TABLE institution_change (
    id                  BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id      UUID         NOT NULL REFERENCES institution (id),
    changed_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_by_subject  VARCHAR(100) NOT NULL,
    changed_by_name     VARCHAR(200) NOT NULL,
    action              VARCHAR(32)  NOT NULL CHECK (action IN (
                            'CREATED', 'UPDATED', 'DEACTIVATED', 'REACTIVATED', 'IMPORTED',
                            'OFFERING_ADDED', 'OFFERING_UPDATED', 'OFFERING_REMOVED')),
    changes             JSONB        NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX institution_change_idx ON institution_change (institution_id, changed_at DESC, id DESC);
