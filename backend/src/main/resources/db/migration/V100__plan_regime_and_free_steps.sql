-- Case work (issue #15), part 1: the legal regime a plan runs under, and steps that are not a
-- catalogue service (the person's own actions, or an institution's action outside the catalogue).

-- The employment act the plan runs under (docs/adr/0038): the 2004 act for a plan that began before
-- 1 June 2025 or carries an agreement signed before that day, the 2025 labour-market act otherwise.
ALTER TABLE action_plan ADD COLUMN regime VARCHAR(40);
UPDATE action_plan SET regime = CASE WHEN period_from < DATE '2025-06-01' THEN 'EMPLOYMENT_ACT_2004'
                                     ELSE 'LABOUR_MARKET_ACT_2025' END;
ALTER TABLE action_plan ALTER COLUMN regime SET NOT NULL;
ALTER TABLE action_plan ADD CONSTRAINT action_plan_regime_check
    CHECK (regime IN ('EMPLOYMENT_ACT_2004', 'LABOUR_MARKET_ACT_2025'));
-- An agreement (e.g. an internship or intervention-works contract) signed under the 2004 act keeps
-- the plan under it even when the plan itself begins later.
ALTER TABLE action_plan ADD COLUMN regime_agreement_signed_on DATE;
ALTER TABLE action_plan ADD CONSTRAINT action_plan_regime_agreement_check
    CHECK (regime_agreement_signed_on IS NULL
        OR (regime_agreement_signed_on < DATE '2025-06-01' AND regime = 'EMPLOYMENT_ACT_2004'));

-- A step is a catalogue service owned by a team institution (as before), or a free action with its
-- own text owned by a team institution or by the person.
ALTER TABLE plan_step ALTER COLUMN service_code DROP NOT NULL;
ALTER TABLE plan_step ALTER COLUMN owner_institution_id DROP NOT NULL;
ALTER TABLE plan_step ADD COLUMN owned_by_person BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE plan_step ADD CONSTRAINT plan_step_owner_check
    CHECK ((owner_institution_id IS NULL) = owned_by_person);
ALTER TABLE plan_step ADD CONSTRAINT plan_step_person_free_check
    CHECK (NOT owned_by_person OR (service_code IS NULL AND offering_id IS NULL));
ALTER TABLE plan_step ADD CONSTRAINT plan_step_offering_service_check
    CHECK (offering_id IS NULL OR service_code IS NOT NULL);

-- The needs of the diagnosis (areas marked NEED) a goal or step answers.
ALTER TABLE plan_step ADD COLUMN need_areas VARCHAR(40)[] NOT NULL DEFAULT '{}';
ALTER TABLE plan_goal ADD COLUMN need_areas VARCHAR(40)[] NOT NULL DEFAULT '{}';
