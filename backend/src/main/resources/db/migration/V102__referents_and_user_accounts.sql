-- Case work (issue #15), part 3: named caseworkers. Users live in Keycloak; the platform knows a
-- user from the tokens they call it with. user_account (V61, written by the notification context
-- once per token) also records each user's name and whether they are a caseworker (staff or
-- coordinator of their institution), so that a caseworker can pick a colleague of the same
-- institution (docs/adr/0039), read through the port shared.security.Colleagues.
ALTER TABLE user_account ADD COLUMN display_name VARCHAR(255);
ALTER TABLE user_account ADD COLUMN caseworker BOOLEAN NOT NULL DEFAULT false;

-- The caseworkers of an institution, by name.
CREATE INDEX user_account_caseworker_idx ON user_account (institution_id, display_name) WHERE caseworker;

-- The caseworkers (referents) each team institution names for a plan.
CREATE TABLE plan_referent (
    plan_id           UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    subject           VARCHAR(255)  NOT NULL,
    institution_id    UUID          NOT NULL REFERENCES institution (id),
    display_name      VARCHAR(255)  NOT NULL,
    since             TIMESTAMPTZ   NOT NULL,
    assigned_by_name  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (plan_id, subject)
);

-- "My cases": the plans of one caseworker of one institution.
CREATE INDEX plan_referent_subject_idx ON plan_referent (subject, institution_id);

-- Every change of referent: a caseworker handing a case to a colleague, or a coordinator
-- reassigning the cases of someone who left.
CREATE TABLE plan_handover (
    id               UUID PRIMARY KEY,
    plan_id          UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    institution_id   UUID          NOT NULL REFERENCES institution (id),
    kind             VARCHAR(20)   NOT NULL
        CONSTRAINT plan_handover_kind_check CHECK (kind IN ('NAMED', 'HANDOVER', 'REASSIGNMENT')),
    from_subject     VARCHAR(255),
    from_name        VARCHAR(255),
    to_subject       VARCHAR(255)  NOT NULL,
    to_name          VARCHAR(255)  NOT NULL,
    note             VARCHAR(1000),
    by_subject       VARCHAR(255)  NOT NULL,
    by_name          VARCHAR(255)  NOT NULL,
    handed_at        TIMESTAMPTZ   NOT NULL
);

CREATE INDEX plan_handover_plan_idx ON plan_handover (plan_id, handed_at DESC);
