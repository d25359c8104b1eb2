-- Case work (issue #15), part 4: what became of the person after the plan: at exit, then 3 and 6
-- months later (the EFS+ result indicators count employment after exit).
CREATE TABLE plan_follow_up (
    id            UUID PRIMARY KEY,
    plan_id       UUID          NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    checkpoint    VARCHAR(20)   NOT NULL
        CONSTRAINT plan_follow_up_checkpoint_check CHECK (checkpoint IN ('EXIT', 'MONTHS_3', 'MONTHS_6')),
    status        VARCHAR(20)   NOT NULL
        CONSTRAINT plan_follow_up_status_check CHECK (status IN ('EMPLOYED', 'IN_TRAINING', 'UNEMPLOYED', 'UNKNOWN')),
    observed_on   DATE          NOT NULL,
    notes         VARCHAR(2000),
    recorded_by   VARCHAR(255)  NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT plan_follow_up_once UNIQUE (plan_id, checkpoint)
);

-- The lead's finished plans whose follow-ups are due (DueItems).
CREATE INDEX action_plan_lead_closed_idx ON action_plan (lead_institution_id, closed_at) WHERE closed_at IS NOT NULL;
