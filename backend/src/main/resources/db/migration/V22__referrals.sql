-- Referrals (issue #4): one institution asks another to take a step of a plan. The receiving
-- institution sees only the minimum until it accepts; an accepted referral lets it see the plan
-- (while it has an active legal basis of sharing, like a team member).
CREATE TABLE referral (
    id                   UUID PRIMARY KEY,
    plan_id              UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    client_id            UUID          NOT NULL REFERENCES client (id),
    from_institution_id  UUID          NOT NULL REFERENCES institution (id),
    to_institution_id    UUID          NOT NULL REFERENCES institution (id),
    service_code         VARCHAR(64)   REFERENCES service (code),
    message              VARCHAR(2000) NOT NULL,
    response_due         DATE          NOT NULL,
    status               VARCHAR(20)   NOT NULL
        CONSTRAINT referral_status_check CHECK (status IN ('SENT', 'ACCEPTED', 'REJECTED', 'DONE', 'WITHDRAWN')),
    rejection_reason     VARCHAR(2000),
    sent_by              VARCHAR(255)  NOT NULL,
    sent_at              TIMESTAMPTZ   NOT NULL,
    responded_by         VARCHAR(255),
    responded_at         TIMESTAMPTZ,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT referral_other_institution CHECK (from_institution_id <> to_institution_id),
    CONSTRAINT referral_rejection_reason CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL)
);

CREATE INDEX referral_to_idx ON referral (to_institution_id, status);
CREATE INDEX referral_from_idx ON referral (from_institution_id, status);
CREATE INDEX referral_plan_idx ON referral (plan_id);
