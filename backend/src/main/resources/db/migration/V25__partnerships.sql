-- Partnership agreements (issue #5): the MLW Pakt of seed 004 and the OPS–PUP–NGO cooperation
-- agreement of seeds 000/001, their text in versions, signatories, the stakeholder catalogue
-- (Gminny Katalog Interesariuszy), the Local Synergy Team (ZSL), the chosen organisational
-- variant and the history of every change. The templates' text is reference data (V26).

-- Model texts a partnership's first version is generated from; {{placeholders}} are filled per gmina.
CREATE TABLE partnership_template (
    code              VARCHAR(40)  PRIMARY KEY,
    kind              VARCHAR(30)  NOT NULL UNIQUE
        CONSTRAINT partnership_template_kind_check CHECK (kind IN ('PACT', 'COOPERATION_AGREEMENT')),
    title             TEXT         NOT NULL,
    subtitle          TEXT,
    annex_title       TEXT         NOT NULL,
    default_goals     TEXT         NOT NULL,
    legal_character   TEXT         NOT NULL,
    source            TEXT         NOT NULL
);

CREATE TABLE partnership_template_section (
    template_code  VARCHAR(40)  NOT NULL REFERENCES partnership_template (code),
    position       INTEGER      NOT NULL,
    number         VARCHAR(20),
    heading        TEXT,
    body           TEXT         NOT NULL,
    PRIMARY KEY (template_code, position)
);

CREATE TABLE partnership (
    id                        UUID PRIMARY KEY,
    gmina_teryt               VARCHAR(7)    NOT NULL REFERENCES gmina (teryt),
    kind                      VARCHAR(30)   NOT NULL
        CONSTRAINT partnership_kind_check CHECK (kind IN ('PACT', 'COOPERATION_AGREEMENT')),
    template_code             VARCHAR(40)   NOT NULL REFERENCES partnership_template (code),
    title                     VARCHAR(300)  COLLATE "pl-x-icu" NOT NULL CHECK (length(btrim(title)) > 0),
    goals                     VARCHAR(4000) NOT NULL,
    separate_agreements       VARCHAR(2000),
    status                    VARCHAR(20)   NOT NULL
        CONSTRAINT partnership_status_check CHECK (status IN ('DRAFT', 'CONSULTATION', 'ACTIVE', 'DISSOLVED')),
    initiator_institution_id  UUID          NOT NULL REFERENCES institution (id),
    created_by_subject        VARCHAR(255)  NOT NULL,
    created_by_name           VARCHAR(255)  NOT NULL,
    created_at                TIMESTAMPTZ   NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL,
    activated_at              TIMESTAMPTZ,
    dissolved_at              TIMESTAMPTZ,
    dissolution_reason        VARCHAR(2000),
    version                   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT partnership_dissolution_check CHECK (status <> 'DISSOLVED' OR (dissolved_at IS NOT NULL AND dissolution_reason IS NOT NULL))
);

CREATE INDEX partnership_gmina_idx ON partnership (gmina_teryt, status);
CREATE INDEX partnership_status_idx ON partnership (status, created_at DESC);
CREATE INDEX partnership_initiator_idx ON partnership (initiator_institution_id);

-- The text, one row per version; a version is never changed. The version in force when the
-- partnership became ACTIVE is signed and frozen: the triggers below refuse any change to it.
CREATE TABLE partnership_version (
    id                     UUID PRIMARY KEY,
    partnership_id         UUID          NOT NULL REFERENCES partnership (id),
    number                 INTEGER       NOT NULL CHECK (number > 0),
    note                   VARCHAR(2000),
    author_subject         VARCHAR(255)  NOT NULL,
    author_name            VARCHAR(255)  NOT NULL,
    author_institution_id  UUID          REFERENCES institution (id),
    created_at             TIMESTAMPTZ   NOT NULL,
    signed                 BOOLEAN       NOT NULL DEFAULT FALSE,
    signed_at              TIMESTAMPTZ,
    CONSTRAINT partnership_version_number_unique UNIQUE (partnership_id, number),
    CONSTRAINT partnership_version_signed_check CHECK (signed = (signed_at IS NOT NULL))
);

CREATE UNIQUE INDEX partnership_version_one_signed ON partnership_version (partnership_id) WHERE signed;

CREATE TABLE partnership_version_section (
    version_id  UUID          NOT NULL REFERENCES partnership_version (id),
    position    INTEGER       NOT NULL,
    number      VARCHAR(20),
    heading     VARCHAR(300),
    body        TEXT          NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE FUNCTION partnership_version_frozen() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'partnership_version' THEN
        IF OLD.signed THEN
            RAISE EXCEPTION 'partnership version % is signed and frozen: % refused', OLD.id, TG_OP
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.number, NEW.partnership_id, NEW.created_at) IS DISTINCT FROM (OLD.number, OLD.partnership_id, OLD.created_at) THEN
            RAISE EXCEPTION 'a partnership version is never changed, only signed' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    ELSE
        IF TG_OP = 'UPDATE' THEN
            RAISE EXCEPTION 'the sections of a partnership version are never changed' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM partnership_version v WHERE v.id = OLD.version_id AND v.signed) THEN
            RAISE EXCEPTION 'partnership version % is signed and frozen: % refused', OLD.version_id, TG_OP
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER partnership_version_frozen BEFORE UPDATE OR DELETE ON partnership_version
    FOR EACH ROW EXECUTE FUNCTION partnership_version_frozen();
