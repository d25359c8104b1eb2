-- A national-scale institution directory for the benchmark (bench/run.sh runs this with psql
-- against the benchmark's own, freshly migrated database; never against a real one).
--
--   psql -v total=100000 -v seed=20250101 [-v population_csv=/abs/path/population.csv] -f bench/generate.sql
--
-- Deterministic: every "random" choice is a hash of the row number and a salt
-- (hashint8extended), so the same total and seed give the same rows on any machine and in any
-- plan order. Tops the table up to :total institutions (the six reference entries of V7 count):
--   * one OPS per gmina (2,479), one PUP per powiat (380), one PCPR per land powiat (314), one
--     ROPS per voivodeship where the seed data has none (15), all in the real TERYT gminas of
--     the `gmina` table (V2);
--   * the rest (NGOs, social cooperatives, CIS/KIS, WTZ/ZAZ, agencies, ...) spread over the
--     2,479 gminas in proportion to a weight: the gmina's population when the temporary table
--     `population` holds it (GUS BDL file, optional), otherwise the mean population of its class
--     (rural / urban-rural / urban gmina / city with powiat rights / Warsaw);
--   * Polish names with diacritics, streets, postal codes of the region, phones, e-mails,
--     REGON/NIP with valid check digits, KRS numbers, official statuses (some expired), places,
--     cooperation areas, about 3 % deactivated entries, and 0-3 offerings of catalogue services
--     the institution's type provides (most active, some suspended or ended).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
-- room for the work tables (set before the first temporary table) and the index builds
SET temp_buffers = '256MB';
SET maintenance_work_mem = '256MB';
BEGIN;

-- optional: GUS BDL population per gmina (teryt,level,name,year,population,derived), read by
-- the server (the benchmark's database runs on this machine)
CREATE TEMP TABLE population (teryt text, level text, name text, year int, population bigint, derived int);
\if :{?population_csv}
COPY population FROM :'population_csv' (FORMAT csv, HEADER);
\endif

-- u(n, salt): a uniform number in [0, 1), a pure function of n, salt and the seed
CREATE FUNCTION pg_temp.u(n bigint, salt int) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ((hashint8extended(n, salt + :seed) >> 11) & 9007199254740991)::double precision / 9007199254740992.0;

-- pick(values, n, salt): one element of values
CREATE FUNCTION pg_temp.pick(arr text[], n bigint, salt int) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN arr[1 + floor(pg_temp.u(n, salt) * cardinality(arr))::int];

-- digits(n, salt, k): k pseudo-random decimal digits
CREATE FUNCTION pg_temp.digits(n bigint, salt int, k int) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lpad((floor(pg_temp.u(n, salt) * (10::numeric ^ k)))::bigint::text, k, '0');

-- REGON (9 digits): an 8-digit base x and its check digit (weights 8 9 2 3 4 5 6 7, mod 11, 10 -> 0)
CREATE FUNCTION pg_temp.regon(x bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN x::text || ((8 * (x / 10000000 % 10) + 9 * (x / 1000000 % 10) + 2 * (x / 100000 % 10)
                        + 3 * (x / 10000 % 10) + 4 * (x / 1000 % 10) + 5 * (x / 100 % 10)
                        + 6 * (x / 10 % 10) + 7 * (x % 10)) % 11 % 10)::text;

-- NIP (10 digits): a 9-digit base y and its check digit (weights 6 5 7 2 3 4 5 6 7, mod 11); a
-- base whose check would be 10 (invalid) gets its last digit bumped, which moves the sum by 7
CREATE FUNCTION pg_temp.nip_sum(y bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN 6 * (y / 100000000 % 10) + 5 * (y / 10000000 % 10) + 7 * (y / 1000000 % 10)
           + 2 * (y / 100000 % 10) + 3 * (y / 10000 % 10) + 4 * (y / 1000 % 10)
           + 5 * (y / 100 % 10) + 6 * (y / 10 % 10) + 7 * (y % 10);
CREATE FUNCTION pg_temp.nip(y bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN pg_temp.nip_sum(y) % 11 < 10 THEN y::text || (pg_temp.nip_sum(y) % 11)::text
                ELSE (y - y % 10 + (y % 10 + 1) % 10)::text
                     || (pg_temp.nip_sum(y - y % 10 + (y % 10 + 1) % 10) % 11)::text END;

-- ------------------------------------------------------------------ word lists
-- word lists, as a function: an immutable call with a constant argument is folded into the plan
-- once (a table column would be de-TOASTed for every row)
CREATE FUNCTION pg_temp.words(kind text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE kind
  WHEN 'phrase' THEN
  ARRAY['Wspólna Droga', 'Nowy Start', 'Dobre Miejsce', 'Otwarte Drzwi', 'Promyk Nadziei',
        'Druga Szansa', 'Zielony Most', 'Bezpieczna Przystań', 'Ścieżka Życia', 'Złota Jesień',
        'Źródło', 'Przystań', 'Tęcza', 'Słoneczko', 'Uśmiech', 'Krok Dalej', 'Razem Łatwiej',
        'Pomocna Dłoń', 'Światełko', 'Żagiel', 'Gniazdo', 'Mała Ojczyzna', 'Wrzos', 'Jutrzenka',
        'Kuźnia Talentów', 'Pracownia Marzeń', 'Na Przełaj', 'Przyjazny Dom', 'Nasza Wieś',
        'Sąsiedzka Pomoc', 'Wiatrak', 'Zdrój', 'Dąb', 'Kłos', 'Jaskółka', 'Łąka', 'Pszczółka',
        'Żuraw', 'Źdźbło', 'Pogodna Jesień', 'Otwarte Serca', 'Ręka w Rękę', 'Ku Samodzielności',
        'Pod Lipami', 'Nad Wisłą', 'Przy Młynie', 'Zdążyć z Pomocą', 'Wspólny Dom', 'Nowa Nadzieja',
        'Lepsze Jutro', 'Bratnia Dusza', 'Szansa', 'Horyzont', 'Azymut', 'Kompas', 'Latarnia',
        'Wędrowiec', 'Przyszłość', 'Praca i Godność', 'Świetlik']
  WHEN 'patron' THEN
  ARRAY['Jana Pawła II', 'św. Brata Alberta', 'Marii Konopnickiej', 'Janusza Korczaka',
        'Ireny Sendlerowej', 'Stefana Żeromskiego', 'Henryka Sienkiewicza',
        'ks. Jerzego Popiełuszki', 'Mikołaja Kopernika', 'Tadeusza Kościuszki',
        'Józefa Piłsudskiego', 'Fryderyka Chopina', 'Marii Skłodowskiej-Curie',
        'Władysława Reymonta', 'Czesława Miłosza', 'Wisławy Szymborskiej', 'św. Faustyny',
        'bł. Hanny Chrzanowskiej', 'Heleny Modrzejewskiej', 'Stanisława Moniuszki']
  WHEN 'cause' THEN
  ARRAY['Osób Niepełnosprawnych', 'Rozwoju Wsi', 'Przeciwdziałania Bezrobociu',
        'Osób Bezdomnych', 'Seniorów', 'Dzieci i Młodzieży', 'Integracji Społecznej',
        'Rodzin Zastępczych', 'Aktywizacji Zawodowej', 'Trzeźwości', 'Osób z Autyzmem',
        'Ekonomii Społecznej', 'Osób Wykluczonych', 'Kobiet Wiejskich']
  WHEN 'saint' THEN
  ARRAY['św. Józefa', 'św. Wojciecha', 'św. Stanisława', 'św. Floriana', 'św. Jadwigi',
        'Matki Bożej Częstochowskiej', 'św. Mikołaja', 'św. Katarzyny',
        'Najświętszego Serca Pana Jezusa', 'św. Maksymiliana Kolbego']
  WHEN 'surname' THEN
  ARRAY['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski',
        'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur',
        'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski', 'Pawłowski', 'Michalski', 'Król',
        'Wieczorek', 'Jabłoński', 'Wróbel', 'Majewski', 'Olszewski', 'Stępień', 'Malinowski',
        'Górski', 'Sikora', 'Baran', 'Szewczyk', 'Tomaszewski', 'Pietrzak', 'Zalewski',
        'Jasiński', 'Sadowski', 'Bąk', 'Zawadzki', 'Włodarczyk', 'Chmielewski', 'Sokołowski',
        'Szczepański', 'Kołodziej', 'Czarnecki', 'Żak', 'Łukasik', 'Śliwiński']
  WHEN 'street' THEN
  ARRAY['Adama Mickiewicza', 'Tadeusza Kościuszki', 'Józefa Piłsudskiego', 'Juliusza Słowackiego',
        'Stefana Żeromskiego', 'Henryka Sienkiewicza', 'Marii Konopnickiej', 'Bolesława Prusa',
        'Fryderyka Chopina', 'Jana Pawła II', '3 Maja', '11 Listopada', 'Wojska Polskiego',
        'Armii Krajowej', 'Długa', 'Krótka', 'Polna', 'Leśna', 'Łąkowa', 'Ogrodowa', 'Szkolna',
        'Kościelna', 'Źródlana', 'Słoneczna', 'Kwiatowa', 'Lipowa', 'Klonowa', 'Brzozowa',
        'Wierzbowa', 'Świerkowa', 'Dębowa', 'Różana', 'Żytnia', 'Młyńska', 'Rynek',
        'Plac Wolności', 'Kolejowa', 'Dworcowa', 'Przemysłowa', 'Spółdzielcza', 'Rzemieślnicza',
        'Zamkowa', 'Grunwaldzka', 'Warszawska', 'Krakowska', 'Poznańska', 'Łódzka', 'Gdańska',
        'Toruńska', 'Lubelska', 'Wrocławska', 'Kielecka', 'Śląska', 'Mazowiecka', 'Pomorska',
        'Gnieźnieńska', 'Częstochowska', 'Strzelecka', 'Żołnierska', 'Ułańska']
  WHEN 'area' THEN
  ARRAY['aktywizacja zawodowa', 'integracja społeczna', 'wsparcie rodziny',
        'przeciwdziałanie bezdomności', 'rehabilitacja społeczna', 'ekonomia społeczna',
        'usługi opiekuńcze', 'przeciwdziałanie uzależnieniom', 'wsparcie seniorów',
        'edukacja i szkolenia']
  WHEN 'warsaw_district' THEN
  ARRAY['Bemowo', 'Białołęka', 'Bielany', 'Mokotów', 'Ochota', 'Praga-Południe', 'Praga-Północ',
        'Rembertów', 'Śródmieście', 'Targówek', 'Ursus', 'Ursynów', 'Wawer', 'Wesoła', 'Wilanów',
        'Włochy', 'Wola', 'Żoliborz']
  END;

-- ------------------------------------------------------------------ gminas and their weights
CREATE TEMP TABLE g AS
SELECT gm.teryt, gm.name, gm.type AS gtype, p.code AS powiat_code, p.name AS powiat_name,
       p.type AS powiat_type, v.code AS voiv_code, v.name AS voiv_name,
       CASE WHEN gm.teryt = '1465011' THEN 'warszawa'
            WHEN p.type LIKE 'miasto%' THEN 'city'
            WHEN gm.type = 'gmina miejska' THEN 'urban'
            WHEN gm.type = 'gmina miejsko-wiejska' THEN 'urban-rural'
            ELSE 'rural' END AS class,
       -- first two digits of the region's postal codes (Poczta Polska districts)
       (CASE v.code WHEN '02' THEN 50 WHEN '04' THEN 85 WHEN '06' THEN 20 WHEN '08' THEN 65
                    WHEN '10' THEN 90 WHEN '12' THEN 30 WHEN '14' THEN 0  WHEN '16' THEN 45
                    WHEN '18' THEN 35 WHEN '20' THEN 15 WHEN '22' THEN 80 WHEN '24' THEN 40
                    WHEN '26' THEN 25 WHEN '28' THEN 10 WHEN '30' THEN 60 ELSE 70 END)
         + floor(pg_temp.u(gm.teryt::bigint, 1) * 5)::int AS postal2
FROM gmina gm JOIN powiat p ON p.code = gm.powiat_code JOIN voivodeship v ON v.code = p.voivodeship_code;

ALTER TABLE g ADD COLUMN weight double precision;
UPDATE g SET weight = coalesce(
    (SELECT population FROM population WHERE level = 'gmina' AND population.teryt = g.teryt),
    -- mean population of the class (GUS 2025): rural 7.1k, urban-rural 12.9k, urban 23.4k,
    -- city with powiat rights 159k, Warsaw 1.87M
    CASE class WHEN 'rural' THEN 7100 WHEN 'urban-rural' THEN 12900 WHEN 'urban' THEN 23400
               WHEN 'city' THEN 159000 ELSE 1867000 END);

-- ------------------------------------------------------------------ fixed institutions
-- seat of a land powiat: its first urban gmina, else its first urban-rural one, else the first
CREATE TEMP TABLE seat AS
SELECT DISTINCT ON (powiat_code) powiat_code, teryt
FROM g ORDER BY powiat_code, CASE gtype WHEN 'gmina miejska' THEN 0 WHEN 'gmina miejsko-wiejska' THEN 1 ELSE 2 END, teryt;

CREATE TEMP TABLE fixed (type text, teryt text, name text, operator_name text);
INSERT INTO fixed
SELECT 'OPS', teryt,
       CASE class WHEN 'rural' THEN 'Gminny Ośrodek Pomocy Społecznej, gmina ' || name
                  WHEN 'urban-rural' THEN 'Miejsko-Gminny Ośrodek Pomocy Społecznej, gmina ' || name
                  WHEN 'urban' THEN 'Miejski Ośrodek Pomocy Społecznej, miasto ' || name
                  ELSE (CASE WHEN teryt::bigint % 2 = 0 THEN 'Miejski Ośrodek Pomocy Rodzinie, miasto '
                             ELSE 'Miejski Ośrodek Pomocy Społecznej, miasto ' END) || name END,
       CASE WHEN class IN ('rural', 'urban-rural') THEN 'Gmina ' || name ELSE 'Miasto ' || name END
FROM g WHERE teryt <> '1465011';
-- Warsaw: one OPS per district
INSERT INTO fixed
SELECT 'OPS', '1465011', 'Ośrodek Pomocy Społecznej Dzielnicy ' || d, 'm.st. Warszawa'
FROM unnest(pg_temp.words('warsaw_district')) d;
INSERT INTO fixed
SELECT 'PUP', s.teryt,
       CASE WHEN g.powiat_type LIKE 'miasto%' THEN 'Miejski Urząd Pracy, miasto ' || g.powiat_name
            ELSE 'Powiatowy Urząd Pracy, powiat ' || g.powiat_name END,
       CASE WHEN g.powiat_type LIKE 'miasto%' THEN 'Miasto ' || g.powiat_name ELSE 'Powiat ' || g.powiat_name END
FROM seat s JOIN g USING (teryt) WHERE s.teryt <> '1465011';   -- Warsaw's is in V7
INSERT INTO fixed
SELECT 'PCPR', s.teryt, 'Powiatowe Centrum Pomocy Rodzinie, powiat ' || g.powiat_name, 'Powiat ' || g.powiat_name
FROM seat s JOIN g USING (teryt) WHERE g.powiat_type = 'powiat';
INSERT INTO fixed
SELECT 'ROPS', t, 'Regionalny Ośrodek Polityki Społecznej, województwo ' || v.name, 'Samorząd Województwa'
FROM unnest(ARRAY['0264011', '0463011', '0663011', '0862011', '1061011', '1261011', '1661011',
                  '1863011', '2061011', '2261011', '2469011', '2661011', '2862011', '3064011',
                  '3262011']) t
JOIN voivodeship v ON v.code = substr(t, 1, 2);   -- mazowieckie's (MCPS) is in V7

-- ------------------------------------------------------------------ the weighted rest
CREATE TEMP TABLE type_mix (type text, share double precision);
INSERT INTO type_mix VALUES
  ('NGO', 47), ('SPOLDZIELNIA', 9), ('EMPLOYMENT_AGENCY', 10), ('FAMILY_CLUB', 6), ('KIS', 5),
  ('CIS', 3), ('WTZ', 4), ('ZAZ', 1.2), ('CUS', 3), ('CWR', 1.5), ('OHP', 1.5), ('OWES', 0.3),
  ('LSW', 2.5), ('ZGN', 1), ('OPS', 5);   -- OPS: branch offices and support centres of the gmina's centre
CREATE TEMP TABLE type_cdf AS
SELECT type, coalesce(sum(share) OVER w_before, 0) / sum(share) OVER () AS lo,
       CASE WHEN row_number() OVER (ORDER BY type DESC) = 1 THEN 2   -- the last one takes all of [lo, 1)
            ELSE sum(share) OVER w_upto / sum(share) OVER () END AS hi
FROM type_mix
WINDOW w_before AS (ORDER BY type ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
       w_upto AS (ORDER BY type ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);

-- institutions per gmina: proportional to the weight, largest remainders get the odd ones
CREATE TEMP TABLE slots AS
WITH need AS (SELECT :total - (SELECT count(*) FROM institution) - (SELECT count(*) FROM fixed) AS n),
     exact AS (SELECT teryt, weight / sum(weight) OVER () * (SELECT n FROM need) AS x FROM g),
     base AS (SELECT teryt, floor(x)::int AS b, x - floor(x) AS frac FROM exact),
     ranked AS (SELECT teryt, b, row_number() OVER (ORDER BY frac DESC, teryt) AS r FROM base)
SELECT teryt, b + CASE WHEN r <= (SELECT n FROM need) - (SELECT sum(b) FROM base) THEN 1 ELSE 0 END AS cnt
FROM ranked;

-- all new institutions, numbered 1..N in a fixed order
CREATE TEMP TABLE inst AS
SELECT row_number() OVER (ORDER BY src, teryt, k)::bigint AS n, type, teryt, name, operator_name
FROM (
  SELECT 0 AS src, teryt, row_number() OVER (ORDER BY type, teryt, name) AS k, type, name, operator_name FROM fixed
  UNION ALL
  SELECT 1, s.teryt, k, NULL, NULL, NULL FROM slots s, generate_series(1, s.cnt) k
) x;
UPDATE inst SET type = c.type FROM type_cdf c
WHERE inst.type IS NULL AND pg_temp.u(inst.n, 2) >= c.lo AND pg_temp.u(inst.n, 2) < c.hi;

-- names of the weighted rest, by type
UPDATE inst i SET name = CASE i.type
    WHEN 'NGO' THEN CASE floor(pg_temp.u(n, 3) * 8)::int
        WHEN 0 THEN 'Stowarzyszenie „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
        WHEN 1 THEN 'Fundacja „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
        WHEN 2 THEN 'Fundacja im. ' || pg_temp.pick(pg_temp.words('patron'), n, 5)
        WHEN 3 THEN 'Stowarzyszenie na rzecz ' || pg_temp.pick(pg_temp.words('cause'), n, 6)
        WHEN 4 THEN 'Fundacja na rzecz ' || pg_temp.pick(pg_temp.words('cause'), n, 6)
        WHEN 5 THEN (CASE WHEN g.class IN ('rural', 'urban-rural') THEN 'Stowarzyszenie Przyjaciół Gminy '
                          ELSE 'Towarzystwo Przyjaciół Miasta ' END) || g.name
        WHEN 6 THEN 'Parafialny Zespół Caritas przy Parafii ' || pg_temp.pick(pg_temp.words('saint'), n, 7)
        ELSE 'Stowarzyszenie Rozwoju Gminy ' || g.name END
    WHEN 'SPOLDZIELNIA' THEN 'Spółdzielnia Socjalna „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
    WHEN 'EMPLOYMENT_AGENCY' THEN CASE floor(pg_temp.u(n, 3) * 4)::int
        WHEN 0 THEN 'Agencja Pracy „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '” sp. z o.o.'
        WHEN 1 THEN pg_temp.pick(pg_temp.words('surname'), n, 8) || ' Personal Consulting sp. z o.o.'
        WHEN 2 THEN 'Biuro Pośrednictwa Pracy ' || pg_temp.pick(pg_temp.words('surname'), n, 8) || ' s.c.'
        ELSE pg_temp.pick(pg_temp.words('surname'), n, 8) || ' i Wspólnicy – Agencja Zatrudnienia sp.j.' END
    WHEN 'FAMILY_CLUB' THEN 'Klub dla Rodzin „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
    WHEN 'KIS' THEN CASE WHEN pg_temp.u(n, 3) < 0.5
        THEN 'Klub Integracji Społecznej „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
        ELSE 'Klub Integracji Społecznej, gmina ' || g.name END
    WHEN 'CIS' THEN 'Centrum Integracji Społecznej „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
    WHEN 'WTZ' THEN 'Warsztat Terapii Zajęciowej „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
    WHEN 'ZAZ' THEN 'Zakład Aktywności Zawodowej „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
    WHEN 'CUS' THEN 'Centrum Usług Społecznych, gmina ' || g.name
    WHEN 'CWR' THEN 'Centrum Wspierania Rodzin „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
    WHEN 'OHP' THEN CASE WHEN pg_temp.u(n, 3) < 0.5
        THEN 'Ochotnicze Hufce Pracy – Hufiec Pracy nr ' || (1 + floor(pg_temp.u(n, 9) * 30))::int
        ELSE 'Młodzieżowe Centrum Kariery OHP, ' || g.name END
    WHEN 'OWES' THEN 'Ośrodek Wsparcia Ekonomii Społecznej „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
    WHEN 'LSW' THEN 'Lokalny System Wsparcia „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
    WHEN 'ZGN' THEN 'Zakład Gospodarowania Nieruchomościami, gmina ' || g.name
    WHEN 'OPS' THEN (CASE floor(pg_temp.u(n, 3) * 3)::int
        WHEN 0 THEN 'Filia Ośrodka Pomocy Społecznej nr ' || (1 + floor(pg_temp.u(n, 9) * 9))::int
        WHEN 1 THEN 'Środowiskowy Dom Samopomocy „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”'
        ELSE 'Dzienny Dom Pomocy „' || pg_temp.pick(pg_temp.words('phrase'), n, 4) || '”' END) || ', ' || g.name
    END,
    operator_name = CASE WHEN i.type IN ('CUS', 'ZGN', 'LSW') THEN 'Gmina ' || g.name END
FROM g
WHERE g.teryt = i.teryt AND i.name IS NULL;

-- ------------------------------------------------------------------ bulk load
-- Secondary indexes are dropped for the load and rebuilt afterwards from their own definitions
-- (one sort per index instead of 100,000 insertions: the trigram index alone takes most of the
-- time otherwise). Foreign keys are not checked row by row (session_replication_role = replica
-- skips their triggers); the same references are checked in one pass after the load, below.
CREATE TEMP TABLE saved_index AS
SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS def
FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
WHERE x.indrelid IN ('institution'::regclass, 'offering'::regclass)
  AND NOT x.indisprimary AND NOT x.indisunique
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid);
SELECT format('DROP INDEX %I', name) FROM saved_index \gexec
SET session_replication_role = replica;

-- ------------------------------------------------------------------ institutions
INSERT INTO institution (id, external_id, type, stakeholder_role, name, gmina_teryt, street, postal_code, city,
                         legal_form, operator_name, phone, email, website, krs, regon, nip,
                         status_kind, status_granted_by, status_valid_from, status_valid_to, places,
                         cooperation_areas, active, created_at, updated_at)
SELECT md5('synergia-bench-institution-' || i.n)::uuid,
       'bench-' || i.n,
       i.type,
       it.stakeholder_role,
       i.name,
       i.teryt,
       CASE WHEN pg_temp.pick(pg_temp.words('street'), i.n, 10) IN ('Rynek', 'Plac Wolności') THEN '' ELSE 'ul. ' END
         || pg_temp.pick(pg_temp.words('street'), i.n, 10) || ' ' || (1 + floor(pg_temp.u(i.n, 11) * 120))::int
         || CASE WHEN pg_temp.u(i.n, 12) < 0.2 THEN '/' || (1 + floor(pg_temp.u(i.n, 13) * 40))::int ELSE '' END,
       lpad(g.postal2::text, 2, '0') || '-' || pg_temp.digits(i.n, 14, 3),
       CASE WHEN i.teryt = '1465011' AND pg_temp.u(i.n, 15) < 0.5
            THEN 'Warszawa-' || pg_temp.pick(pg_temp.words('warsaw_district'), i.n, 16) ELSE g.name END,
       CASE i.type WHEN 'NGO' THEN CASE WHEN i.name LIKE 'Fundacja%' THEN 'fundacja' ELSE 'stowarzyszenie' END
                   WHEN 'SPOLDZIELNIA' THEN 'spółdzielnia socjalna'
                   WHEN 'EMPLOYMENT_AGENCY' THEN 'spółka prawa handlowego'
                   WHEN 'OPS' THEN 'jednostka budżetowa gminy'
                   WHEN 'PUP' THEN 'jednostka budżetowa powiatu'
                   WHEN 'PCPR' THEN 'jednostka budżetowa powiatu'
                   WHEN 'ROPS' THEN 'jednostka budżetowa województwa' END,
       i.operator_name,
       '+48 ' || (12 + floor(pg_temp.u(i.n, 17) * 80))::int || ' ' || pg_temp.digits(i.n, 18, 3) || ' '
         || pg_temp.digits(i.n, 19, 2) || ' ' || pg_temp.digits(i.n, 20, 2),
       CASE WHEN pg_temp.u(i.n, 21) < 0.8 THEN
         pg_temp.pick(ARRAY['biuro', 'kontakt', 'sekretariat', 'info'], i.n, 22) || '@'
         || lower(i.type) || '-' || regexp_replace(synergia_fold(g.name), '[^a-z0-9]+', '-', 'g')
         || '-' || i.n || '.pl' END,
       CASE WHEN pg_temp.u(i.n, 23) < 0.5 THEN
         'https://www.' || lower(i.type) || '-' || regexp_replace(synergia_fold(g.name), '[^a-z0-9]+', '-', 'g')
         || '-' || i.n || '.pl' END,
       CASE WHEN i.type IN ('NGO', 'SPOLDZIELNIA', 'EMPLOYMENT_AGENCY') THEN '0000' || pg_temp.digits(i.n, 24, 6) END,
       CASE WHEN pg_temp.u(i.n, 25) < 0.9 THEN pg_temp.regon(ids.regon_base) END,
       CASE WHEN pg_temp.u(i.n, 26) < 0.9 THEN pg_temp.nip(ids.nip_base) END,
       st.kind,
       CASE WHEN st.kind IS NOT NULL THEN CASE st.kind
         WHEN 'WTZ_APPROVAL' THEN CASE WHEN g.powiat_type LIKE 'miasto%' THEN 'Prezydent Miasta na prawach powiatu ' || g.powiat_name
                                       ELSE 'Starosta ' || initcap(g.powiat_name) END
         WHEN 'OWES_ACCREDITATION' THEN 'Minister Rodziny, Pracy i Polityki Społecznej'
         WHEN 'KRAZ_ENTRY' THEN 'Marszałek Województwa ' || initcap(regexp_replace(g.voiv_name, 'kie$', 'kiego'))
         ELSE 'Wojewoda ' || initcap(regexp_replace(g.voiv_name, 'kie$', 'ki')) END END,
       CASE WHEN st.kind IS NOT NULL THEN DATE '2012-01-01' + floor(pg_temp.u(i.n, 27) * 4900)::int END,
       CASE WHEN st.kind IS NOT NULL AND pg_temp.u(i.n, 28) < 0.6
            THEN DATE '2012-01-01' + floor(pg_temp.u(i.n, 27) * 4900)::int + 365 * (2 + floor(pg_temp.u(i.n, 29) * 5))::int END,
       CASE i.type WHEN 'CIS' THEN 20 + floor(pg_temp.u(i.n, 30) * 40)::int
                   WHEN 'WTZ' THEN 25 + floor(pg_temp.u(i.n, 30) * 30)::int
                   WHEN 'ZAZ' THEN 20 + floor(pg_temp.u(i.n, 30) * 60)::int
                   WHEN 'KIS' THEN 10 + floor(pg_temp.u(i.n, 30) * 20)::int END,
       CASE WHEN pg_temp.u(i.n, 31) < 0.6 THEN ARRAY[pg_temp.pick(pg_temp.words('area'), i.n, 32)]
            WHEN pg_temp.u(i.n, 31) < 0.8 THEN ARRAY[pg_temp.pick(pg_temp.words('area'), i.n, 32), pg_temp.pick(pg_temp.words('area'), i.n, 33)]
            ELSE '{}' END,
       i.type IN ('OPS', 'PUP', 'PCPR', 'ROPS') AND i.name NOT LIKE 'Filia%' OR pg_temp.u(i.n, 34) >= 0.03,
       TIMESTAMPTZ '2024-01-01 08:00+01' + pg_temp.u(i.n, 35) * INTERVAL '600 days',
       TIMESTAMPTZ '2024-01-01 08:00+01' + pg_temp.u(i.n, 35) * INTERVAL '600 days'
         + pg_temp.u(i.n, 36) * INTERVAL '90 days'
FROM inst i
JOIN g ON g.teryt = i.teryt
JOIN institution_type it ON it.code = i.type
CROSS JOIN LATERAL (SELECT 10000000 + floor(pg_temp.u(i.n, 71) * 90000000)::bigint AS regon_base,
                           100000000 + floor(pg_temp.u(i.n, 73) * 900000000)::bigint AS nip_base) ids
LEFT JOIN LATERAL (SELECT CASE i.type WHEN 'CIS' THEN 'CIS_STATUS' WHEN 'KIS' THEN 'KIS_REGISTER'
                                      WHEN 'ZAZ' THEN 'ZAZ_STATUS' WHEN 'WTZ' THEN 'WTZ_APPROVAL'
                                      WHEN 'OWES' THEN 'OWES_ACCREDITATION'
                                      WHEN 'EMPLOYMENT_AGENCY' THEN 'KRAZ_ENTRY' END AS kind) st ON true;

-- ------------------------------------------------------------------ offerings
-- 0-3 catalogue services the type provides (current ones only), most active
INSERT INTO offering (id, institution_id, service_code, places, status, created_at, updated_at)
SELECT DISTINCT ON (i.n, svc) md5('synergia-bench-offering-' || i.n || '-' || j)::uuid,
       md5('synergia-bench-institution-' || i.n)::uuid,
       svc,
       CASE WHEN pg_temp.u(i.n * 4 + j, 41) < 0.3 THEN 5 + floor(pg_temp.u(i.n * 4 + j, 42) * 40)::int END,
       CASE WHEN pg_temp.u(i.n * 4 + j, 43) < 0.9 THEN 'ACTIVE'
            WHEN pg_temp.u(i.n * 4 + j, 43) < 0.96 THEN 'SUSPENDED' ELSE 'ENDED' END,
       TIMESTAMPTZ '2024-06-01 08:00+02' + pg_temp.u(i.n * 4 + j, 44) * INTERVAL '400 days',
       TIMESTAMPTZ '2024-06-01 08:00+02' + pg_temp.u(i.n * 4 + j, 44) * INTERVAL '400 days'
FROM inst i
JOIN (SELECT spt.institution_type_code AS type, array_agg(s.code ORDER BY s.code) AS codes
      FROM service_provider_type spt JOIN service s ON s.code = spt.service_code
      WHERE NOT s.historical AND (s.valid_to IS NULL OR s.valid_to >= DATE '2025-06-01')
      GROUP BY spt.institution_type_code) p ON p.type = i.type
CROSS JOIN LATERAL generate_series(1, floor(pg_temp.u(i.n, 40) * 4)::int) j
CROSS JOIN LATERAL (SELECT pg_temp.pick(p.codes, i.n * 4 + j, 45) AS svc) c
ORDER BY i.n, svc, j;

SET session_replication_role = origin;
SELECT def FROM saved_index \gexec

-- the foreign keys the load did not check row by row
DO $$
DECLARE bad bigint;
BEGIN
  SELECT count(*) INTO bad FROM institution i
  WHERE NOT EXISTS (SELECT 1 FROM gmina g WHERE g.teryt = i.gmina_teryt)
     OR NOT EXISTS (SELECT 1 FROM institution_type t WHERE t.code = i.type)
     OR (i.operator_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM institution o WHERE o.id = i.operator_id));
  IF bad > 0 THEN RAISE EXCEPTION '% institutions with a dangling reference', bad; END IF;
  SELECT count(*) INTO bad FROM offering o
  WHERE NOT EXISTS (SELECT 1 FROM institution i WHERE i.id = o.institution_id)
     OR NOT EXISTS (SELECT 1 FROM service s WHERE s.code = o.service_code);
  IF bad > 0 THEN RAISE EXCEPTION '% offerings with a dangling reference', bad; END IF;
END $$;

-- the directory's search table (V82) of every entry at once: its triggers were off for the bulk load
SELECT institution_search_refresh(ARRAY(SELECT id FROM institution));

COMMIT;

-- a settled database, as production is after autovacuum: statistics and visibility map
VACUUM (ANALYZE) institution;
VACUUM (ANALYZE) offering;
VACUUM (ANALYZE) institution_search;

SELECT 'institutions' AS what, count(*) AS n FROM institution
UNION ALL SELECT 'active institutions', count(*) FROM institution WHERE active
UNION ALL SELECT 'offerings', count(*) FROM offering
UNION ALL SELECT 'voivodeships covered', count(DISTINCT substr(gmina_teryt, 1, 2)) FROM institution
UNION ALL SELECT 'gminas covered', count(DISTINCT gmina_teryt) FROM institution
UNION ALL SELECT 'weighting: population rows', count(*) FROM population WHERE level = 'gmina';
