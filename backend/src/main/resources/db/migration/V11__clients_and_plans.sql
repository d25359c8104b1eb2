-- Individual action plans (issue #4): clients, the legal basis of sharing their data with each
-- institution, plans made jointly by a team of institutions, and an append-only audit of every
-- read and write of a client's or plan's data.

-- Identity data of a person served by the partners. PESEL is optional (people without one).
CREATE TABLE client (
    id                            UUID PRIMARY KEY,
    first_name                    VARCHAR(100) NOT NULL,
    last_name                     VARCHAR(150) NOT NULL,
    pesel                         VARCHAR(11) UNIQUE CHECK (pesel ~ '^[0-9]{11}$'),
    birth_date                    DATE,
    phone                         VARCHAR(40),
    email                         VARCHAR(254),
    gmina_teryt                   VARCHAR(7)   NOT NULL REFERENCES gmina (teryt),
    registered_by_institution_id  UUID         NOT NULL REFERENCES institution (id),
    created_at                    TIMESTAMPTZ  NOT NULL,
    updated_at                    TIMESTAMPTZ  NOT NULL,
    version                       BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX client_registered_by_idx ON client (registered_by_institution_id);

-- Special-category attributes (GDPR art. 9), kept apart from identity so that a view can leave
-- them out and access to them can be granted separately.
CREATE TABLE client_sensitive (
    client_id               UUID PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    disability_level        VARCHAR(20)
        CONSTRAINT client_sensitive_disability_check CHECK (disability_level IN ('NONE', 'LIGHT', 'MODERATE', 'SEVERE')),
    addiction               BOOLEAN,
    homeless                BOOLEAN,
    social_assistance_since DATE,
    notes                   TEXT,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0
);

-- The legal basis on which an institution may see a client's data, with its purpose; withdrawing
-- it stops the sharing from that moment.
CREATE TABLE data_sharing (
    id                    UUID PRIMARY KEY,
    client_id             UUID         NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    institution_id        UUID         NOT NULL REFERENCES institution (id),
    purpose               VARCHAR(500) NOT NULL,
    legal_basis           VARCHAR(40)  NOT NULL
        CONSTRAINT data_sharing_legal_basis_check CHECK (legal_basis IN (
            'CONSENT_ART_6_1_A', 'LEGAL_OBLIGATION_ART_6_1_C', 'PUBLIC_TASK_ART_6_1_E',
            'EXPLICIT_CONSENT_ART_9_2_A', 'SOCIAL_PROTECTION_ART_9_2_B', 'SOCIAL_CARE_ART_9_2_H')),
    statutory_task        VARCHAR(500),
    includes_sensitive    BOOLEAN      NOT NULL,
    given_on              DATE         NOT NULL,
    withdrawn_at          TIMESTAMPTZ,
    recorded_by_subject   VARCHAR(255) NOT NULL,
    recorded_by_name      VARCHAR(255) NOT NULL,
    recorded_at           TIMESTAMPTZ  NOT NULL,
    withdrawn_by_subject  VARCHAR(255),
    withdrawn_by_name     VARCHAR(255)
);

CREATE INDEX data_sharing_client_idx ON data_sharing (client_id, institution_id);

CREATE TABLE action_plan (
    id                    UUID PRIMARY KEY,
    client_id             UUID         NOT NULL REFERENCES client (id),
    lead_institution_id   UUID         NOT NULL REFERENCES institution (id),
    title                 VARCHAR(300) NOT NULL,
    period_from           DATE         NOT NULL,
    period_to             DATE,
    status                VARCHAR(20)  NOT NULL
        CONSTRAINT action_plan_status_check CHECK (status IN ('DRAFT', 'ACTIVE', 'COMPLETED', 'CLOSED')),
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT action_plan_period_check CHECK (period_to IS NULL OR period_from <= period_to)
);

CREATE INDEX action_plan_client_idx ON action_plan (client_id);

CREATE TABLE plan_member (
    plan_id         UUID        NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    institution_id  UUID        NOT NULL REFERENCES institution (id),
    added_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (plan_id, institution_id)
);

CREATE INDEX plan_member_institution_idx ON plan_member (institution_id);

CREATE TABLE plan_goal (
    id           UUID PRIMARY KEY,
    plan_id      UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    description  VARCHAR(2000) NOT NULL
);

CREATE TABLE plan_step (
    id                    UUID PRIMARY KEY,
    plan_id               UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    goal_id               UUID          REFERENCES plan_goal (id) ON DELETE SET NULL,
    owner_institution_id  UUID          NOT NULL REFERENCES institution (id),
    service_code          VARCHAR(64)   NOT NULL REFERENCES service (code),
    offering_id           UUID          REFERENCES offering (id) ON DELETE SET NULL,
    title                 VARCHAR(300)  NOT NULL,
    planned_start         DATE          NOT NULL,
    planned_end           DATE,
    actual_start          DATE,
    actual_end            DATE,
    status                VARCHAR(20)   NOT NULL
        CONSTRAINT plan_step_status_check CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'STANDBY', 'ABANDONED', 'CANCELLED')),
    notes                 VARCHAR(4000),
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT plan_step_planned_check CHECK (planned_end IS NULL OR planned_start <= planned_end),
    CONSTRAINT plan_step_actual_check CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_start <= actual_end)
);

