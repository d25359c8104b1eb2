-- The regional rung's data (bench/run.sh, after bench/generate.sql has made the national
-- directory): people, their action plans, steps, referrals and outcomes, and MLW Pakts, at
-- national scale, for the regional figures (issue #11). Never against a real database.
--
--   psql -v plans=1000000 -v seed=20250101 -f bench/generate-regional.sql
--
-- Deterministic for a seed and a run date: every "random" choice is a hash of the row number
-- (hashint8extended), and dates fall in the history the figures cover (1 January two years ago
-- to today). The scale is :plans (default 1,000,000): clients = plans / 1.15 (15 % have a second
-- plan), 3 steps and 2 referrals per plan, an outcome for 40 % of the plans; clients live in the
-- 2,479 gminas in proportion to their population (territory_population); the lead of a plan is
-- an OPS of the gmina, steps and referrals go to the powiat's PUP and a CIS, KIS or NGO of the
-- powiat; the three are the plan's team, and the PUP and partner have a legal basis for the person
-- (data_sharing), so the plan is in their caseload and due lists. :audit audit rows (default
-- 10,000,000) over the history. 600 gminas have an MLW Pakt (most active, with 3-6 signatories, a ZSL and a variant).
\set ON_ERROR_STOP on
\if :{?plans}
\else
\set plans 1000000
\endif
\if :{?seed}
\else
\set seed 20250101
\endif
\if :{?audit}
\else
\set audit 10000000
\endif
SET client_min_messages = warning;
SET temp_buffers = '256MB';
SET maintenance_work_mem = '512MB';
SET work_mem = '64MB';
BEGIN;

CREATE FUNCTION pg_temp.u(n bigint, salt int) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ((hashint8extended(n, salt + :seed) >> 11) & 9007199254740991)::double precision / 9007199254740992.0;
CREATE FUNCTION pg_temp.id(kind text, n bigint) RETURNS uuid
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN md5('synergia-bench-' || kind || '-' || n)::uuid;

CREATE TEMP TABLE window_ AS
SELECT make_date(extract(year FROM current_date)::int - 2, 1, 1) AS first_day, current_date AS today;

-- ------------------------------------------------------------------ who serves each gmina
CREATE TEMP TABLE ops_of AS
SELECT DISTINCT ON (gmina_teryt) gmina_teryt AS teryt, id FROM institution WHERE type = 'OPS' AND active
ORDER BY gmina_teryt, name, id;
CREATE TEMP TABLE pup_of AS
SELECT DISTINCT ON (substr(gmina_teryt, 1, 4)) substr(gmina_teryt, 1, 4) AS powiat, id FROM institution
WHERE type = 'PUP' ORDER BY substr(gmina_teryt, 1, 4), name, id;
-- a CIS, KIS or NGO of the powiat (its first by id), else the powiat's PUP
CREATE TEMP TABLE partner_of AS
SELECT p.powiat, coalesce(x.id, p.id) AS id FROM pup_of p
LEFT JOIN LATERAL (SELECT i.id FROM institution i WHERE i.gmina_teryt LIKE p.powiat || '%'
                   AND i.type IN ('CIS', 'KIS', 'NGO') AND i.active ORDER BY i.type, i.id LIMIT 1) x ON true;
CREATE TEMP TABLE rg AS
SELECT g.teryt, o.id AS ops, pu.id AS pup, pa.id AS partner, coalesce(tp.population, 7000) AS weight
FROM gmina g
JOIN ops_of o ON o.teryt = g.teryt
JOIN pup_of pu ON pu.powiat = g.powiat_code
JOIN partner_of pa ON pa.powiat = g.powiat_code
LEFT JOIN territory_population tp ON tp.teryt = g.teryt AND tp.year = 2025;
ALTER TABLE rg ALTER COLUMN weight TYPE double precision;

-- ------------------------------------------------------------------ clients, by population
CREATE TEMP TABLE slots AS
WITH need AS (SELECT (:plans / 1.15)::bigint AS n),
     exact AS (SELECT teryt, weight / sum(weight) OVER () * (SELECT n FROM need) AS x FROM rg),
     base AS (SELECT teryt, floor(x)::bigint AS b, x - floor(x) AS frac FROM exact),
     ranked AS (SELECT teryt, b, row_number() OVER (ORDER BY frac DESC, teryt) AS r FROM base)
SELECT teryt, b + CASE WHEN r <= (SELECT n FROM need) - (SELECT sum(b) FROM base) THEN 1 ELSE 0 END AS cnt FROM ranked;
CREATE TEMP TABLE cl AS
SELECT row_number() OVER (ORDER BY s.teryt, k)::bigint AS n, s.teryt FROM slots s, generate_series(1, s.cnt) k;
CREATE TEMP TABLE plans AS
SELECT p AS n, c.n AS client, c.teryt, rg.ops, rg.pup, rg.partner,
       w.first_day + floor(pg_temp.u(p, 2) * (w.today - w.first_day))::int AS period_from
FROM generate_series(1, :plans) p
JOIN cl c ON c.n = (p - 1) % (SELECT count(*) FROM cl) + 1
JOIN rg ON rg.teryt = c.teryt
CROSS JOIN window_ w;
ALTER TABLE plans ADD COLUMN status text, ADD COLUMN closed_on date;
UPDATE plans SET status = CASE WHEN pg_temp.u(n, 3) < 0.03 THEN 'DRAFT'
                               WHEN period_from < (SELECT today FROM window_) - 270 AND pg_temp.u(n, 4) < 0.75
                                   THEN CASE WHEN pg_temp.u(n, 5) < 0.8 THEN 'COMPLETED' ELSE 'CLOSED' END
                               ELSE 'ACTIVE' END;
UPDATE plans SET closed_on = least(period_from + 60 + floor(pg_temp.u(n, 6) * 300)::int, (SELECT today FROM window_))
WHERE status IN ('COMPLETED', 'CLOSED');

-- ------------------------------------------------------------------ bulk load
CREATE TEMP TABLE saved_index AS
SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS def
FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
WHERE x.indrelid IN ('client'::regclass, 'action_plan'::regclass, 'plan_step'::regclass, 'referral'::regclass,
                     'plan_outcome'::regclass)
  AND NOT x.indisprimary AND NOT x.indisunique
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid);
SELECT format('DROP INDEX %I', name) FROM saved_index \gexec
SET session_replication_role = replica;

