-- Demo partnership for local runs (issue #5): an ACTIVE Pakt na rzecz MLW in gmina Legionowo,
-- initiated by MOPS Legionowo. Applied only when synergia.demo-data.enabled=true, after
-- demo-data.sql; idempotent (fixed ids, ON CONFLICT DO NOTHING, history only once).
-- Consistent with V25–V27: version 1 is generated from the model text PACT_MLW and inserted
-- already signed (it is never updated afterwards: signed versions are frozen), the history is
-- only appended, ZSL members are delegated by JOINED signatories.
INSERT INTO partnership (id, gmina_teryt, kind, template_code, title, goals, separate_agreements, status,
    initiator_institution_id, created_by_subject, created_by_name, created_at, updated_at, activated_at)
SELECT 'b5000000-0000-4000-8000-000000000001', '1408011', 'PACT', 'PACT_MLW',
    'Pakt na rzecz Modelu Lokalnej Współpracy w Gminie Legionowo', t.default_goals, NULL, 'ACTIVE',
    'a1000000-0000-4000-8000-000000000001', 'demo-data', 'Jan Kowalski',
    TIMESTAMPTZ '2026-02-02 09:00:00+01', TIMESTAMPTZ '2026-03-16 12:00:00+01', TIMESTAMPTZ '2026-03-16 12:00:00+01'
FROM partnership_template t WHERE t.code = 'PACT_MLW'
ON CONFLICT (id) DO NOTHING;

INSERT INTO partnership_version (id, partnership_id, number, note, author_subject, author_name, author_institution_id,
    created_at, signed, signed_at) VALUES
('b5000000-0000-4000-8000-000000000011', 'b5000000-0000-4000-8000-000000000001', 1,
 'Wersja wygenerowana z tekstu modelowego (seed 004: Gminny Pakt na rzecz MLW)', 'demo-data', 'Jan Kowalski',
 'a1000000-0000-4000-8000-000000000001', TIMESTAMPTZ '2026-02-02 09:00:00+01', TRUE, TIMESTAMPTZ '2026-03-16 12:00:00+01')
ON CONFLICT (id) DO NOTHING;

-- The model text filled for Legionowo (gmina miejska, województwo mazowieckie), as PartnershipTexts does
INSERT INTO partnership_version_section (version_id, position, number, heading, body)
SELECT 'b5000000-0000-4000-8000-000000000011', s.position, s.number, s.heading,
    replace(replace(replace(replace(replace(s.body,
        '{{gmina}}', 'Legionowo'), '{{radaGminy}}', 'Rada Miejska'), '{{urzedzieGminy}}', 'Urzędzie Miejskim'),
        '{{wojewodztwa}}', 'Mazowieckiego'), '{{wojewodztwie}}', 'Mazowieckim')
FROM partnership_template_section s WHERE s.template_code = 'PACT_MLW'
ON CONFLICT (version_id, position) DO NOTHING;

INSERT INTO partnership_signatory (id, partnership_id, institution_id, person_name, person_function,
    representative_name, representative_function, status, invited_by_subject, invited_by_name, invited_at,
    joined_on, joined_recorded_by) VALUES
('b5000000-0000-4000-8000-000000000021', 'b5000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000001', NULL, NULL,
 'Jan Kowalski', 'Dyrektor MOPS', 'JOINED', 'demo-data', 'Jan Kowalski', TIMESTAMPTZ '2026-02-02 09:00:00+01', DATE '2026-02-02', 'Jan Kowalski'),
('b5000000-0000-4000-8000-000000000022', 'b5000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000002', NULL, NULL,
 'Paweł Kamiński', 'Dyrektor PUP', 'JOINED', 'demo-data', 'Jan Kowalski', TIMESTAMPTZ '2026-02-03 10:00:00+01', DATE '2026-02-10', 'Paweł Kamiński'),
('b5000000-0000-4000-8000-000000000023', 'b5000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000003', NULL, NULL,
 'Piotr Zieliński', 'Prezes Zarządu', 'JOINED', 'demo-data', 'Jan Kowalski', TIMESTAMPTZ '2026-02-03 10:05:00+01', DATE '2026-02-12', 'Piotr Zieliński'),
('b5000000-0000-4000-8000-000000000024', 'b5000000-0000-4000-8000-000000000001', NULL, 'Krystyna Malinowska', 'Sołtys sołectwa Jabłonna-Osiedle',
 'Krystyna Malinowska', 'Sołtys', 'JOINED', 'demo-data', 'Jan Kowalski', TIMESTAMPTZ '2026-02-04 11:00:00+01', DATE '2026-02-20', 'Jan Kowalski')
ON CONFLICT (id) DO NOTHING;

INSERT INTO partnership_stakeholder (id, partnership_id, institution_id, name, sector, outside_gmina, usefulness,
    resources_technical, resources_personnel, resources_financial, code, scenario_notes, scenario_outcome, created_at, updated_at) VALUES
('b5000000-0000-4000-8000-000000000031', 'b5000000-0000-4000-8000-000000000001', 'a1000000-0000-4000-8000-000000000004', NULL,
 'CIVIL_SOCIETY', FALSE, 'Prowadzi zajęcia reintegracji społecznej i zawodowej dla uczestników KIS',
 'Sala szkoleniowa, pracownia komputerowa', 'Trener pracy, psycholog', NULL, 'SUPPORTER', NULL, NULL,
 TIMESTAMPTZ '2026-02-05 09:00:00+01', TIMESTAMPTZ '2026-02-05 09:00:00+01'),
('b5000000-0000-4000-8000-000000000032', 'b5000000-0000-4000-8000-000000000001', NULL, 'Szkoła Podstawowa nr 3 w Legionowie',
 'EDUCATION', FALSE, 'Udostępnia salę gimnastyczną i pracownie na zajęcia dla rodzin',
 'Sala gimnastyczna, pracownie', 'Pedagog szkolny', NULL, 'SUPPORTER', NULL, NULL,
 TIMESTAMPTZ '2026-02-05 09:10:00+01', TIMESTAMPTZ '2026-02-05 09:10:00+01'),
('b5000000-0000-4000-8000-000000000033', 'b5000000-0000-4000-8000-000000000001', NULL, 'Miejski Ośrodek Kultury w Legionowie',
 'CULTURE', FALSE, 'Zajęcia kulturalne dla uczestników programów zatrudnienia socjalnego',
 'Sala widowiskowa', 'Animatorzy kultury', NULL, 'SUPPORTER', NULL, NULL,
 TIMESTAMPTZ '2026-02-05 09:20:00+01', TIMESTAMPTZ '2026-02-05 09:20:00+01'),
('b5000000-0000-4000-8000-000000000034', 'b5000000-0000-4000-8000-000000000001', NULL, 'Spółdzielnia Mieszkaniowa „Jagiellońska”',
 'BUSINESS', FALSE, 'Możliwe miejsca prac społecznie użytecznych na terenie osiedli',
 'Zaplecze techniczne osiedli', NULL, NULL, 'NEUTRAL',
 'Spotkanie prezesa z dyrektorem MOPS i przedstawicielem PUP; prezentacja korzyści z prac społecznie użytecznych dla osiedli.',
 'PENDING', TIMESTAMPTZ '2026-02-05 09:30:00+01', TIMESTAMPTZ '2026-02-05 09:30:00+01')
ON CONFLICT (id) DO NOTHING;

INSERT INTO zsl (partnership_id, initiator_kind, initiator_name, initiator_institution_id, established_on, updated_at) VALUES
('b5000000-0000-4000-8000-000000000001', 'GMINA_COUNCIL', 'Rada Miejska w Legionowie', NULL, DATE '2026-03-20',
 TIMESTAMPTZ '2026-04-08 14:00:00+02')
ON CONFLICT (partnership_id) DO NOTHING;

INSERT INTO zsl_member (id, partnership_id, person_name, signatory_id, role, from_date) VALUES
('b5000000-0000-4000-8000-000000000041', 'b5000000-0000-4000-8000-000000000001', 'Ewa Nowak', 'b5000000-0000-4000-8000-000000000021', 'CHAIR', DATE '2026-03-20'),
('b5000000-0000-4000-8000-000000000042', 'b5000000-0000-4000-8000-000000000001', 'Marta Wiśniewska', 'b5000000-0000-4000-8000-000000000022', 'DEPUTY_CHAIR', DATE '2026-03-20'),
('b5000000-0000-4000-8000-000000000043', 'b5000000-0000-4000-8000-000000000001', 'Barbara Kowalczyk', 'b5000000-0000-4000-8000-000000000023', 'SECRETARY', DATE '2026-03-20'),
('b5000000-0000-4000-8000-000000000044', 'b5000000-0000-4000-8000-000000000001', 'Krystyna Malinowska', 'b5000000-0000-4000-8000-000000000024', 'MEMBER', DATE '2026-03-20')
ON CONFLICT (id) DO NOTHING;

INSERT INTO zsl_meeting (id, partnership_id, held_on, place, agenda, minutes, decisions, recorded_by, recorded_at) VALUES
('b5000000-0000-4000-8000-000000000051', 'b5000000-0000-4000-8000-000000000001', DATE '2026-04-08', 'MOPS Legionowo, sala 12',
 'Ukonstytuowanie się Zespołu Synergii Lokalnej; harmonogram prac nad Gminnym Katalogiem Interesariuszy',
 'Zespół wybrał przewodniczącą, zastępczynię i sekretarza. Omówiono stan katalogu interesariuszy i scenariusz rozmowy ze spółdzielnią mieszkaniową.',
 ARRAY['Posiedzenia co miesiąc w drugi wtorek', 'Rozmowa ze Spółdzielnią Mieszkaniową „Jagiellońska” do końca kwietnia'],
 'Piotr Zieliński', TIMESTAMPTZ '2026-04-08 14:00:00+02')
ON CONFLICT (id) DO NOTHING;

INSERT INTO zsl_meeting_attendance (meeting_id, member_id) VALUES
('b5000000-0000-4000-8000-000000000051', 'b5000000-0000-4000-8000-000000000041'),
('b5000000-0000-4000-8000-000000000051', 'b5000000-0000-4000-8000-000000000042'),
('b5000000-0000-4000-8000-000000000051', 'b5000000-0000-4000-8000-000000000043')
ON CONFLICT (meeting_id, member_id) DO NOTHING;

-- History (append-only, serial ids): written once, when the demo partnership has none yet
INSERT INTO partnership_event (partnership_id, occurred_at, actor_subject, actor_name, actor_institution_id, action, summary)
SELECT 'b5000000-0000-4000-8000-000000000001', e.occurred_at, 'demo-data', e.actor_name, e.actor_institution_id, e.action, e.summary
FROM (VALUES
    (TIMESTAMPTZ '2026-02-02 09:00:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'CREATED',
     'Utworzono projekt: „Pakt na rzecz Modelu Lokalnej Współpracy w Gminie Legionowo” (Pakt, gmina Legionowo); inicjator: Miejski Ośrodek Pomocy Społecznej w Legionowie, przystąpił od razu; wersja 1 z tekstu modelowego.'),
    (TIMESTAMPTZ '2026-02-03 10:00:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'SIGNATORY_INVITED',
     'Zaproszono: Powiatowy Urząd Pracy w Legionowie.'),
    (TIMESTAMPTZ '2026-02-03 10:05:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'SIGNATORY_INVITED',
     'Zaproszono: Stowarzyszenie „Wspólna Droga”.'),
    (TIMESTAMPTZ '2026-02-04 11:00:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'SIGNATORY_INVITED',
     'Zaproszono osobę prywatną: Krystyna Malinowska (Sołtys sołectwa Jabłonna-Osiedle).'),
    (TIMESTAMPTZ '2026-02-05 09:30:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'STAKEHOLDER_ADDED',
     'Do katalogu interesariuszy dodano 4 podmioty (3 popierające, 1 neutralny ze scenariuszem oddziaływania).'),
    (TIMESTAMPTZ '2026-02-10 12:00:00+01', 'Paweł Kamiński', UUID 'a1000000-0000-4000-8000-000000000002', 'SIGNATORY_JOINED',
     'Przystąpił: Powiatowy Urząd Pracy w Legionowie (reprezentant: Paweł Kamiński).'),
    (TIMESTAMPTZ '2026-02-12 12:00:00+01', 'Piotr Zieliński', UUID 'a1000000-0000-4000-8000-000000000003', 'SIGNATORY_JOINED',
     'Przystąpił: Stowarzyszenie „Wspólna Droga” (reprezentant: Piotr Zieliński).'),
    (TIMESTAMPTZ '2026-02-20 12:00:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'SIGNATORY_JOINED',
     'Przystąpiła osoba prywatna: Krystyna Malinowska (Sołtys sołectwa Jabłonna-Osiedle).'),
    (TIMESTAMPTZ '2026-03-02 09:00:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'STATUS_CHANGED',
     'Status: projekt → konsultacje.'),
    (TIMESTAMPTZ '2026-03-16 12:00:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'VERSION_SIGNED',
     'Podpisano wersję 1; jest zamrożona.'),
    (TIMESTAMPTZ '2026-03-16 12:00:00+01', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'STATUS_CHANGED',
     'Status: konsultacje → aktywne.'),
    (TIMESTAMPTZ '2026-04-08 14:00:00+02', 'Jan Kowalski', UUID 'a1000000-0000-4000-8000-000000000001', 'ZSL_UPDATED',
     'Zespół Synergii Lokalnej powołany przez Radę Miejską w Legionowie 20 marca 2026 r.; 4 członków delegowanych przez sygnatariuszy.'),
    (TIMESTAMPTZ '2026-04-08 14:00:00+02', 'Piotr Zieliński', UUID 'a1000000-0000-4000-8000-000000000003', 'ZSL_MEETING_ADDED',
     'Zapisano posiedzenie ZSL: 2026-04-08, MOPS Legionowo, sala 12.')
) AS e (occurred_at, actor_name, actor_institution_id, action, summary)
WHERE NOT EXISTS (SELECT 1 FROM partnership_event x WHERE x.partnership_id = 'b5000000-0000-4000-8000-000000000001');
