-- Demo institutions for local runs and the demo realm (deploy/keycloak/synergia-realm.json).
-- Applied only when synergia.demo-data.enabled=true; idempotent. Ids are listed in docs/development.md.
INSERT INTO institution (id, type, name, gmina_teryt, street, postal_code, city) VALUES
('a1000000-0000-4000-8000-000000000001', 'OPS',  'Miejski Ośrodek Pomocy Społecznej w Legionowie', '1408011', 'ul. Piłsudskiego 12', '05-120', 'Legionowo'),
('a1000000-0000-4000-8000-000000000002', 'PUP',  'Powiatowy Urząd Pracy w Legionowie', '1408011', 'ul. Sienkiewicza 3', '05-120', 'Legionowo'),
('a1000000-0000-4000-8000-000000000003', 'NGO',  'Stowarzyszenie „Wspólna Droga”', '1408011', 'ul. Jagiellońska 7', '05-120', 'Legionowo'),
('a1000000-0000-4000-8000-000000000004', 'KIS',  'Klub Integracji Społecznej „Wspólna Droga”', '1408011', 'ul. Jagiellońska 7', '05-120', 'Legionowo'),
('a1000000-0000-4000-8000-000000000005', 'OPS',  'Gminny Ośrodek Pomocy Społecznej w Wieliszewie', '1408052', 'ul. Kościelna 18', '05-135', 'Wieliszew'),
('a1000000-0000-4000-8000-000000000006', 'CIS',  'Centrum Integracji Społecznej w Wieliszewie', '1408052', 'ul. Modlińska 5', '05-135', 'Wieliszew'),
('a1000000-0000-4000-8000-000000000007', 'ROPS', 'Mazowieckie Centrum Polityki Społecznej', '1465011', 'ul. Grzybowska 80/82', '00-844', 'Warszawa')
ON CONFLICT (id) DO NOTHING