INSERT INTO client (id, first_name, last_name, birth_date, gmina_teryt, registered_by_institution_id, created_at, updated_at)
SELECT pg_temp.id('client', c.n), 'Osoba', 'Testowa ' || c.n, DATE '1960-01-01' + floor(pg_temp.u(c.n, 7) * 15000)::int,
       c.teryt, rg.ops, TIMESTAMPTZ '2023-12-01 09:00+01', TIMESTAMPTZ '2023-12-01 09:00+01'
FROM cl c JOIN rg ON rg.teryt = c.teryt;

INSERT INTO action_plan (id, client_id, lead_institution_id, title, period_from, period_to, status, created_at, updated_at, closed_at)
SELECT pg_temp.id('plan', p.n), pg_temp.id('client', p.client), p.ops, 'Plan aktywizacji', p.period_from,
       p.period_from + 365, p.status, p.period_from::timestamptz, coalesce(p.closed_on, p.period_from)::timestamptz,
       (p.closed_on + TIME '15:00')::timestamptz
FROM plans p;

-- three steps: one of the OPS, one of the PUP, one of the partner; services of the act in force (a draft's steps are planned)
INSERT INTO plan_step (id, plan_id, owner_institution_id, service_code, title, planned_start, planned_end, actual_start,
                       status, created_at, updated_at)
SELECT pg_temp.id('step', p.n * 3 + k), pg_temp.id('plan', p.n),
       CASE k WHEN 1 THEN p.ops WHEN 2 THEN p.pup ELSE p.partner END,
       CASE k WHEN 1 THEN (ARRAY['OPS_SOCIAL_WORK', 'OPS_SOCIAL_CONTRACT', 'OPS_SOCIAL_WORK_METHODS'])[1 + floor(pg_temp.u(p.n * 3 + k, 8) * 3)::int]
              WHEN 2 THEN CASE WHEN p.period_from + 20 < DATE '2025-06-01'
                               THEN (ARRAY['PUP_JOB_PLACEMENT_2004', 'PUP_CAREER_GUIDANCE_2004', 'PUP_TRAINING_2004', 'PUP_INTERNSHIP_2004'])[1 + floor(pg_temp.u(p.n * 3 + k, 8) * 4)::int]
                               ELSE (ARRAY['PUP_JOB_PLACEMENT_2025', 'PUP_CAREER_GUIDANCE_2025', 'PUP_TRAINING_2025', 'PUP_INTERNSHIP_2025'])[1 + floor(pg_temp.u(p.n * 3 + k, 8) * 4)::int] END
              ELSE (ARRAY['CIS_IPZS_2022', 'KIS_COUNSELLING', 'SOCIAL_REINTEGRATION', 'VOCATIONAL_REINTEGRATION'])[1 + floor(pg_temp.u(p.n * 3 + k, 8) * 4)::int] END,
       'Działanie ' || k, p.period_from + 20 * (k - 1), p.period_from + 20 * (k - 1) + 60,
       CASE WHEN pg_temp.u(p.n * 3 + k, 9) < 0.7 THEN p.period_from + 20 * (k - 1) + floor(pg_temp.u(p.n * 3 + k, 10) * 7)::int END,
       CASE WHEN p.status = 'DRAFT' THEN 'PLANNED' WHEN pg_temp.u(p.n * 3 + k, 11) < 0.05 THEN 'CANCELLED'
            WHEN p.status IN ('COMPLETED', 'CLOSED') THEN 'DONE'
            WHEN pg_temp.u(p.n * 3 + k, 11) < 0.5 THEN 'IN_PROGRESS' ELSE 'PLANNED' END,
       p.period_from::timestamptz, p.period_from::timestamptz
FROM plans p CROSS JOIN generate_series(1, 3) k;

-- two referrals: OPS -> PUP, OPS -> partner (PUP -> OPS where the partner is the PUP)
INSERT INTO referral (id, plan_id, client_id, from_institution_id, to_institution_id, service_code, message, response_due,
                      status, rejection_reason, sent_by, sent_at, responded_by, responded_at)
SELECT pg_temp.id('referral', p.n * 2 + r), pg_temp.id('plan', p.n), pg_temp.id('client', p.client),
       CASE WHEN r = 2 AND p.partner = p.pup THEN p.pup ELSE p.ops END,
       CASE WHEN r = 1 THEN p.pup WHEN p.partner = p.pup THEN p.ops ELSE p.partner END,
       NULL, 'Prośba o wsparcie', sent::date + 14, st.status,
       CASE WHEN st.status = 'REJECTED' THEN 'Brak miejsc' END, 'Pracownik',
       sent,
       CASE WHEN st.status IN ('ACCEPTED', 'DONE', 'REJECTED') THEN 'Pracownik' END,
       CASE WHEN st.status IN ('ACCEPTED', 'DONE', 'REJECTED')
            THEN least(sent + pg_temp.u(p.n * 2 + r, 13) * INTERVAL '14 days', now()) END
FROM plans p CROSS JOIN generate_series(1, 2) r
CROSS JOIN LATERAL (SELECT least((p.period_from + 10 * r + TIME '10:00')::timestamptz, now() - INTERVAL '1 hour') AS sent) s
CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u(p.n * 2 + r, 12) < 0.45 THEN 'ACCEPTED'
                                WHEN pg_temp.u(p.n * 2 + r, 12) < 0.60 THEN 'DONE'
                                WHEN pg_temp.u(p.n * 2 + r, 12) < 0.80 THEN 'REJECTED'
                                WHEN pg_temp.u(p.n * 2 + r, 12) < 0.95 THEN 'SENT' ELSE 'WITHDRAWN' END AS status) st;

