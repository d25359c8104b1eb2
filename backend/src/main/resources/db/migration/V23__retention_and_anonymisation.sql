-- Retention (issue #4): a person's data is anonymised once every plan of theirs has been finished
-- for longer than synergia.retention.after-plan-closure (docs/adr/0010). This needs the moment a
-- plan was finished, the mark of an anonymised client, and a record of every run.

-- When the plan last reached COMPLETED or CLOSED (a COMPLETED plan that is then CLOSED counts from
-- the closing). Plans finished before this migration take their last change as the best estimate.
ALTER TABLE action_plan ADD COLUMN closed_at TIMESTAMPTZ;
UPDATE action_plan SET closed_at = updated_at WHERE status IN ('COMPLETED', 'CLOSED');
ALTER TABLE action_plan ADD CONSTRAINT action_plan_closed_at_check
    CHECK ((status IN ('COMPLETED', 'CLOSED')) = (closed_at IS NOT NULL));

-- Set when the identity was removed; the row stays for the statistics (gmina, plans, steps, outcomes).
ALTER TABLE client ADD COLUMN anonymised_at TIMESTAMPTZ;

-- One row per anonymisation run, scheduled or started by an administrator, dry or real: who,
-- when, with which retention, and how many records it changed (or would have changed).
CREATE TABLE anonymisation_run (
    id                     UUID PRIMARY KEY,
    started_at             TIMESTAMPTZ  NOT NULL,
    finished_at            TIMESTAMPTZ  NOT NULL,
    dry_run                BOOLEAN      NOT NULL,
    trigger                VARCHAR(20)  NOT NULL
        CONSTRAINT anonymisation_run_trigger_check CHECK (trigger IN ('SCHEDULED', 'MANUAL')),
    triggered_by_subject   VARCHAR(255) NOT NULL,
    triggered_by_name      VARCHAR(255) NOT NULL,
    retention              VARCHAR(40)  NOT NULL,
    closed_before          TIMESTAMPTZ  NOT NULL,
    clients                INTEGER      NOT NULL,
    plans                  INTEGER      NOT NULL,
    steps                  INTEGER      NOT NULL,
    meetings               INTEGER      NOT NULL,
    outcomes               INTEGER      NOT NULL,
    referrals              INTEGER      NOT NULL,
    sharing_records        INTEGER      NOT NULL,
    special_category_rows  INTEGER      NOT NULL
);

CREATE INDEX anonymisation_run_started_idx ON anonymisation_run (started_at DESC, id);