CREATE TRIGGER partnership_version_section_frozen BEFORE UPDATE OR DELETE ON partnership_version_section
    FOR EACH ROW EXECUTE FUNCTION partnership_version_frozen();

-- A signatory: a directory institution, or a private person (a local leader such as a sołtys).
CREATE TABLE partnership_signatory (
    id                       UUID PRIMARY KEY,
    partnership_id           UUID          NOT NULL REFERENCES partnership (id),
    institution_id           UUID          REFERENCES institution (id),
    person_name              VARCHAR(200),
    person_function          VARCHAR(200),
    representative_name      VARCHAR(200),
    representative_function  VARCHAR(200),
    status                   VARCHAR(20)   NOT NULL
        CONSTRAINT partnership_signatory_status_check CHECK (status IN ('INVITED', 'JOINED', 'WITHDRAWN', 'DECLINED', 'CANCELLED')),
    invited_by_subject       VARCHAR(255)  NOT NULL,
    invited_by_name          VARCHAR(255)  NOT NULL,
    invited_at               TIMESTAMPTZ   NOT NULL,
    joined_on                DATE,
    joined_recorded_by       VARCHAR(255),
    withdrawn_on             DATE,
    withdrawal_reason        VARCHAR(2000),
    closed_at                TIMESTAMPTZ,
    closed_by                VARCHAR(255),
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT partnership_signatory_party_check CHECK (
        (institution_id IS NOT NULL AND person_name IS NULL AND person_function IS NULL)
        OR (institution_id IS NULL AND person_name IS NOT NULL AND person_function IS NOT NULL)),
    CONSTRAINT partnership_signatory_joined_check CHECK (
        status NOT IN ('JOINED', 'WITHDRAWN') OR (joined_on IS NOT NULL AND representative_name IS NOT NULL)),
    CONSTRAINT partnership_signatory_withdrawn_check CHECK (
        status <> 'WITHDRAWN' OR (withdrawn_on IS NOT NULL AND withdrawal_reason IS NOT NULL AND withdrawn_on >= joined_on))
);

CREATE INDEX partnership_signatory_partnership_idx ON partnership_signatory (partnership_id, status);
CREATE INDEX partnership_signatory_institution_idx ON partnership_signatory (institution_id, status);
-- An institution is invited or a party once at a time
CREATE UNIQUE INDEX partnership_signatory_open_unique ON partnership_signatory (partnership_id, institution_id)
    WHERE status IN ('INVITED', 'JOINED') AND institution_id IS NOT NULL;