INSERT INTO plan_outcome (id, plan_id, kind, occurred_on, recorded_by, recorded_at)
SELECT pg_temp.id('outcome', p.n), pg_temp.id('plan', p.n),
       (ARRAY['JOB_TAKEN', 'JOB_TAKEN', 'TRAINING_COMPLETED', 'LEFT_PROGRAMME', 'MOVED_TO_CIS', 'MOVED_TO_KIS',
              'SOCIAL_COOPERATIVE_JOINED', 'OTHER'])[1 + floor(pg_temp.u(p.n, 15) * 8)::int],
       coalesce(p.closed_on, least(p.period_from + 90, (SELECT today FROM window_))), 'Pracownik', now()
FROM plans p WHERE p.status <> 'DRAFT' AND pg_temp.u(p.n, 14) < 0.4;

-- the plan's team (issue #14: the due lists and the caseload of partners): the lead OPS, the PUP and the partner;
-- the person's data shared with the PUP and the partner on a legal basis (so they see the person in their caseload)
INSERT INTO plan_member (plan_id, institution_id, added_at)
SELECT DISTINCT pg_temp.id('plan', p.n), m.institution_id, p.period_from::timestamptz
FROM plans p CROSS JOIN LATERAL (VALUES (p.ops), (p.pup), (p.partner)) m(institution_id);
INSERT INTO data_sharing (id, client_id, institution_id, purpose, legal_basis, includes_sensitive, given_on,
                          recorded_by_subject, recorded_by_name, recorded_at)
