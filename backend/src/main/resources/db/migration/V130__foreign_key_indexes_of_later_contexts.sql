-- The rule of V80 (an index on every foreign key a read or a delete follows; ForeignKeyIndexTest)
-- for the keys that came with case work (V101-V104) and the integration (V70-V73): deleting or
-- anonymising an institution follows each of them.
CREATE INDEX client_change_institution_idx ON client_change (institution_id);
CREATE INDEX plan_diagnosis_institution_idx ON plan_diagnosis (institution_id);
CREATE INDEX plan_handover_institution_idx ON plan_handover (institution_id);
CREATE INDEX plan_referent_institution_idx ON plan_referent (institution_id);
-- V71's index covered enabled subscriptions only; a delete follows the key to disabled ones too
DROP INDEX webhook_subscription_institution_idx;
CREATE INDEX webhook_subscription_institution_idx ON webhook_subscription (institution_id);
