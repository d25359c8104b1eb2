-- Model texts of partnership agreements (reference data).
-- PACT_MLW: the model text of seed 004 ("Projekt – PAKT NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY",
-- prepared in the MLW pilot in the Lubelskie voivodeship), §1–§7 verbatim; only the line breaks
-- and hyphenation of the source PDF are removed. Placeholders, filled when a partnership is created:
--   {{gmina}}          name of the partnership's gmina ("na obszarze Gminy {{gmina}}")
--   {{radaGminy}}      "Rada Miejska" (urban and urban-rural gmina, as in the seed) or "Rada Gminy" (rural)
--   {{urzedzieGminy}}  "Urzędzie Miejskim" (as in the seed) or "Urzędzie Gminy" (rural)
--   {{wojewodztwa}}    voivodeship in the genitive ("Mazowieckiego"), {{wojewodztwie}} in the locative
-- The preamble of the seed cites Lubelskie resolutions by number and date; here those become
-- [bracketed blanks] that the drafters fill in the next version.
-- COOPERATION_AGREEMENT: the agreement of one OPS, one PUP and one NGO for the integration
-- service of seeds 000/001 (WRZOS "Modelowy system"), written in the same style; the seeds give
-- its purpose and parties but no model text.

INSERT INTO partnership_template (code, kind, title, subtitle, annex_title, default_goals, legal_character, source) VALUES
('PACT_MLW', 'PACT',
 'PAKT NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY',
 '„Wspieranie i rozwój usług reintegracji społecznej i zawodowej”',
 'Załącznik – LISTA SYGNATARIUSZY PAKTU NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY',
 'Uzyskanie w gminie synergii działań instytucji odpowiedzialnych za realizację zadań reintegracji społeczno-zawodowej grup osób wykluczonych społecznie, wzmacniającej jakość i efektywność świadczonych usług poprzez partnerską współpracę sygnatariuszy Paktu na rzecz MLW.',
 'Przystąpienie do Paktu oraz udział w nim nie powodują powstania zobowiązań finansowych, a jeśli takowe miałyby powstać, muszą zostać potwierdzone odrębnymi umowami i porozumieniami (§ 5 ust. 1). Pakt zostaje zawarty na czas nieokreślony (§ 5 ust. 2).',
 'seed 004: Gminny Pakt na rzecz MLW, przykład projektu umowy partnerskiej przygotowanego przez jednego z wykonawców pilotażu MLW w województwie lubelskim'),
('COOPERATION_AGREEMENT_OPS_PUP_NGO', 'COOPERATION_AGREEMENT',
 'POROZUMIENIE O WSPÓŁPRACY',
 '„Modelowy system współpracy ośrodka pomocy społecznej, powiatowego urzędu pracy i organizacji pozarządowej w celu realizacji usługi integracji społeczno-zawodowej”',
 'Załącznik – LISTA STRON POROZUMIENIA O WSPÓŁPRACY',
 'Wzmocnienie instytucji pomocy społecznej i rynku pracy poprzez budowę systemu na rzecz integracji społecznej wspieranego przez organizacje pozarządowe.',
 'Zawarcie Porozumienia i udział w nim nie powodują powstania zobowiązań finansowych, a jeśli takowe miałyby powstać, muszą zostać potwierdzone odrębnymi umowami i porozumieniami (§ 4 ust. 1). Porozumienie zostaje zawarte na czas nieokreślony (§ 5 ust. 1).',
 'seeds 000 and 001: projekt WRZOS „Modelowy system na rzecz integracji społecznej” (porozumienia partnerstw lokalnych OPS, PUP i organizacji pozarządowej); tekst napisany na wzór Paktu z seed 004');

