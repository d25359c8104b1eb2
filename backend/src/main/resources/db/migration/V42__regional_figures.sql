-- Regional figures (issue #11, docs/adr/0024): the values of the indicator catalogue
-- (pl.synergia.regional.IndicatorCatalogue), precomputed by the refresh job per voivodeship,
-- powiat and gmina and per month and year, so that a request reads these tables only and never
-- scans plans. Owned by the regional context; it reads the other contexts through their
-- published read models (pl.synergia.shared.figures), never their tables.

-- One value. A hidden value (a small count of people, or a ratio made of one) is stored without
-- its number: what is hidden is never at hand to leak. A count missing from the table is 0 when
-- its period was computed (only non-zero and hidden values are stored).
CREATE TABLE indicator_value (
    indicator_code  VARCHAR(64)    NOT NULL,
    period          VARCHAR(7)     NOT NULL
        CONSTRAINT indicator_value_period_check CHECK (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
    level           VARCHAR(12)    NOT NULL
        CONSTRAINT indicator_value_level_check CHECK (level IN ('VOIVODESHIP', 'POWIAT', 'GMINA')),
    -- the part of a breakdown ('' for the total), e.g. a service code or 'OPS>PUP'
    breakdown       VARCHAR(80)    NOT NULL DEFAULT '',
    -- "C": a TERYT prefix (LIKE '14%') is a btree range whatever the database collation
    unit_teryt      VARCHAR(7)     COLLATE "C" NOT NULL,
    year            SMALLINT       NOT NULL,
    value           NUMERIC(18, 2),
    numerator       NUMERIC(18, 2),
    denominator     NUMERIC(18, 2),
    suppressed      BOOLEAN        NOT NULL,
    computed_at     TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (indicator_code, period, level, breakdown, unit_teryt),
    CONSTRAINT indicator_value_hidden_check CHECK (suppressed = (value IS NULL)),
    CONSTRAINT indicator_value_hidden_parts_check CHECK (NOT suppressed OR (numerator IS NULL AND denominator IS NULL)),
    CONSTRAINT indicator_value_unit_check CHECK (
        (level = 'VOIVODESHIP' AND length(unit_teryt) = 2) OR (level = 'POWIAT' AND length(unit_teryt) = 4)
        OR (level = 'GMINA' AND length(unit_teryt) = 7)),
    CONSTRAINT indicator_value_year_check CHECK (year = substr(period, 1, 4)::smallint)
);

-- a unit's profile (all its indicators for a period) and its series
CREATE INDEX indicator_value_unit_idx ON indicator_value (unit_teryt, period);
-- a refresh replaces a whole year at once
CREATE INDEX indicator_value_year_idx ON indicator_value (year);

-- The periods computed: the day their figures describe (the last day of the month or year, or the
-- day of the refresh for the current one) and when they were computed (the ETag of every answer).
CREATE TABLE regional_period (
    period       VARCHAR(7)   PRIMARY KEY
        CONSTRAINT regional_period_period_check CHECK (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
    year         SMALLINT     NOT NULL,
    as_of        DATE         NOT NULL,
    computed_at  TIMESTAMPTZ  NOT NULL
);

CREATE INDEX regional_period_year_idx ON regional_period (year);

-- Where each gmina stands in the MLW now (the Pakt that counts for it), for the list of MLW gminas
-- and the gmina profile; replaced by every refresh.
CREATE TABLE mlw_gmina (
    gmina_teryt         VARCHAR(7)    PRIMARY KEY REFERENCES gmina (teryt),
    stage               VARCHAR(20)   NOT NULL
        CONSTRAINT mlw_gmina_stage_check CHECK (stage IN ('DRAFT', 'CONSULTATION', 'ACTIVE', 'DISSOLVED')),
    stage_since         DATE,
    -- only an ACTIVE Pakt is a public record (GET /api/v1/public/partnerships/{id})
    partnership_id      UUID,
    stakeholders        INTEGER       NOT NULL,
    zsl_established_on  DATE,
    zsl_members         INTEGER       NOT NULL,
    variant_code        VARCHAR(60),
    variant_status      VARCHAR(20),
    signatories         INTEGER       NOT NULL,
    signatories_by_sector JSONB       NOT NULL DEFAULT '{}'::jsonb,
    computed_at         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT mlw_gmina_public_check CHECK (partnership_id IS NULL OR stage = 'ACTIVE')
);

-- Runs of the refresh: queued by the schedule, an administrator or a need import; taken by one
-- backend instance (SELECT ... FOR UPDATE SKIP LOCKED), progress committed as it goes.
CREATE TABLE regional_refresh (
    id                    UUID          PRIMARY KEY,
    scope                 VARCHAR(20)   NOT NULL
        CONSTRAINT regional_refresh_scope_check CHECK (scope IN ('CURRENT_YEAR', 'FULL', 'YEARS')),
    years                 SMALLINT[]    NOT NULL DEFAULT '{}',
    trigger               VARCHAR(20)   NOT NULL
        CONSTRAINT regional_refresh_trigger_check CHECK (trigger IN ('SCHEDULED', 'MANUAL', 'NEED_IMPORT')),
    status                VARCHAR(20)   NOT NULL
        CONSTRAINT regional_refresh_status_check CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    steps_total           INTEGER       NOT NULL DEFAULT 0,
    steps_done            INTEGER       NOT NULL DEFAULT 0,
    current_step          VARCHAR(200),
    values_written        INTEGER       NOT NULL DEFAULT 0,
    requested_by_subject  VARCHAR(255)  NOT NULL,
    requested_by_name     VARCHAR(255)  NOT NULL,
    created_at            TIMESTAMPTZ   NOT NULL,
    started_at            TIMESTAMPTZ,
    heartbeat_at          TIMESTAMPTZ,
    finished_at           TIMESTAMPTZ,
    failure_detail        VARCHAR(2000),
    version               BIGINT        NOT NULL DEFAULT 0
);

CREATE INDEX regional_refresh_created_idx ON regional_refresh (created_at DESC, id DESC);
CREATE INDEX regional_refresh_status_idx ON regional_refresh (status, created_at);
-- the schedule of two instances queues one run, not two
CREATE UNIQUE INDEX regional_refresh_one_queued ON regional_refresh (scope) WHERE status = 'QUEUED' AND scope <> 'YEARS';
