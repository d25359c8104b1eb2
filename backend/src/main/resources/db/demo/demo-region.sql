-- Demo data of the region (issue #11) for local runs: Mazowieckie worth looking at. DEMO DATA:
-- every name below is invented and marked "(demo)"; figures are plausible, not real.
-- Applied only when synergia.demo-data.enabled=true, after demo-data.sql and demo-partnership.sql
-- (it extends their institutions: MOPS, PUP, KIS Legionowo, CIS Wieliszew, MCPS); idempotent.

-- Official statuses and places of the demo KIS and CIS, so that they count as supply
UPDATE institution SET status_kind = 'KIS_REGISTER', status_granted_by = 'Wojewoda Mazowiecki (demo)',
    status_valid_from = DATE '2024-05-01', places = 25
WHERE id = 'a1000000-0000-4000-8000-000000000004' AND status_kind IS NULL;
UPDATE institution SET status_kind = 'CIS_STATUS', status_granted_by = 'Wojewoda Mazowiecki (demo)',
    status_valid_from = DATE '2023-09-01', status_valid_to = DATE '2029-08-31', places = 40
WHERE id = 'a1000000-0000-4000-8000-000000000006' AND status_kind IS NULL;

-- Institutions in several powiats (demo)
INSERT INTO institution (id, type, name, gmina_teryt, street, postal_code, city, status_kind, status_granted_by,
    status_valid_from, status_valid_to, places, cooperative_profile) VALUES
('a1400000-0000-4000-8000-000000000001', 'OPS', 'Gminny Ośrodek Pomocy Społecznej w Jabłonnie (demo)', '1408022', 'ul. Modlińska 152', '05-110', 'Jabłonna', NULL, NULL, NULL, NULL, NULL, NULL),
('a1400000-0000-4000-8000-000000000002', 'OPS', 'Gminny Ośrodek Pomocy Społecznej w Nieporęcie (demo)', '1408032', 'Plac Wolności 1', '05-126', 'Nieporęt', NULL, NULL, NULL, NULL, NULL, NULL),
('a1400000-0000-4000-8000-000000000003', 'OPS', 'Miejsko-Gminny Ośrodek Pomocy Społecznej w Serocku (demo)', '1408043', 'ul. Rynek 21', '05-140', 'Serock', NULL, NULL, NULL, NULL, NULL, NULL),
('a1400000-0000-4000-8000-000000000004', 'OPS', 'Miejski Ośrodek Pomocy Społecznej w Otwocku (demo)', '1417021', 'ul. Armii Krajowej 5', '05-400', 'Otwock', NULL, NULL, NULL, NULL, NULL, NULL),
('a1400000-0000-4000-8000-000000000005', 'PUP', 'Powiatowy Urząd Pracy w Otwocku (demo)', '1417021', 'ul. Komunardów 10', '05-400', 'Otwock', NULL, NULL, NULL, NULL, NULL, NULL),
('a1400000-0000-4000-8000-000000000006', 'KIS', 'Klub Integracji Społecznej „Otwarte Drzwi” (demo)', '1417021', 'ul. Warszawska 20', '05-400', 'Otwock', 'KIS_REGISTER', 'Wojewoda Mazowiecki (demo)', DATE '2025-01-15', NULL, 20, NULL),
('a1400000-0000-4000-8000-000000000007', 'OPS', 'Miejski Ośrodek Pomocy Rodzinie w Radomiu (demo)', '1463011', 'ul. Struga 44', '26-600', 'Radom', NULL, NULL, NULL, NULL, NULL, NULL),
('a1400000-0000-4000-8000-000000000008', 'CIS', 'Centrum Integracji Społecznej w Radomiu (demo)', '1463011', 'ul. Wernera 7', '26-600', 'Radom', 'CIS_STATUS', 'Wojewoda Mazowiecki (demo)', DATE '2022-03-01', DATE '2028-02-29', 60, NULL),
('a1400000-0000-4000-8000-000000000009', 'PUP', 'Miejski Urząd Pracy w Radomiu (demo)', '1463011', 'ul. Mickiewicza 23', '26-600', 'Radom', NULL, NULL, NULL, NULL, NULL, NULL),
('a1400000-0000-4000-8000-000000000010', 'OPS', 'Miejski Ośrodek Pomocy Społecznej w Płocku (demo)', '1462011', 'ul. Zgliszczowa 1', '09-400', 'Płock', NULL, NULL, NULL, NULL, NULL, NULL),
('a1400000-0000-4000-8000-000000000011', 'WTZ', 'Warsztat Terapii Zajęciowej „Promyk” w Płocku (demo)', '1462011', 'ul. Kolegialna 12', '09-400', 'Płock', 'WTZ_APPROVAL', 'Prezydent Miasta Płocka (demo)', DATE '2019-06-01', NULL, 35, NULL),
('a1400000-0000-4000-8000-000000000012', 'ZAZ', 'Zakład Aktywności Zawodowej w Siedlcach (demo)', '1464011', 'ul. Składowa 6', '08-110', 'Siedlce', 'ZAZ_STATUS', 'Wojewoda Mazowiecki (demo)', DATE '2021-01-01', NULL, 40, NULL),
('a1400000-0000-4000-8000-000000000013', 'OWES', 'Mazowiecki Ośrodek Wsparcia Ekonomii Społecznej (demo)', '1465011', 'ul. Nowogrodzka 62A', '02-002', 'Warszawa', 'OWES_ACCREDITATION', 'Minister Rodziny, Pracy i Polityki Społecznej (demo)', DATE '2024-01-01', DATE '2027-12-31', NULL, NULL),
('a1400000-0000-4000-8000-000000000014', 'SPOLDZIELNIA', 'Spółdzielnia Socjalna „Razem” w Wołominie (demo)', '1434123', 'ul. Legionów 78', '05-200', 'Wołomin', NULL, NULL, NULL, NULL, NULL, 'SERVICE'),
('a1400000-0000-4000-8000-000000000015', 'OPS', 'Ośrodek Pomocy Społecznej w Wołominie (demo)', '1434123', 'ul. Ogrodowa 4', '05-200', 'Wołomin', NULL, NULL, NULL, NULL, NULL, NULL)
ON CONFLICT (id) DO NOTHING;

-- Pakty at other stages: Radom in consultation (catalogue, ZSL), Otwock a draft with a ZSL, Płock a draft with its catalogue only
INSERT INTO partnership (id, gmina_teryt, kind, template_code, title, goals, separate_agreements, status,
    initiator_institution_id, created_by_subject, created_by_name, created_at, updated_at, activated_at)
SELECT v.id, v.gmina, 'PACT', 'PACT_MLW', v.title, t.default_goals, NULL, v.status, v.initiator, 'demo-data', 'Dane demonstracyjne',
    v.created, v.created, NULL
FROM partnership_template t, (VALUES
    ('b5140000-0000-4000-8000-000000000001'::uuid, '1463011', 'Pakt na rzecz Modelu Lokalnej Współpracy w Gminie Miasta Radomia (demo)', 'CONSULTATION',
     'a1400000-0000-4000-8000-000000000007'::uuid, TIMESTAMPTZ '2026-04-10 10:00:00+02'),
    ('b5140000-0000-4000-8000-000000000002'::uuid, '1417021', 'Pakt na rzecz Modelu Lokalnej Współpracy w Mieście Otwocku (demo)', 'DRAFT',
     'a1400000-0000-4000-8000-000000000004'::uuid, TIMESTAMPTZ '2026-09-01 10:00:00+02'),
    ('b5140000-0000-4000-8000-000000000003'::uuid, '1462011', 'Pakt na rzecz Modelu Lokalnej Współpracy w Płocku (demo)', 'DRAFT',
     'a1400000-0000-4000-8000-000000000010'::uuid, TIMESTAMPTZ '2026-10-15 10:00:00+02')
) AS v(id, gmina, title, status, initiator, created)
WHERE t.code = 'PACT_MLW'
ON CONFLICT (id) DO NOTHING;

INSERT INTO partnership_version (id, partnership_id, number, note, author_subject, author_name, author_institution_id, created_at, signed, signed_at)
SELECT v.vid, v.pid, 1, 'Wersja wygenerowana z tekstu modelowego (demo)', 'demo-data', 'Dane demonstracyjne', v.author, v.created, FALSE, NULL
FROM (VALUES
    ('b5140000-0000-4000-8000-000000000011'::uuid, 'b5140000-0000-4000-8000-000000000001'::uuid, 'a1400000-0000-4000-8000-000000000007'::uuid, TIMESTAMPTZ '2026-04-10 10:00:00+02'),
    ('b5140000-0000-4000-8000-000000000012'::uuid, 'b5140000-0000-4000-8000-000000000002'::uuid, 'a1400000-0000-4000-8000-000000000004'::uuid, TIMESTAMPTZ '2026-09-01 10:00:00+02'),
    ('b5140000-0000-4000-8000-000000000013'::uuid, 'b5140000-0000-4000-8000-000000000003'::uuid, 'a1400000-0000-4000-8000-000000000010'::uuid, TIMESTAMPTZ '2026-10-15 10:00:00+02')
) AS v(vid, pid, author, created)
ON CONFLICT (id) DO NOTHING;

INSERT INTO partnership_version_section (version_id, position, number, heading, body)
SELECT v.vid, s.position, s.number, s.heading,
    replace(replace(replace(replace(replace(s.body, '{{gmina}}', v.gmina), '{{radaGminy}}', 'Rada Miejska'),
        '{{urzedzieGminy}}', 'Urzędzie Miejskim'), '{{wojewodztwa}}', 'Mazowieckiego'), '{{wojewodztwie}}', 'Mazowieckim')
FROM partnership_template_section s, (VALUES
    ('b5140000-0000-4000-8000-000000000011'::uuid, 'Radom'),
    ('b5140000-0000-4000-8000-000000000012'::uuid, 'Otwock'),
    ('b5140000-0000-4000-8000-000000000013'::uuid, 'Płock')
) AS v(vid, gmina)
WHERE s.template_code = 'PACT_MLW'
ON CONFLICT (version_id, position) DO NOTHING;

INSERT INTO partnership_signatory (id, partnership_id, institution_id, person_name, person_function,
    representative_name, representative_function, status, invited_by_subject, invited_by_name, invited_at,
    joined_on, joined_recorded_by) VALUES
('b5140000-0000-4000-8000-000000000021', 'b5140000-0000-4000-8000-000000000001', 'a1400000-0000-4000-8000-000000000007', NULL, NULL,
 'Barbara Demo-Kowalczyk', 'Dyrektor MOPR (demo)', 'JOINED', 'demo-data', 'Dane demonstracyjne', TIMESTAMPTZ '2026-04-10 10:00:00+02', DATE '2026-04-10', 'Dane demonstracyjne'),
('b5140000-0000-4000-8000-000000000022', 'b5140000-0000-4000-8000-000000000001', 'a1400000-0000-4000-8000-000000000008', NULL, NULL,
 'Grzegorz Demo-Nowicki', 'Kierownik CIS (demo)', 'JOINED', 'demo-data', 'Dane demonstracyjne', TIMESTAMPTZ '2026-04-11 10:00:00+02', DATE '2026-04-20', 'Dane demonstracyjne'),
('b5140000-0000-4000-8000-000000000023', 'b5140000-0000-4000-8000-000000000001', 'a1400000-0000-4000-8000-000000000009', NULL, NULL,
 'Irena Demo-Mazur', 'Dyrektor MUP (demo)', 'JOINED', 'demo-data', 'Dane demonstracyjne', TIMESTAMPTZ '2026-04-11 10:05:00+02', DATE '2026-04-22', 'Dane demonstracyjne'),
('b5140000-0000-4000-8000-000000000024', 'b5140000-0000-4000-8000-000000000002', 'a1400000-0000-4000-8000-000000000004', NULL, NULL,
 'Henryk Demo-Wójcicki', 'Dyrektor MOPS (demo)', 'JOINED', 'demo-data', 'Dane demonstracyjne', TIMESTAMPTZ '2026-09-01 10:00:00+02', DATE '2026-09-01', 'Dane demonstracyjne'),
('b5140000-0000-4000-8000-000000000025', 'b5140000-0000-4000-8000-000000000003', 'a1400000-0000-4000-8000-000000000010', NULL, NULL,
 'Zofia Demo-Pawlak', 'Dyrektor MOPS (demo)', 'JOINED', 'demo-data', 'Dane demonstracyjne', TIMESTAMPTZ '2026-10-15 10:00:00+02', DATE '2026-10-15', 'Dane demonstracyjne')
ON CONFLICT (id) DO NOTHING;

INSERT INTO partnership_stakeholder (id, partnership_id, institution_id, name, sector, outside_gmina, usefulness,
    resources_technical, resources_personnel, resources_financial, code, scenario_notes, scenario_outcome, created_at, updated_at) VALUES
('b5140000-0000-4000-8000-000000000031', 'b5140000-0000-4000-8000-000000000001', 'a1400000-0000-4000-8000-000000000008', NULL,
 'CIVIL_SOCIETY', FALSE, 'Reintegracja społeczna i zawodowa uczestników CIS (demo)', 'Warsztaty stolarski i gastronomiczny', 'Instruktorzy zawodu', NULL,
 'SUPPORTER', NULL, NULL, TIMESTAMPTZ '2026-04-12 09:00:00+02', TIMESTAMPTZ '2026-04-12 09:00:00+02'),
('b5140000-0000-4000-8000-000000000032', 'b5140000-0000-4000-8000-000000000001', NULL, 'Zespół Szkół Zawodowych nr 2 w Radomiu (demo)',
 'EDUCATION', FALSE, 'Kursy zawodowe dla uczestników programów (demo)', 'Pracownie zawodowe', 'Nauczyciele zawodu', NULL,
 'SUPPORTER', NULL, NULL, TIMESTAMPTZ '2026-04-12 09:10:00+02', TIMESTAMPTZ '2026-04-12 09:10:00+02'),
('b5140000-0000-4000-8000-000000000033', 'b5140000-0000-4000-8000-000000000003', NULL, 'Płocki Bank Żywności (demo)',
 'CIVIL_SOCIETY', FALSE, 'Paczki żywnościowe i wolontariat dla rodzin (demo)', 'Magazyn', 'Wolontariusze', NULL,
 'SUPPORTER', NULL, NULL, TIMESTAMPTZ '2026-10-16 09:00:00+02', TIMESTAMPTZ '2026-10-16 09:00:00+02'),
('b5140000-0000-4000-8000-000000000034', 'b5140000-0000-4000-8000-000000000003', NULL, 'Izba Rzemieślnicza w Płocku (demo)',
 'BUSINESS', FALSE, 'Miejsca praktyk u rzemieślników (demo)', NULL, 'Mistrzowie cechowi', NULL,
 'NEUTRAL', 'Spotkanie z zarządem izby; przedstawienie korzyści z przyjęcia praktykantów (demo).', 'PENDING',
 TIMESTAMPTZ '2026-10-16 09:10:00+02', TIMESTAMPTZ '2026-10-16 09:10:00+02')
ON CONFLICT (id) DO NOTHING;

INSERT INTO zsl (partnership_id, initiator_kind, initiator_name, initiator_institution_id, established_on, updated_at) VALUES
('b5140000-0000-4000-8000-000000000001', 'MAYOR', 'Prezydent Miasta Radomia (demo)', NULL, DATE '2026-05-04', TIMESTAMPTZ '2026-05-04 12:00:00+02'),
('b5140000-0000-4000-8000-000000000002', 'DESIGNATED_REPRESENTATIVE', 'Dyrektor MOPS w Otwocku (demo)', 'a1400000-0000-4000-8000-000000000004', DATE '2026-09-20', TIMESTAMPTZ '2026-09-20 12:00:00+02'),
('b5140000-0000-4000-8000-000000000003', NULL, NULL, NULL, NULL, TIMESTAMPTZ '2026-10-15 10:00:00+02')
ON CONFLICT (partnership_id) DO NOTHING;

INSERT INTO zsl_member (id, partnership_id, person_name, signatory_id, role, from_date) VALUES
('b5140000-0000-4000-8000-000000000041', 'b5140000-0000-4000-8000-000000000001', 'Barbara Demo-Kowalczyk', 'b5140000-0000-4000-8000-000000000021', 'CHAIR', DATE '2026-05-04'),
('b5140000-0000-4000-8000-000000000042', 'b5140000-0000-4000-8000-000000000001', 'Grzegorz Demo-Nowicki', 'b5140000-0000-4000-8000-000000000022', 'MEMBER', DATE '2026-05-04'),
('b5140000-0000-4000-8000-000000000043', 'b5140000-0000-4000-8000-000000000002', 'Henryk Demo-Wójcicki', 'b5140000-0000-4000-8000-000000000024', 'CHAIR', DATE '2026-09-20')
ON CONFLICT (id) DO NOTHING;

-- Need figures (OZPS and PUP) for 2025 and 2026 of the gminas of powiat legionowski and the demo cities, as one finished import
INSERT INTO need_import (id, status, file_name, dry_run, total_rows, processed_rows, written_rows, created_count,
    created_by_subject, created_by_name, created_at, started_at, finished_at, voivodeship_code)
VALUES ('c1400000-0000-4000-8000-000000000001', 'SUCCEEDED', 'ozps-mazowieckie-demo.csv', FALSE, 160, 160, 160, 160,
    'demo-data', 'Tomasz Wójcik (demo)', TIMESTAMPTZ '2026-11-02 09:00:00+01', TIMESTAMPTZ '2026-11-02 09:00:01+01',
    TIMESTAMPTZ '2026-11-02 09:00:03+01', '14')
ON CONFLICT (id) DO NOTHING;

INSERT INTO need_figure (gmina_teryt, year, figure, value, import_id, updated_at)
SELECT g.teryt, y.year, f.figure,
    -- plausible shares of the population, a little lower in 2026; deterministic per gmina
    greatest(0, round(p.population * f.share * (CASE WHEN y.year = 2026 THEN 0.95 ELSE 1 END)
        * (0.8 + (abs(hashtext(g.teryt || f.figure)) % 40) / 100.0)))::int,
    'c1400000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-11-02 09:00:02+01'
FROM (VALUES ('1408011'), ('1408022'), ('1408032'), ('1408043'), ('1408052'), ('1417021'), ('1463011'), ('1462011'),
             ('1464011'), ('1434123')) AS g(teryt)
JOIN territory_population p ON p.teryt = g.teryt AND p.level = 'GMINA'
    AND p.year = (SELECT max(year) FROM territory_population WHERE teryt = g.teryt)
CROSS JOIN (VALUES (2025), (2026)) AS y(year)
CROSS JOIN (VALUES ('SA_POVERTY', 0.012), ('SA_UNEMPLOYMENT', 0.009), ('SA_DISABILITY', 0.008), ('SA_LONG_TERM_ILLNESS', 0.007),
                   ('SA_HOMELESSNESS', 0.0008), ('SA_ADDICTION', 0.0015), ('UNEMPLOYED_REGISTERED', 0.025),
                   ('UNEMPLOYED_LONG_TERM', 0.011)) AS f(figure, share)
ON CONFLICT (gmina_teryt, year, figure) DO NOTHING;

-- Action plans of people living in Legionowo (invented people, marked demo), led by MOPS Legionowo with steps of
-- the PUP, the KIS and the CIS, and referrals between them: enough that Legionowo's figures of people are not hidden
INSERT INTO client (id, first_name, last_name, pesel, birth_date, gmina_teryt, registered_by_institution_id, created_at, updated_at)
SELECT ('d1400000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, (ARRAY['Anna', 'Marek', 'Joanna', 'Krzysztof', 'Beata', 'Tadeusz',
        'Ewelina', 'Rafał', 'Danuta', 'Sławomir', 'Agata', 'Wiesław'])[n], 'Demonstracyjna-' || n, NULL, DATE '1975-01-01' + n * 400,
    '1408011', 'a1000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-03-01 09:00:00+01' + n * INTERVAL '3 days',
    TIMESTAMPTZ '2026-03-01 09:00:00+01' + n * INTERVAL '3 days'
