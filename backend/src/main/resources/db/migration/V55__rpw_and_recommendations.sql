-- The RPW as a body (issue #11): the voivodeship's Regionalna Platforma Współpracy — members
-- delegated by institutions, meetings with attendance — and recommendations of the region to a
-- gmina or powiat with their history. Owned by the regional context; the meeting and membership
-- rules and the minutes PDF are the working-body machinery shared with the ZSL
-- (docs/adr/0041-one-machinery-for-zsl-and-rpw.md).

CREATE TABLE rpw_member (
    id                   UUID          PRIMARY KEY,
    voivodeship          VARCHAR(2)    NOT NULL REFERENCES voivodeship (code),
    institution_id       UUID          NOT NULL REFERENCES institution (id),
    person_name          VARCHAR(200)  NOT NULL,
    representative_role  VARCHAR(40)   NOT NULL CHECK (representative_role IN
                             ('ZSL_REPRESENTATIVE', 'ROPS', 'OWES', 'PUP', 'SOCIAL_ECONOMY_COMMITTEE', 'SOCIAL_EMPLOYMENT_ENTITY')),
    chair                BOOLEAN       NOT NULL DEFAULT false,
    from_date            DATE          NOT NULL,
    to_date              DATE,
    version              BIGINT        NOT NULL DEFAULT 0,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX rpw_member_voivodeship_idx ON rpw_member (voivodeship, from_date, id);
CREATE INDEX rpw_member_institution_idx ON rpw_member (institution_id);

CREATE TABLE rpw_meeting (
    id           UUID           PRIMARY KEY,
    voivodeship  VARCHAR(2)     NOT NULL REFERENCES voivodeship (code),
    held_on      DATE           NOT NULL,
    place        VARCHAR(300)   NOT NULL,
    agenda       VARCHAR(4000)  NOT NULL,
    minutes      VARCHAR(20000),
    decisions    TEXT[]         NOT NULL DEFAULT '{}',
    recorded_by  VARCHAR(200)   NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL,
    version      BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX rpw_meeting_voivodeship_idx ON rpw_meeting (voivodeship, held_on DESC, id);

CREATE TABLE rpw_meeting_attendance (
    meeting_id  UUID  NOT NULL REFERENCES rpw_meeting (id) ON DELETE CASCADE,
    member_id   UUID  NOT NULL REFERENCES rpw_member (id),
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX rpw_meeting_attendance_member_idx ON rpw_meeting_attendance (member_id);

CREATE TABLE recommendation (
    id                        UUID           PRIMARY KEY,
    voivodeship               VARCHAR(2)     NOT NULL REFERENCES voivodeship (code),
    territory_teryt           VARCHAR(7)     NOT NULL CHECK (territory_teryt ~ '^[0-9]{4}([0-9]{3})?$'),
    text                      VARCHAR(4000)  NOT NULL,
    indicators                TEXT[]         NOT NULL,
    status                    VARCHAR(20)    NOT NULL CHECK (status IN ('ISSUED', 'ACKNOWLEDGED', 'IMPLEMENTED', 'DECLINED')),
    closing_reason            VARCHAR(2000),
    issued_by_institution_id  UUID           NOT NULL REFERENCES institution (id),
    issued_by                 VARCHAR(200)   NOT NULL,
    issued_at                 TIMESTAMPTZ    NOT NULL,
    updated_at                TIMESTAMPTZ    NOT NULL,
    version                   BIGINT         NOT NULL DEFAULT 0,
    CHECK (status <> 'DECLINED' OR closing_reason IS NOT NULL),
    CHECK (substr(territory_teryt, 1, 2) = voivodeship)
);
-- the analyst's list (voivodeship, newest first, by status) and the gmina's / powiat's list
CREATE INDEX recommendation_voivodeship_idx ON recommendation (voivodeship, issued_at DESC, id);
CREATE INDEX recommendation_territory_idx ON recommendation (territory_teryt, issued_at DESC, id);
CREATE INDEX recommendation_issuer_idx ON recommendation (issued_by_institution_id);

CREATE TABLE recommendation_history (
    id                  UUID           PRIMARY KEY,
    recommendation_id   UUID           NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    at                  TIMESTAMPTZ    NOT NULL,
    actor_name          VARCHAR(200)   NOT NULL,
    actor_institution_id UUID          REFERENCES institution (id),
    from_status         VARCHAR(20),
    to_status           VARCHAR(20)    NOT NULL,
    note                VARCHAR(2000)
);
CREATE INDEX recommendation_history_recommendation_idx ON recommendation_history (recommendation_id, at, id);
CREATE INDEX recommendation_history_institution_idx ON recommendation_history (actor_institution_id);
