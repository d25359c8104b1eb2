-- Case work (issue #15), part 5: the data subject's remaining rights (docs/adr/0040).

-- Rectification (GDPR art. 16): each change of a client's data, who made it and when. Identity and
-- contact fields keep their old and new value; special-category fields only that they changed.
CREATE TABLE client_change (
    id                        UUID PRIMARY KEY,
    client_id                 UUID          NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    institution_id            UUID          REFERENCES institution (id),
    changed_by_subject        VARCHAR(255)  NOT NULL,
    changed_by_name           VARCHAR(255)  NOT NULL,
    changed_at                TIMESTAMPTZ   NOT NULL,
    reason                    VARCHAR(500),
    changes                   JSONB         NOT NULL,
    special_category_changed  BOOLEAN       NOT NULL
);

CREATE INDEX client_change_client_idx ON client_change (client_id, changed_at DESC);

-- The data-protection officer's register of erasure (art. 17) and restriction (art. 18) requests:
-- grounds, the answer deadline (one month, extendable by two more, art. 12(3)), the decision.
CREATE TABLE data_subject_request (
    id                   UUID PRIMARY KEY,
    client_id            UUID          NOT NULL REFERENCES client (id),
    institution_id       UUID          NOT NULL REFERENCES institution (id),
    kind                 VARCHAR(20)   NOT NULL
        CONSTRAINT data_subject_request_kind_check CHECK (kind IN ('ERASURE', 'RESTRICTION')),
    grounds              VARCHAR(40)   NOT NULL
        CONSTRAINT data_subject_request_grounds_check CHECK (grounds IN (
            'ART_17_1_A_NO_LONGER_NECESSARY', 'ART_17_1_B_CONSENT_WITHDRAWN', 'ART_17_1_C_OBJECTION',
            'ART_17_1_D_UNLAWFUL', 'ART_17_1_E_LEGAL_OBLIGATION', 'ART_17_1_F_CHILD_SERVICES',
            'ART_18_1_A_ACCURACY_CONTESTED', 'ART_18_1_B_UNLAWFUL_KEEP', 'ART_18_1_C_LEGAL_CLAIMS',
            'ART_18_1_D_OBJECTION_PENDING')),
    details              VARCHAR(2000),
    received_on          DATE          NOT NULL,
    due_on               DATE          NOT NULL,
    extended_due_on      DATE,
    extension_reason     VARCHAR(1000),
    status               VARCHAR(20)   NOT NULL
        CONSTRAINT data_subject_request_status_check CHECK (status IN ('OPEN', 'GRANTED', 'REFUSED', 'LIFTED')),
    decision_reason      VARCHAR(2000),
    decided_on           DATE,
    decided_by_name      VARCHAR(255),
    lifted_on            DATE,
    lift_reason          VARCHAR(1000),
    recorded_by_subject  VARCHAR(255)  NOT NULL,
    recorded_by_name     VARCHAR(255)  NOT NULL,
    recorded_at          TIMESTAMPTZ   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT data_subject_request_grounds_kind CHECK ((kind = 'ERASURE') = (grounds LIKE 'ART_17%')),
    CONSTRAINT data_subject_request_refusal_reason CHECK (status <> 'REFUSED' OR decision_reason IS NOT NULL),
    CONSTRAINT data_subject_request_lifting CHECK ((status = 'LIFTED') = (lifted_on IS NOT NULL)
        AND (status <> 'LIFTED' OR kind = 'RESTRICTION')),
    CONSTRAINT data_subject_request_extension CHECK (extended_due_on IS NULL OR (extended_due_on > due_on
        AND extension_reason IS NOT NULL))
);

-- A restriction in force is looked up by client on every write path.
CREATE INDEX data_subject_request_client_idx ON data_subject_request (client_id, kind, status);
CREATE INDEX data_subject_request_institution_idx ON data_subject_request (institution_id, received_on DESC, id);
