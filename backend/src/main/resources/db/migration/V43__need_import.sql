-- Need figures a ROPS imports per gmina and year (issue #11): people receiving social assistance
-- by reason (OZPS) and registered / long-term unemployed (PUP). Regional context. The CSV import
-- runs on the shared import job machinery (shared.importjob, docs/adr/0007): need_import has the
-- columns of directory_import plus the voivodeship the importer was limited to.
CREATE TABLE need_import (
    id                  UUID PRIMARY KEY,
    status              VARCHAR(20)  NOT NULL
        CONSTRAINT need_import_status_check
        CHECK (status IN ('QUEUED', 'VALIDATING', 'WRITING', 'SUCCEEDED', 'FAILED')),
    file_name           VARCHAR(255),
    dry_run             BOOLEAN      NOT NULL,
    total_rows          INTEGER      NOT NULL,
    processed_rows      INTEGER      NOT NULL DEFAULT 0,
    written_rows        INTEGER      NOT NULL DEFAULT 0,
    created_count       INTEGER      NOT NULL DEFAULT 0,
    updated_count       INTEGER      NOT NULL DEFAULT 0,
    unchanged_count     INTEGER      NOT NULL DEFAULT 0,
    error_count         INTEGER      NOT NULL DEFAULT 0,
    errors              JSONB        NOT NULL DEFAULT '[]'::jsonb,
    failure_detail      TEXT,
    created_by_subject  VARCHAR(255) NOT NULL,
    created_by_name     VARCHAR(255) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    started_at          TIMESTAMPTZ,
    finished_at         TIMESTAMPTZ,
    version             BIGINT       NOT NULL DEFAULT 0,
    -- the importer's voivodeship (a regional analyst); null for a platform administrator
    voivodeship_code    VARCHAR(2)   REFERENCES voivodeship (code),
    -- the refresh queued after the figures were written
    refresh_id          UUID         REFERENCES regional_refresh (id)
);

CREATE INDEX need_import_created_at_idx ON need_import (created_at DESC, id DESC);
CREATE INDEX need_import_voivodeship_idx ON need_import (voivodeship_code, created_at DESC);

CREATE TABLE need_figure (
    gmina_teryt  VARCHAR(7)   NOT NULL REFERENCES gmina (teryt),
    year         SMALLINT     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    figure       VARCHAR(40)  NOT NULL
        CONSTRAINT need_figure_figure_check CHECK (figure IN ('SA_POVERTY', 'SA_UNEMPLOYMENT', 'SA_DISABILITY',
            'SA_LONG_TERM_ILLNESS', 'SA_HOMELESSNESS', 'SA_ADDICTION', 'UNEMPLOYED_REGISTERED', 'UNEMPLOYED_LONG_TERM')),
    value        INTEGER      NOT NULL CHECK (value >= 0),
    import_id    UUID         NOT NULL REFERENCES need_import (id),
    updated_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (gmina_teryt, year, figure)
);

-- the refresh reads a year's figures
CREATE INDEX need_figure_year_idx ON need_figure (year);
CREATE INDEX need_figure_import_idx ON need_figure (import_id);
