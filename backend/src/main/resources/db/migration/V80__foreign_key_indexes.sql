-- An index on every foreign key that a read or a delete follows (issue #14). Found by
-- ForeignKeyIndexTest, which lists the keys of pg_constraint without an index whose leading
-- columns are the key's: at a million plans a plan read scanned plan_goal and plan_outcome
-- (236-333 ms), and deleting or anonymising a client, an institution or a catalogue entry
-- scanned every referencing table. Small dictionary tables get theirs too: the test keeps the
-- rule simple (every key, no exceptions) and the indexes cost nothing there.

-- plans and referrals (the hot reads)
CREATE INDEX plan_goal_plan_idx ON plan_goal (plan_id);
CREATE INDEX plan_outcome_plan_idx ON plan_outcome (plan_id);
CREATE INDEX plan_step_goal_idx ON plan_step (goal_id);
CREATE INDEX plan_step_offering_idx ON plan_step (offering_id);
CREATE INDEX plan_step_service_idx ON plan_step (service_code);
CREATE INDEX plan_meeting_institution_idx ON plan_meeting (institution_id);
CREATE INDEX referral_client_idx ON referral (client_id);
CREATE INDEX referral_service_idx ON referral (service_code);
CREATE INDEX action_plan_lead_institution_idx ON action_plan (lead_institution_id);
CREATE INDEX data_sharing_institution_idx ON data_sharing (institution_id);
CREATE INDEX client_gmina_idx ON client (gmina_teryt);

-- partnerships
CREATE INDEX partnership_template_idx ON partnership (template_code);
CREATE INDEX partnership_event_actor_idx ON partnership_event (actor_institution_id);
CREATE INDEX partnership_stakeholder_institution_idx ON partnership_stakeholder (institution_id);
CREATE INDEX partnership_variant_founder_idx ON partnership_variant (founder_institution_id);
CREATE INDEX partnership_variant_partner_idx ON partnership_variant (partner_institution_id);
CREATE INDEX partnership_variant_variant_idx ON partnership_variant (variant_code);
CREATE INDEX partnership_version_author_idx ON partnership_version (author_institution_id);
CREATE INDEX zsl_initiator_idx ON zsl (initiator_institution_id);
CREATE INDEX zsl_meeting_attendance_member_idx ON zsl_meeting_attendance (member_id);
CREATE INDEX zsl_member_signatory_idx ON zsl_member (signatory_id);

-- regional figures
CREATE INDEX need_import_refresh_idx ON need_import (refresh_id);

-- catalogue dictionaries
CREATE INDEX institution_type_regime_regime_idx ON institution_type_regime (legal_regime_code);
CREATE INDEX service_legal_regime_idx ON service (legal_regime_code);
CREATE INDEX service_eligibility_criterion_idx ON service_eligibility (criterion_code);
CREATE INDEX service_provider_type_type_idx ON service_provider_type (institution_type_code);
CREATE INDEX service_target_group_group_idx ON service_target_group (target_group_code);