-- Gminny Katalog Interesariuszy (seed 004): sector, usefulness, resources, code, influence scenario.
CREATE TABLE partnership_stakeholder (
    id                     UUID PRIMARY KEY,
    partnership_id         UUID          NOT NULL REFERENCES partnership (id),
    institution_id         UUID          REFERENCES institution (id),
    -- same collation as institution.name: the catalogue sorts both together in Polish order
    name                   VARCHAR(300)  COLLATE "pl-x-icu",
    sector                 VARCHAR(30)   NOT NULL
        CONSTRAINT partnership_stakeholder_sector_check CHECK (sector IN ('PUBLIC_ADMINISTRATION', 'SOCIAL_ASSISTANCE',
            'LABOUR_MARKET', 'EDUCATION', 'CULTURE', 'HEALTH', 'SPORT', 'CIVIL_SOCIETY', 'BUSINESS', 'SOCIAL_LEADER')),
    outside_gmina          BOOLEAN       NOT NULL DEFAULT FALSE,
    usefulness             VARCHAR(2000),
    resources_technical    VARCHAR(2000),
    resources_personnel    VARCHAR(2000),
    resources_financial    VARCHAR(2000),
    code                   VARCHAR(20)   NOT NULL
        CONSTRAINT partnership_stakeholder_code_check CHECK (code IN ('SUPPORTER', 'NEUTRAL')),
    scenario_notes         VARCHAR(4000),
    scenario_outcome       VARCHAR(20)
        CONSTRAINT partnership_stakeholder_outcome_check CHECK (scenario_outcome IN ('PENDING', 'WON_OVER', 'REMAINS_NEUTRAL')),
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT partnership_stakeholder_party_check CHECK ((institution_id IS NULL) <> (name IS NULL)),
    CONSTRAINT partnership_stakeholder_scenario_check CHECK (
        code = 'NEUTRAL' OR (scenario_notes IS NULL AND scenario_outcome IS NULL)),
    CONSTRAINT partnership_stakeholder_scenario_outcome_check CHECK (
        scenario_notes IS NULL OR scenario_outcome IS NOT NULL)
);

CREATE INDEX partnership_stakeholder_partnership_idx ON partnership_stakeholder (partnership_id, code, sector);