SELECT pg_temp.id('sharing-' || x.institution_id, x.client), pg_temp.id('client', x.client), x.institution_id,
       'Realizacja planu działania', 'PUBLIC_TASK_ART_6_1_E', false, DATE '2023-12-01', 'bench', 'Pracownik',
       TIMESTAMPTZ '2023-12-01 09:00+01'
FROM (SELECT DISTINCT p.client, m.institution_id FROM plans p
      CROSS JOIN LATERAL (VALUES (p.pup), (p.partner)) m(institution_id) WHERE m.institution_id <> p.ops) x;

-- the audit log (issue #14: 10,000,000 rows by default, :audit): reads of plans by their lead over the
-- history, in the monthly partitions (V81)
SELECT audit_log_ensure_partitions(3, (SELECT first_day FROM window_));
INSERT INTO audit_log (occurred_at, subject, subject_name, institution_id, client_id, record_type, record_id, action, purpose,
                       outcome)
SELECT w.first_day + pg_temp.u(a, 16) * (now() - w.first_day::timestamptz), 'bench', 'Pracownik', p.ops,
       pg_temp.id('client', p.client), 'PLAN', pg_temp.id('plan', p.n), 'LIST', 'Praca socjalna', 'ALLOWED'
FROM generate_series(1, :audit) a
JOIN plans p ON p.n = (a - 1) % :plans + 1
CROSS JOIN window_ w;

SET session_replication_role = origin;

SELECT def FROM saved_index \gexec
-- the caseload (V83, V131) of every person at once, set-based: its triggers were off for the bulk load
INSERT INTO caseload (institution_id, client_id, last_name, first_name, plan_status, next_due, search_name)
SELECT institution_id, client_id, last_name, first_name, plan_status, next_due, search_name FROM caseload_source;

-- ------------------------------------------------------------------ MLW Pakts in 600 gminas
CREATE TEMP TABLE pact AS
SELECT row_number() OVER (ORDER BY pg_temp.u(teryt::bigint, 20), teryt) AS n, teryt, ops, pup, partner FROM rg
ORDER BY pg_temp.u(teryt::bigint, 20), teryt LIMIT 600;
ALTER TABLE pact ADD COLUMN status text, ADD COLUMN created timestamptz, ADD COLUMN activated timestamptz,
    ADD COLUMN dissolved timestamptz;
UPDATE pact SET created = (SELECT first_day FROM window_)::timestamptz + pg_temp.u(n, 21) * ((SELECT today FROM window_) - (SELECT first_day FROM window_) - 30) * INTERVAL '1 day',
                status = CASE WHEN pg_temp.u(n, 22) < 0.6 THEN 'ACTIVE' WHEN pg_temp.u(n, 22) < 0.8 THEN 'CONSULTATION'
                              WHEN pg_temp.u(n, 22) < 0.95 THEN 'DRAFT' ELSE 'DISSOLVED' END;
UPDATE pact SET activated = created + INTERVAL '25 days' WHERE status IN ('ACTIVE', 'DISSOLVED');
UPDATE pact SET dissolved = activated + INTERVAL '120 days' WHERE status = 'DISSOLVED';
INSERT INTO partnership (id, gmina_teryt, kind, template_code, title, goals, status, initiator_institution_id, created_by_subject,
                         created_by_name, created_at, updated_at, activated_at, dissolved_at, dissolution_reason)
SELECT pg_temp.id('pact', n), teryt, 'PACT', 'PACT_MLW', 'Pakt na rzecz MLW', 'Synergia działań', status, ops, 'bench', 'Bench',
       created, coalesce(dissolved, activated, created), activated, dissolved,
       CASE WHEN status = 'DISSOLVED' THEN 'Mniej niż trzech sygnatariuszy' END
FROM pact;
INSERT INTO partnership_signatory (id, partnership_id, institution_id, representative_name, status, invited_by_subject,
                                   invited_by_name, invited_at, joined_on)
SELECT pg_temp.id('signatory', n * 4 + k), pg_temp.id('pact', n), inst, 'Przedstawiciel', 'JOINED', 'bench', 'Bench', created,
       created::date + 5 * k
FROM pact CROSS JOIN LATERAL (VALUES (1, ops), (2, pup), (3, partner)) s(k, inst)
WHERE status IN ('ACTIVE', 'CONSULTATION') AND (k < 3 OR partner <> pup);
INSERT INTO zsl (partnership_id, initiator_kind, initiator_name, established_on, updated_at)
SELECT pg_temp.id('pact', n), 'MAYOR', 'Wójt', activated::date + 30, activated FROM pact
WHERE status = 'ACTIVE' AND activated::date + 30 <= (SELECT today FROM window_);
INSERT INTO partnership_variant (id, partnership_id, variant_code, status, decided_on, created_at, updated_at)
SELECT pg_temp.id('variant', n), pg_temp.id('pact', n),
       CASE WHEN pg_temp.u(n, 23) < 0.5 THEN 'KIS_RECREATED_IN_OPS' ELSE 'SOCIAL_COOPERATIVE_OF_LEGAL_PERSONS' END,
       CASE WHEN pg_temp.u(n, 24) < 0.3 THEN 'DONE' WHEN pg_temp.u(n, 24) < 0.7 THEN 'IN_PROGRESS' ELSE 'CHOSEN' END,
       activated::date + 40, activated, activated
FROM pact WHERE status = 'ACTIVE' AND pg_temp.u(n, 25) < 0.5;

-- the foreign keys the load did not check row by row
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM client c WHERE NOT EXISTS (SELECT 1 FROM institution i WHERE i.id = c.registered_by_institution_id);
  IF bad > 0 THEN RAISE EXCEPTION '% clients with a dangling reference', bad; END IF;
  SELECT count(*) INTO bad FROM action_plan p WHERE NOT EXISTS (SELECT 1 FROM client c WHERE c.id = p.client_id);
  IF bad > 0 THEN RAISE EXCEPTION '% plans with a dangling reference', bad; END IF;
  SELECT count(*) INTO bad FROM plan_step s WHERE NOT EXISTS (SELECT 1 FROM service v WHERE v.code = s.service_code)
     OR NOT EXISTS (SELECT 1 FROM institution i WHERE i.id = s.owner_institution_id);
  IF bad > 0 THEN RAISE EXCEPTION '% steps with a dangling reference', bad; END IF;
  SELECT count(*) INTO bad FROM referral r WHERE NOT EXISTS (SELECT 1 FROM institution i WHERE i.id = r.to_institution_id);
  IF bad > 0 THEN RAISE EXCEPTION '% referrals with a dangling reference', bad; END IF;
END $$;

COMMIT;

VACUUM (ANALYZE) client;
VACUUM (ANALYZE) action_plan;
VACUUM (ANALYZE) plan_step;
VACUUM (ANALYZE) referral;
VACUUM (ANALYZE) plan_outcome;
VACUUM (ANALYZE) plan_member;
VACUUM (ANALYZE) data_sharing;
VACUUM (ANALYZE) caseload;
VACUUM (ANALYZE) audit_log;

SELECT 'clients' AS what, count(*) AS n FROM client
UNION ALL SELECT 'plans', count(*) FROM action_plan
UNION ALL SELECT 'steps', count(*) FROM plan_step
UNION ALL SELECT 'referrals', count(*) FROM referral
UNION ALL SELECT 'outcomes', count(*) FROM plan_outcome
UNION ALL SELECT 'pacts', count(*) FROM partnership;