INSERT INTO partnership_template_section (template_code, position, number, heading, body) VALUES
('PACT_MLW', 1, NULL, 'Preambuła',
'Mając na uwadze postanowienia:
1. Strategii Polityki Społecznej Województwa {{wojewodztwa}} na lata [okres], przyjętej do realizacji Uchwałą Nr [numer] Sejmiku Województwa {{wojewodztwa}} z dnia [data],
2. Wieloletniego Regionalnego Planu Działania na rzecz Promocji Upowszechniania Ekonomii Społecznej oraz Rozwoju Instytucji Sektora Ekonomii Społecznej i jej Otoczenia w Województwie {{wojewodztwie}} na lata [okres], przyjętego do realizacji Uchwałą Nr [numer] Zarządu Województwa {{wojewodztwa}} z dnia [data],
a także misję instytucji publicznych gminy wobec swoich mieszkańców, którą jest m.in. dążenie do:
• zintegrowania społeczeństwa, wolnego od problemów ubóstwa i wykluczenia społecznego, solidarnego i bezpiecznego socjalnie,
• zapewnienia większej dostępności do zasobów i usług w sferze rynku pracy, w sferze społecznej – ochrona zdrowia, edukacja i kultura, oraz w sferze obywatelskiej,
• osiągnięcia większego stopnia społecznej przedsiębiorczości poprzez optymalne wykorzystanie systemu pomocy i wsparcia oraz rozwiązań ekonomii społecznej
uznano, że zawiązanie niniejszego Paktu będzie potwierdzeniem i deklaracją uczestnictwa w procesie stymulowania tworzenia i rozwoju podmiotów zatrudnienia socjalnego, działających na podstawie ustawy z dnia 13 czerwca 2003 r. o zatrudnieniu socjalnym (Dz. U. z 2003 r. Nr 122, poz. 1143 z późn. zm.).'),
('PACT_MLW', 2, '§ 1.', NULL,
'Sygnatariusze Paktu wspólnie uzgadniają, że celem jest rozwój na obszarze Gminy {{gmina}} instytucjonalnych podstaw do świadczenia usług reintegracji społecznej i zawodowej, poprzez:
• rozpowszechnianie wiedzy oraz edukowanie mieszkańców o problematyce zatrudnienia socjalnego jako elementu szeroko pojmowanego wsparcia i pomocy, świadczonych przez instytucje pomocy społecznej, rynku pracy oraz instytucje reintegracji społecznej i zawodowej,
• zapewnienie lokalnej współpracy instytucji samorządowej administracji, organizacji obywatelskich i osób prywatnych, szczególnie w zakresie wymiany informacyjnej o możliwościach wykorzystania zasobów i potencjału kadrowego dla świadczenia usług reintegracji społecznej i zawodowej,
• umożliwienie mieszkańcom, w szczególności zagrożonym ryzykiem wykluczenia społecznego, poszukiwania innowacyjnych rozwiązań własnych problemów i trudności życiowych w sferze zatrudnienia, rozwoju edukacyjnego i kulturalnego, organizowania życia rodzinnego i sąsiedzkiego, z wykorzystaniem możliwości podmiotów zatrudnienia socjalnego,
• zachęcenie mieszkańców do udziału we współtworzeniu i realizacji oraz monitorowaniu lokalnej polityki społecznej, w tym szczególnie do udziału w konsultacjach społecznych oraz w różnych formach dialogu społecznego.'),
('PACT_MLW', 3, '§ 2.', NULL,
'1. Sygnatariusze Paktu deklarują, iż każdy w ramach swojej statutowej działalności i kompetencji będzie podejmował działania na rzecz promowania i rozwoju systemu usług reintegracji społecznej i zawodowej na obszarze administracyjnym Gminy {{gmina}}, a także poza jej granicami.
2. Sygnatariusze Paktu, uznając, że lepsze rezultaty osiąga się poprzez współdziałanie, deklarują wolę lokalnej współpracy, szczególnie poprzez:
• uznanie konieczności działania jednego ośrodka koordynacyjnego z funkcją konsultacyjno-doradczą dla Władz Gminy, który zwany będzie Zespołem Synergii Lokalnej, w którego skład oddelegowani zostaną na zasadzie dobrowolności decyzji o udziale w pracach przedstawiciele Sygnatariuszy,
• uznanie, że instytucją wiodącą w powołaniu pierwszego składu Zespołu Synergii Lokalnej będzie {{radaGminy}} oraz że wykonywanie zadań w ramach tego zespołu będzie nieodpłatne, społecznie potrzebne i nacechowane misją solidarności społecznej,
• wspieranie swoją wiedzą, dostępnymi zasobami oraz potencjałem organizacyjnym przyjętych form rozwoju usług reintegracji społecznej i zawodowej,
• dążenie do wpisania usług reintegracji społecznej i zawodowej jako niezbędnego elementu lokalnych strategii rozwoju, w tym szczególnie strategii rozwiązywania problemów społecznych.'),
('PACT_MLW', 4, '§ 3.', NULL,
'Sygnatariusze Paktu, uznając usługi reintegracji społecznej i zawodowej jako element pomocy i wsparcia dla osób i rodzin zagrożonych wykluczeniem społecznym, będą w ramach swojej działalności statutowej i kompetencji udzielać:
• pomocy w organizowaniu zajęć dla osób i rodzin objętych indywidualnymi programami zatrudnienia socjalnego oraz kontraktami socjalnymi, szczególnie w formie stosowania preferencyjnych warunków korzystania z zasobów instytucjonalnych, w takich sferach jak: kultura, oświata i edukacja, sport i wypoczynek,
• wsparcia doradczo-konsultacyjnego przy opracowywaniu i organizowaniu merytorycznych programów zajęć dla osób i rodzin objętych indywidualnymi programami zatrudnienia socjalnego i kontraktami socjalnymi,
• wsparcia w poszukiwaniu źródeł finansowych dla wspólnych przedsięwzięć organizacyjnych służących rozwojowi form i zajęć w ramach reintegracji społecznej i zawodowej,
a także współuczestniczyć w zajęciach merytorycznych organizowanych w ramach usług reintegracji społecznej i zawodowej w miarę posiadanej wiedzy, doświadczenia i umiejętności.'),
('PACT_MLW', 5, '§ 4.', NULL,
'1. Sygnatariusze Paktu uznają, że ma on charakter otwarty, co oznacza, że w każdej chwili lista stron uczestniczących w jego wdrażaniu i realizacji może zostać powiększona o nowe instytucje, podmioty i osoby prywatne, a także że każdy z Sygnatariuszy może podjąć decyzję o wystąpieniu z Paktu.
2. Sygnatariusze Paktu uznają, że jedynym wyznacznikiem przystąpienia do Paktu jest uznanie roli usług reintegracji społecznej i zawodowej w systemie przeciwdziałania wykluczeniu społecznemu, chęć partnerskiej współpracy na rzecz poprawy sytuacji osób i rodzin zagrożonych ryzykiem marginalizacji oraz wola udostępnienia swojego potencjału kadrowego i organizacyjno-technicznego dla programów zatrudnienia socjalnego.'),
('PACT_MLW', 6, '§ 5.', NULL,
'1. Sygnatariusze Paktu uznają, że:
1) przystąpienie oraz udział w nim nie powodują powstania zobowiązań finansowych, a jeśli takowe miałyby powstać, muszą zostać potwierdzone stosowymi, odrębnymi umowami i porozumieniami,
2) przystąpienie oraz udział w nim nie powodują powstania przeszkód i barier we współpracy w innych obszarach życia społeczno-gospodarczego.
2. Pakt zostaje zawarty na czas nieokreślony.
3. Pakt może zostać rozwiązany tylko w przypadku, kiedy liczba czynnych Sygnatariuszy będzie mniejsza niż trzech.'),
('PACT_MLW', 7, '§ 6.', NULL,
'Pakt na rzecz Modelu Lokalnej Współpracy został podpisany przez przedstawicieli następujących Sygnatariuszy, których imienną listę i podpisy stanowią załącznik do niego.'),
('PACT_MLW', 8, '§ 7.', NULL,
'Pakt został sporządzony w liczbie egzemplarzy:
1) Oryginał Paktu – 1 egzemplarz, przechowywany w {{urzedzieGminy}},
2) Kopie – w liczbie odpowiadającej imiennej liście Sygnatariuszy.

Załącznik: Lista imienna Sygnatariuszy MLW'),

('COOPERATION_AGREEMENT_OPS_PUP_NGO', 1, NULL, 'Preambuła',
'Mając na uwadze, że obowiązujące przepisy prawne umożliwiają podejmowanie współdziałania pomiędzy instytucjami rynku pracy i pomocy społecznej, a także organizacjami pozarządowymi, a rzeczywista współpraca ma charakter wybiórczy i akcyjny,
a także dążąc do stworzenia kompleksowego, skutecznego, efektywnego i trwałego systemu współpracy w świadczeniu usług w sferze integracji społeczno-zawodowej dla osób bezrobotnych,
Strony – ośrodek pomocy społecznej, powiatowy urząd pracy i organizacja pozarządowa – zawierają niniejsze Porozumienie, uznając organizację pozarządową za stałego i równorzędnego partnera ośrodka pomocy społecznej i powiatowego urzędu pracy.'),
('COOPERATION_AGREEMENT_OPS_PUP_NGO', 2, '§ 1.', NULL,
'Strony wspólnie uzgadniają, że celem Porozumienia jest trwała i efektywna współpraca w świadczeniu usługi integracji społeczno-zawodowej dla osób bezrobotnych i zagrożonych wykluczeniem społecznym, zamieszkałych na obszarze Gminy {{gmina}}, poprzez:
• wspólne opracowywanie i realizowanie indywidualnych planów działania, w których każde działanie ma jedną odpowiedzialną Stronę,
• wymianę informacji o usługach i instrumentach każdej ze Stron w sferze integracji społeczno-zawodowej,
• koordynację działań pracowników socjalnych, doradców zawodowych, pośredników pracy oraz pracowników organizacji pozarządowej wobec tych samych osób.'),
('COOPERATION_AGREEMENT_OPS_PUP_NGO', 3, '§ 2.', NULL,
'1. Ośrodek pomocy społecznej, w ramach swoich zadań ustawowych, prowadzi pracę socjalną, zawiera kontrakty socjalne oraz kieruje do usług integracji społeczno-zawodowej osoby i rodziny korzystające z pomocy społecznej.
2. Powiatowy urząd pracy, w ramach swoich zadań ustawowych, udziela osobom bezrobotnym pomocy w formie pośrednictwa pracy, poradnictwa zawodowego, szkoleń oraz innych form aktywizacji przewidzianych przepisami o rynku pracy.
3. Organizacja pozarządowa, w ramach swojej działalności statutowej, świadczy usługi reintegracji społecznej i zawodowej oraz wspiera osoby objęte indywidualnymi planami działania.
4. Strony wyznaczają swoich przedstawicieli do bieżącej współpracy, którzy spotykają się w miarę potrzeb w celu omówienia realizowanych działań i przebiegu współpracy.'),
('COOPERATION_AGREEMENT_OPS_PUP_NGO', 4, '§ 3.', NULL,
'Strony przekazują sobie dane osobowe osób objętych wsparciem wyłącznie na podstawie przepisów prawa lub zgody tych osób i wyłącznie w zakresie niezbędnym do realizacji indywidualnych planów działania.'),
('COOPERATION_AGREEMENT_OPS_PUP_NGO', 5, '§ 4.', NULL,
'1. Zawarcie Porozumienia oraz udział w nim nie powodują powstania zobowiązań finansowych, a jeśli takowe miałyby powstać, muszą zostać potwierdzone odrębnymi umowami i porozumieniami.
2. Porozumienie nie narusza zadań i kompetencji ustawowych żadnej ze Stron.'),
('COOPERATION_AGREEMENT_OPS_PUP_NGO', 6, '§ 5.', NULL,
'1. Porozumienie zostaje zawarte na czas nieokreślony.
2. Stronami Porozumienia są: jeden ośrodek pomocy społecznej, jeden powiatowy urząd pracy i jedna organizacja pozarządowa.
3. Każda ze Stron może wystąpić z Porozumienia; wystąpienie Strony oznacza rozwiązanie Porozumienia.
4. Porozumienie może zostać rozwiązane także za zgodą wszystkich Stron.'),
('COOPERATION_AGREEMENT_OPS_PUP_NGO', 7, '§ 6.', NULL,
'Porozumienie zostało podpisane przez przedstawicieli Stron, których imienną listę i podpisy stanowi załącznik do niego.'),
('COOPERATION_AGREEMENT_OPS_PUP_NGO', 8, '§ 7.', NULL,
'Porozumienie zostało sporządzone w trzech jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.

Załącznik: Lista Stron Porozumienia');