-- Zespół Synergii Lokalnej: who initiated it, its members (delegated by signatories) and meetings.
CREATE TABLE zsl (
    partnership_id            UUID PRIMARY KEY REFERENCES partnership (id),
    initiator_kind            VARCHAR(30)
        CONSTRAINT zsl_initiator_kind_check CHECK (initiator_kind IN ('MAYOR', 'GMINA_COUNCIL', 'DESIGNATED_REPRESENTATIVE')),
    initiator_name            VARCHAR(300),
    initiator_institution_id  UUID         REFERENCES institution (id),
    established_on            DATE,
    updated_at                TIMESTAMPTZ  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE zsl_member (
    id              UUID PRIMARY KEY,
    partnership_id  UUID          NOT NULL REFERENCES zsl (partnership_id),
    person_name     VARCHAR(200)  NOT NULL,
    signatory_id    UUID          NOT NULL REFERENCES partnership_signatory (id),
    role            VARCHAR(20)   NOT NULL
        CONSTRAINT zsl_member_role_check CHECK (role IN ('CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER')),
    from_date       DATE          NOT NULL,
    to_date         DATE,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT zsl_member_dates_check CHECK (to_date IS NULL OR from_date <= to_date)
);

CREATE INDEX zsl_member_partnership_idx ON zsl_member (partnership_id);

CREATE TABLE zsl_meeting (
    id              UUID PRIMARY KEY,
    partnership_id  UUID           NOT NULL REFERENCES zsl (partnership_id),
    held_on         DATE           NOT NULL,
    place           VARCHAR(300)   NOT NULL,
    agenda          VARCHAR(4000)  NOT NULL,
    minutes         VARCHAR(20000),
    decisions       TEXT[]         NOT NULL DEFAULT '{}',
    recorded_by     VARCHAR(255)   NOT NULL,
    recorded_at     TIMESTAMPTZ    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0
);

CREATE INDEX zsl_meeting_partnership_idx ON zsl_meeting (partnership_id, held_on DESC);

CREATE TABLE zsl_meeting_attendance (
    meeting_id  UUID NOT NULL REFERENCES zsl_meeting (id) ON DELETE CASCADE,
    member_id   UUID NOT NULL REFERENCES zsl_member (id),
    PRIMARY KEY (meeting_id, member_id)
);

-- The organisational variant(s) a gmina considers and chooses (catalogue organisational_variant, seed 004).
CREATE TABLE partnership_variant (
    id                        UUID PRIMARY KEY,
    partnership_id            UUID          NOT NULL REFERENCES partnership (id),
    variant_code              VARCHAR(60)   NOT NULL REFERENCES organisational_variant (code),
    status                    VARCHAR(20)   NOT NULL
        CONSTRAINT partnership_variant_status_check CHECK (status IN ('CONSIDERED', 'CHOSEN', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    decided_on                DATE,
    started_on                DATE,
    finished_on               DATE,
    partner_institution_id    UUID          REFERENCES institution (id),
    founder                   VARCHAR(10)
        CONSTRAINT partnership_variant_founder_check CHECK (founder IN ('OPS', 'NGO')),
    founder_institution_id    UUID          REFERENCES institution (id),
    notes                     VARCHAR(4000),
    created_at                TIMESTAMPTZ   NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT partnership_variant_neighbour_check CHECK (
        (variant_code = 'JOIN_NEIGHBOURING_GMINA_CIS_KIS') = (partner_institution_id IS NOT NULL)),
    CONSTRAINT partnership_variant_founder_required CHECK (
        (variant_code = 'KIS_NEW_BY_OPS_OR_NGO') = (founder IS NOT NULL)),
    CONSTRAINT partnership_variant_founder_institution CHECK (founder_institution_id IS NULL OR founder IS NOT NULL),
    CONSTRAINT partnership_variant_dates_check CHECK (
        (started_on IS NULL OR decided_on IS NULL OR decided_on <= started_on)
        AND (finished_on IS NULL OR started_on IS NULL OR started_on <= finished_on))
);

CREATE INDEX partnership_variant_partnership_idx ON partnership_variant (partnership_id);
-- One variant at a time is the gmina's choice
CREATE UNIQUE INDEX partnership_variant_one_chosen ON partnership_variant (partnership_id)
    WHERE status IN ('CHOSEN', 'IN_PROGRESS', 'DONE');

-- History: who (and for which institution) did what, when; append-only like audit_log.
CREATE TABLE partnership_event (
    id                     BIGSERIAL PRIMARY KEY,
    partnership_id         UUID          NOT NULL REFERENCES partnership (id),
    occurred_at            TIMESTAMPTZ   NOT NULL,
    actor_subject          VARCHAR(255)  NOT NULL,
    actor_name             VARCHAR(255)  NOT NULL,
    actor_institution_id   UUID          REFERENCES institution (id),
    action                 VARCHAR(40)   NOT NULL,
    summary                VARCHAR(2000) NOT NULL
);

CREATE INDEX partnership_event_partnership_idx ON partnership_event (partnership_id, occurred_at DESC, id DESC);

CREATE FUNCTION partnership_event_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'partnership_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER partnership_event_no_update_or_delete BEFORE UPDATE OR DELETE ON partnership_event
    FOR EACH ROW EXECUTE FUNCTION partnership_event_append_only();
CREATE TRIGGER partnership_event_no_truncate BEFORE TRUNCATE ON partnership_event
    FOR EACH STATEMENT EXECUTE FUNCTION partnership_event_append_only();