CREATE INDEX plan_step_plan_idx ON plan_step (plan_id);
CREATE INDEX plan_step_owner_idx ON plan_step (owner_institution_id);

CREATE TABLE plan_meeting (
    id              UUID PRIMARY KEY,
    plan_id         UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    institution_id  UUID          NOT NULL REFERENCES institution (id),
    held_on         DATE          NOT NULL,
    attendees       VARCHAR(1000) NOT NULL,
    notes           VARCHAR(4000),
    recorded_by     VARCHAR(255)  NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL
);

CREATE INDEX plan_meeting_plan_idx ON plan_meeting (plan_id, held_on DESC);

CREATE TABLE plan_outcome (
    id            UUID PRIMARY KEY,
    plan_id       UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    kind          VARCHAR(30)   NOT NULL
        CONSTRAINT plan_outcome_kind_check CHECK (kind IN ('JOB_TAKEN', 'TRAINING_COMPLETED', 'LEFT_PROGRAMME',
            'MOVED_TO_CIS', 'MOVED_TO_KIS', 'SOCIAL_COOPERATIVE_JOINED', 'OTHER')),
    occurred_on   DATE          NOT NULL,
    notes         VARCHAR(2000),
    recorded_by   VARCHAR(255)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL
);

-- Creating a plan or step is idempotent under an Idempotency-Key header: the key, per caller,
-- remembers the request and the resource it created.
CREATE TABLE idempotency_record (
    subject       VARCHAR(255) NOT NULL,
    key           VARCHAR(100) NOT NULL,
    operation     VARCHAR(60)  NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    resource_id   UUID         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (subject, key)
);

-- One row per read or write of a client's or plan's data, written in the same transaction as
-- the access. Append-only: the trigger refuses UPDATE, DELETE and TRUNCATE for every database
-- user (superusers included); deploy/postgres/grants.sql also keeps those privileges from the
-- application's user in production.
CREATE TABLE audit_log (
    id              BIGSERIAL PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    subject         VARCHAR(255) NOT NULL,
    subject_name    VARCHAR(255) NOT NULL,
    institution_id  UUID,
    client_id       UUID,
    record_type     VARCHAR(30)  NOT NULL,
    record_id       UUID,
    action          VARCHAR(30)  NOT NULL,
    purpose         VARCHAR(200) NOT NULL,
    outcome         VARCHAR(20)  NOT NULL
        CONSTRAINT audit_log_outcome_check CHECK (outcome IN ('ALLOWED', 'DENIED'))
);

CREATE INDEX audit_log_client_idx ON audit_log (client_id, occurred_at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
