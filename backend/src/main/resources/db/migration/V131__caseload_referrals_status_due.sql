-- The caseload (V83) completed (issues #14, #16):
-- * an institution that accepted a referral for one of the person's plans (and has the active legal
--   basis the referral needed) has the person in its caseload, as PlanAccess lets it see them; the
--   row is written by the trigger on referral, in the transaction that accepts it, and goes when the
--   referral is withdrawn or completed;
-- * each row carries the status of the person's plan the institution sees (ACTIVE before DRAFT before
--   COMPLETED before CLOSED; null without a plan) and the next due date of those plans (the earliest
--   planned end of an open step or end of the period of an ACTIVE plan), so the caseload filters by
--   status and sorts by the due date within one index range, whatever the caseload's size.
-- * the name search reads `search_name` (first and last name folded: lower case, no diacritics) through
--   a trigram index led by the institution (btree_gin), so "kowal" is found among the largest
--   caseload's 43,481 people in 2-6 ms instead of folding every name (185 ms);
-- * the names sort in Polish order (ICU pl): "Łapińska" between "Lis" and "Mazur", not after "Zając".
-- The plans an institution sees: every plan of a person it registered; otherwise the plans whose team
-- it is on or for which it accepted a referral.
CREATE EXTENSION IF NOT EXISTS btree_gin;

ALTER TABLE caseload
    ALTER COLUMN last_name TYPE VARCHAR(150) COLLATE "pl-x-icu",
    ALTER COLUMN first_name TYPE VARCHAR(100) COLLATE "pl-x-icu",
    ADD COLUMN plan_status VARCHAR(20),
    ADD COLUMN next_due    DATE,
    ADD COLUMN search_name TEXT;

CREATE INDEX caseload_status_idx ON caseload (institution_id, plan_status, last_name, first_name, client_id);
CREATE INDEX caseload_due_idx ON caseload (institution_id, next_due, last_name, first_name, client_id);
CREATE INDEX caseload_name_idx ON caseload USING gin (institution_id, search_name gin_trgm_ops);

-- What the caseload holds, for every person (the bench loads it set-based from here).
CREATE VIEW caseload_source AS
SELECT x.institution_id, c.id AS client_id, c.last_name, c.first_name, v.plan_status, v.next_due,
       synergia_fold(c.last_name || ' ' || c.first_name) AS search_name
FROM client c
CROSS JOIN LATERAL (
    SELECT c.registered_by_institution_id AS institution_id
    UNION
    SELECT m.institution_id FROM action_plan p JOIN plan_member m ON m.plan_id = p.id
    WHERE p.client_id = c.id
      AND EXISTS (SELECT 1 FROM data_sharing s WHERE s.client_id = c.id AND s.institution_id = m.institution_id
                  AND s.withdrawn_at IS NULL)
    UNION
    SELECT r.to_institution_id FROM referral r
    WHERE r.client_id = c.id AND r.status = 'ACCEPTED'
      AND EXISTS (SELECT 1 FROM data_sharing s WHERE s.client_id = c.id AND s.institution_id = r.to_institution_id
                  AND s.withdrawn_at IS NULL)) x
CROSS JOIN LATERAL (
    SELECT (array_agg(p.status ORDER BY CASE p.status WHEN 'ACTIVE' THEN 0 WHEN 'DRAFT' THEN 1
                                                      WHEN 'COMPLETED' THEN 2 ELSE 3 END))[1] AS plan_status,
           min(CASE WHEN p.status = 'ACTIVE' THEN
                   least(p.period_to, (SELECT min(s.planned_end) FROM plan_step s
                                       WHERE s.plan_id = p.id AND s.status IN ('PLANNED', 'IN_PROGRESS'))) END) AS next_due
    FROM action_plan p
    WHERE p.client_id = c.id
      AND (x.institution_id = c.registered_by_institution_id
           OR EXISTS (SELECT 1 FROM plan_member m WHERE m.plan_id = p.id AND m.institution_id = x.institution_id)
           OR EXISTS (SELECT 1 FROM referral r WHERE r.plan_id = p.id AND r.to_institution_id = x.institution_id
                      AND r.status = 'ACCEPTED'))) v
WHERE c.anonymised_at IS NULL;

CREATE OR REPLACE FUNCTION caseload_refresh(person UUID) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM caseload WHERE client_id = person;
    INSERT INTO caseload (institution_id, client_id, last_name, first_name, plan_status, next_due, search_name)
    SELECT institution_id, client_id, last_name, first_name, plan_status, next_due, search_name
    FROM caseload_source WHERE client_id = person;
$$;

-- a plan's status, period or person changes, a plan is created or deleted
CREATE OR REPLACE FUNCTION caseload_on_plan() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM caseload_refresh(OLD.client_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.client_id <> OLD.client_id) THEN
        PERFORM caseload_refresh(NEW.client_id);
    END IF;
    RETURN NULL;
END;
$$;
DROP TRIGGER caseload_sync ON action_plan;
CREATE TRIGGER caseload_sync AFTER INSERT OR UPDATE OF client_id, status, period_to OR DELETE ON action_plan
    FOR EACH ROW EXECUTE FUNCTION caseload_on_plan();

-- a step added, removed, finished or moved changes the next due date
CREATE FUNCTION caseload_on_step() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM caseload_refresh(p.client_id) FROM action_plan p
    WHERE p.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_id ELSE NEW.plan_id END;
    RETURN NULL;
END;
$$;
CREATE TRIGGER caseload_sync AFTER INSERT OR UPDATE OF status, planned_end OR DELETE ON plan_step
    FOR EACH ROW EXECUTE FUNCTION caseload_on_step();

-- a referral accepted, withdrawn or completed
CREATE FUNCTION caseload_on_referral() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'ACCEPTED' THEN
            PERFORM caseload_refresh(OLD.client_id);
        END IF;
    ELSIF NEW.status = 'ACCEPTED' OR (TG_OP = 'UPDATE' AND OLD.status = 'ACCEPTED') THEN
        PERFORM caseload_refresh(NEW.client_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER caseload_sync AFTER INSERT OR UPDATE OF status OR DELETE ON referral
    FOR EACH ROW EXECUTE FUNCTION caseload_on_referral();

-- the people already there, with their referrals, statuses and due dates
SELECT caseload_refresh(id) FROM client;
ANALYZE caseload;