FROM generate_series(1, 12) AS n
ON CONFLICT (id) DO NOTHING;

INSERT INTO data_sharing (id, client_id, institution_id, purpose, legal_basis, statutory_task, includes_sensitive, given_on,
    recorded_by_subject, recorded_by_name, recorded_at)
SELECT ('d1410000-0000-4000-8000-' || lpad((n * 10 + i)::text, 12, '0'))::uuid, ('d1400000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
    inst, 'Wspólny plan działania w ramach Paktu (demo)', 'SOCIAL_PROTECTION_ART_9_2_B', 'Praca socjalna i aktywizacja (demo)', FALSE,
    DATE '2026-03-01' + n * 3, 'demo-data', 'Jan Kowalski', TIMESTAMPTZ '2026-03-01 09:00:00+01' + n * INTERVAL '3 days'
FROM generate_series(1, 12) AS n
CROSS JOIN LATERAL (VALUES (1, 'a1000000-0000-4000-8000-000000000001'::uuid), (2, 'a1000000-0000-4000-8000-000000000002'::uuid),
    (3, CASE WHEN n % 2 = 0 THEN 'a1000000-0000-4000-8000-000000000004'::uuid ELSE 'a1000000-0000-4000-8000-000000000006'::uuid END)) AS x(i, inst)
ON CONFLICT (id) DO NOTHING;

-- numbered OPS-2026/0901 to /0912, out of the way of the numbers the OPS gives (the counter below)
INSERT INTO action_plan (id, number, client_id, lead_institution_id, title, period_from, period_to, regime, status, created_at, updated_at, closed_at)
SELECT ('d1420000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'OPS-2026/' || lpad((900 + n)::text, 4, '0'),
    ('d1400000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
    'a1000000-0000-4000-8000-000000000001', 'Indywidualny plan działania (demo)', DATE '2026-03-02' + n * 3,
    DATE '2027-03-01' + n * 3, 'LABOUR_MARKET_ACT_2025', CASE WHEN n <= 10 THEN 'ACTIVE' ELSE 'COMPLETED' END,
    TIMESTAMPTZ '2026-03-02 10:00:00+01' + n * INTERVAL '3 days', TIMESTAMPTZ '2026-03-02 10:00:00+01' + n * INTERVAL '3 days',
    CASE WHEN n <= 10 THEN NULL ELSE TIMESTAMPTZ '2026-10-30 12:00:00+01' END
FROM generate_series(1, 12) AS n
ON CONFLICT (id) DO NOTHING;

INSERT INTO plan_number_counter (institution_id, year, last_value)
VALUES ('a1000000-0000-4000-8000-000000000001', 2026, 912)
ON CONFLICT (institution_id, year) DO UPDATE SET last_value = greatest(plan_number_counter.last_value, 912);

INSERT INTO plan_member (plan_id, institution_id, added_at)
SELECT ('d1420000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, inst, TIMESTAMPTZ '2026-03-02 10:00:00+01' + n * INTERVAL '3 days'
FROM generate_series(1, 12) AS n
CROSS JOIN LATERAL (VALUES ('a1000000-0000-4000-8000-000000000001'::uuid), ('a1000000-0000-4000-8000-000000000002'::uuid),
    (CASE WHEN n % 2 = 0 THEN 'a1000000-0000-4000-8000-000000000004'::uuid ELSE 'a1000000-0000-4000-8000-000000000006'::uuid END)) AS x(inst)
ON CONFLICT (plan_id, institution_id) DO NOTHING;

INSERT INTO plan_step (id, plan_id, owner_institution_id, service_code, title, planned_start, planned_end, actual_start, status, created_at, updated_at)
SELECT ('d1430000-0000-4000-8000-' || lpad((n * 10 + s.i)::text, 12, '0'))::uuid, ('d1420000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
    s.inst, s.service, s.title, DATE '2026-03-10' + n * 3 + s.offset_days, DATE '2026-12-31',
    DATE '2026-03-10' + n * 3 + s.offset_days, CASE WHEN n <= 10 THEN 'IN_PROGRESS' ELSE 'DONE' END,
    TIMESTAMPTZ '2026-03-02 10:00:00+01' + n * INTERVAL '3 days', TIMESTAMPTZ '2026-03-02 10:00:00+01' + n * INTERVAL '3 days'
FROM generate_series(1, 12) AS n
CROSS JOIN LATERAL (VALUES
    (1, 'a1000000-0000-4000-8000-000000000001'::uuid, 'OPS_SOCIAL_CONTRACT', 'Kontrakt socjalny (demo)', 0),
    (2, CASE WHEN n % 2 = 0 THEN 'a1000000-0000-4000-8000-000000000004'::uuid ELSE 'a1000000-0000-4000-8000-000000000006'::uuid END,
        CASE WHEN n % 2 = 0 THEN 'KIS_COUNSELLING' ELSE 'SOCIAL_REINTEGRATION' END, 'Zajęcia reintegracyjne (demo)', 14)
) AS s(i, inst, service, title, offset_days)
ON CONFLICT (id) DO NOTHING;

INSERT INTO referral (id, plan_id, client_id, from_institution_id, to_institution_id, service_code, message, response_due, status,
    sent_by, sent_at, responded_by, responded_at)
SELECT ('d1440000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, ('d1420000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid,
    ('d1400000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'a1000000-0000-4000-8000-000000000001',
    CASE WHEN n % 2 = 0 THEN 'a1000000-0000-4000-8000-000000000004'::uuid ELSE 'a1000000-0000-4000-8000-000000000006'::uuid END,
    CASE WHEN n % 2 = 0 THEN 'KIS_COUNSELLING' ELSE 'SOCIAL_REINTEGRATION' END,
    'Prośba o przyjęcie osoby z planu działania (demo)', DATE '2026-03-20' + n * 3, 'ACCEPTED',
    'Ewa Nowak', TIMESTAMPTZ '2026-03-06 10:00:00+01' + n * INTERVAL '3 days',
    'Dane demonstracyjne', TIMESTAMPTZ '2026-03-09 10:00:00+01' + n * INTERVAL '3 days'
FROM generate_series(1, 12) AS n
ON CONFLICT (id) DO NOTHING;

-- The RPW of Mazowieckie: members and a meeting (demo)
INSERT INTO rpw_member (id, voivodeship, institution_id, person_name, representative_role, chair, from_date) VALUES
('e1400000-0000-4000-8000-000000000001', '14', 'a1000000-0000-4000-8000-000000000007', 'Tomasz Wójcik', 'ROPS', TRUE, DATE '2026-05-01'),
('e1400000-0000-4000-8000-000000000002', '14', 'a1400000-0000-4000-8000-000000000013', 'Magdalena Demo-Sikorska', 'OWES', FALSE, DATE '2026-05-01'),
('e1400000-0000-4000-8000-000000000003', '14', 'a1000000-0000-4000-8000-000000000001', 'Jan Kowalski', 'ZSL_REPRESENTATIVE', FALSE, DATE '2026-05-01'),
('e1400000-0000-4000-8000-000000000004', '14', 'a1000000-0000-4000-8000-000000000002', 'Paweł Kamiński', 'PUP', FALSE, DATE '2026-05-01'),
('e1400000-0000-4000-8000-000000000005', '14', 'a1400000-0000-4000-8000-000000000008', 'Grzegorz Demo-Nowicki', 'SOCIAL_EMPLOYMENT_ENTITY', FALSE, DATE '2026-06-01'),
('e1400000-0000-4000-8000-000000000006', '14', 'a1000000-0000-4000-8000-000000000007', 'Elżbieta Demo-Jankowska', 'SOCIAL_ECONOMY_COMMITTEE', FALSE, DATE '2026-05-01')
ON CONFLICT (id) DO NOTHING;

INSERT INTO rpw_meeting (id, voivodeship, held_on, place, agenda, minutes, decisions, recorded_by, recorded_at) VALUES
('e1410000-0000-4000-8000-000000000001', '14', DATE '2026-10-20', 'Warszawa, ul. Grzybowska 80/82, sala 104 (demo)',
 E'1. Nasycenie województwa podmiotami zatrudnienia socjalnego (CIS, KIS) wobec potrzeb.\n2. Gminy MLW: Legionowo, Radom, Otwock, Płock.\n3. Rekomendacje dla gmin i powiatów.',
 E'Omówiono raport RPW: w powiecie legionowskim działają KIS w Legionowie i CIS w Wieliszewie; większość powiatów województwa nie ma żadnego CIS ani KIS.\nPrzedstawiciel OWES zaproponował wsparcie gmin w tworzeniu KIS przy OPS.',
 ARRAY['Przygotować rekomendację dla gminy Legionowo dotyczącą liczby miejsc w KIS.', 'Zaprosić na kolejne posiedzenie przedstawicieli ZSL z Radomia i Otwocka.'],
 'Tomasz Wójcik', TIMESTAMPTZ '2026-10-20 15:00:00+02')
ON CONFLICT (id) DO NOTHING;

INSERT INTO rpw_meeting_attendance (meeting_id, member_id) VALUES
('e1410000-0000-4000-8000-000000000001', 'e1400000-0000-4000-8000-000000000001'),
('e1410000-0000-4000-8000-000000000001', 'e1400000-0000-4000-8000-000000000002'),
('e1410000-0000-4000-8000-000000000001', 'e1400000-0000-4000-8000-000000000003'),
('e1410000-0000-4000-8000-000000000001', 'e1400000-0000-4000-8000-000000000004'),
('e1410000-0000-4000-8000-000000000001', 'e1400000-0000-4000-8000-000000000005')
ON CONFLICT (meeting_id, member_id) DO NOTHING;

-- Two recommendations (demo): to gmina Legionowo (acknowledged) and to powiat otwocki (issued)
INSERT INTO recommendation (id, voivodeship, territory_teryt, text, indicators, status, issued_by_institution_id, issued_by, issued_at, updated_at, version) VALUES
('e1420000-0000-4000-8000-000000000001', '14', '1408011',
 'Rekomendacja (demo): zwiększyć liczbę miejsc w KIS „Wspólna Droga” o 10 i uzgodnić z PUP w Legionowie kierowanie osób długotrwale bezrobotnych; liczba miejsc w CIS i KIS na 100 osób korzystających z pomocy z powodu bezrobocia jest niższa niż w powiecie.',
 ARRAY['CIS_KIS_PLACES_PER_10K', 'NEED_SA_UNEMPLOYMENT'], 'ACKNOWLEDGED', 'a1000000-0000-4000-8000-000000000007', 'Tomasz Wójcik',
 TIMESTAMPTZ '2026-10-27 10:00:00+01', TIMESTAMPTZ '2026-11-03 09:00:00+01', 1),
('e1420000-0000-4000-8000-000000000002', '14', '1417',
 'Rekomendacja (demo): rozważyć utworzenie CIS w powiecie otwockim we współpracy z OWES; w powiecie działa jeden KIS, a liczba długotrwale bezrobotnych rośnie.',
 ARRAY['CIS_ENTITIES', 'NEED_UNEMPLOYED_LONG_TERM'], 'ISSUED', 'a1000000-0000-4000-8000-000000000007', 'Tomasz Wójcik',
 TIMESTAMPTZ '2026-11-05 10:00:00+01', TIMESTAMPTZ '2026-11-05 10:00:00+01', 0)
ON CONFLICT (id) DO NOTHING;

INSERT INTO recommendation_history (id, recommendation_id, at, actor_name, actor_institution_id, from_status, to_status, note) VALUES
('e1430000-0000-4000-8000-000000000001', 'e1420000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-10-27 10:00:00+01', 'Tomasz Wójcik',
 'a1000000-0000-4000-8000-000000000007', NULL, 'ISSUED', NULL),
('e1430000-0000-4000-8000-000000000002', 'e1420000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-11-03 09:00:00+01', 'Jan Kowalski',
 'a1000000-0000-4000-8000-000000000001', 'ISSUED', 'ACKNOWLEDGED', NULL),
('e1430000-0000-4000-8000-000000000003', 'e1420000-0000-4000-8000-000000000002', TIMESTAMPTZ '2026-11-05 10:00:00+01', 'Tomasz Wójcik',
 'a1000000-0000-4000-8000-000000000007', NULL, 'ISSUED', NULL)
ON CONFLICT (id) DO NOTHING;
