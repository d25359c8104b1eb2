import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { baseURL, checkPage, logIn } from './support';

const PUP_ID = 'a1000000-0000-4000-8000-000000000002';
const NGO_ID = 'a1000000-0000-4000-8000-000000000003';
const OPS_NAME = 'Miejski Ośrodek Pomocy Społecznej w Legionowie';
const PUP_NAME = 'Powiatowy Urząd Pracy w Legionowie';
const NGO_NAME = 'Stowarzyszenie „Wspólna Droga”';
const LEADER = 'Maria Sołtysiak';

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Wyloguj się' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeVisible();
}

/** The live region of a partnership page: every change announces itself there. */
function announcement(page: Page) {
  return page.locator('main .live-announcement');
}

async function invite(page: Page, filter: string, institutionId: string, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Zaproś sygnatariusza' });
  await form.getByRole('radio', { name: 'Instytucję z katalogu' }).check();
  await form.getByLabel('Wyszukaj w katalogu: Instytucja').fill(filter);
  const select = form.getByLabel('Instytucja', { exact: true });
  await expect(select.locator(`option[value="${institutionId}"]`)).toHaveCount(1);
  await select.selectOption(institutionId);
  await form.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
  await expect(announcement(page)).toHaveText(`Zaproszono: ${name}.`);
}

async function acceptAs(page: Page, url: string, institution: string, representative: string, role: string, testInfo: Parameters<typeof checkPage>[2]) {
  await page.goto(url);
  const signatories = page.getByRole('region', { name: 'Sygnatariusze' });
  // the invitee sees no status buttons: only the initiator's coordinator moves the status
  await expect(page.getByRole('region', { name: 'Status porozumienia' }).getByRole('button')).toHaveCount(0);
  await signatories.getByRole('button', { name: `Przyjmij zaproszenie: ${institution}` }).click();
  const form = page.getByRole('form', { name: `Przystąpienie: ${institution}` });
  await form.getByLabel('Imię i nazwisko osoby podpisującej').fill(representative);
  await form.getByLabel('Funkcja', { exact: true }).fill(role);
  await checkPage(page, `accept-${institution.slice(0, 12).replace(/\W+/g, '-')}`, testInfo);
  await form.getByRole('button', { name: 'Przystąp do porozumienia' }).click();
  await expect(announcement(page)).toHaveText(`Przystąpienie zapisane: ${institution}.`);
  await expect(signatories.getByRole('row', { name: new RegExp(institution) })).toContainText('Strona porozumienia');
}

/**
 * The MLW procedure end to end: the OPS coordinator starts a Pakt from the model text and invites
 * the PUP, the NGO and a sołtys; the PUP and the NGO join, the sołtys's paper signature is
 * recorded; consultation, activation (version 1 signed and frozen), an amendment compared with
 * it, a neutral stakeholder with an influence scenario, a ZSL meeting, the PDF; a public visitor
 * sees the Pakt; withdrawals down to two signatories dissolve it (§ 5 ust. 3). axe on every page.
 */
test('Pakt na rzecz MLW: start, invite, join, activate, catalogue, ZSL, PDF, public page, dissolution', async ({ page, browser }, testInfo) => {
  test.setTimeout(360_000);
  const suffix = Date.now().toString(36).slice(-5);
  const title = `Pakt na rzecz MLW w Legionowie ${suffix}`;
  let url = '';

  await test.step('OPS coordinator: the list shows the gmina of the institution', async () => {
    await logIn(page, 'jan.kowalski');
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Partnerstwa' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Partnerstwa' })).toBeFocused();
    await expect(page).toHaveTitle('Partnerstwa – Synergia');
    await expect(page.getByText('Partnerstwa w gminie Legionowo (gmina Twojej instytucji).')).toBeVisible();
    await expect(page.locator('.result-count')).toHaveText(/^Znaleziono \d+ partnerstw/);
    await checkPage(page, 'list', testInfo);
  });

  await test.step('start a Pakt: version 1 from the model text', async () => {
    await page.getByRole('link', { name: 'Rozpocznij partnerstwo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rozpocznij partnerstwo' })).toBeVisible();
    // the error summary first: no kind chosen
    await page.getByRole('button', { name: 'Rozpocznij partnerstwo' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Wystąpił problem' });
    await expect(summary.getByRole('link', { name: 'Wybierz rodzaj porozumienia.' })).toBeVisible();
    await expect(page.getByText(/^Legionowo \(gmina miejska\)/)).toBeVisible();
    await checkPage(page, 'create-errors', testInfo);
    await page.getByRole('radio', { name: 'Pakt na rzecz Modelu Lokalnej Współpracy' }).check();
    await page.getByLabel('Tytuł').fill(title);
    await page.getByRole('button', { name: 'Rozpocznij partnerstwo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Partnerstwo zostało rozpoczęte' })).toBeVisible();
    url = page.url();
    const signatories = page.getByRole('region', { name: 'Sygnatariusze' });
    await expect(signatories.getByRole('row', { name: new RegExp(OPS_NAME) })).toContainText('Inicjator');
    await expect(page.getByRole('region', { name: 'Status porozumienia' })).toContainText('Brakuje jeszcze 2 sygnatariuszy (przystąpiło dotąd: 1)');
    await checkPage(page, 'pact-draft', testInfo);
  });

  await test.step('invite the PUP, the NGO and a sołtys; record the sołtys’s paper signature', async () => {
    await invite(page, 'Urząd Pracy Legionowo', PUP_ID, PUP_NAME);
    await invite(page, 'Wspólna Droga', NGO_ID, NGO_NAME);
    const form = page.getByRole('form', { name: 'Zaproś sygnatariusza' });
    await form.getByRole('radio', { name: 'Osobę prywatną (np. sołtysa)' }).check();
    await form.getByLabel('Imię i nazwisko').fill(LEADER);
    await form.getByLabel('Funkcja').fill('Sołtys sołectwa Michałów');
    await form.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
    await expect(announcement(page)).toHaveText(`Zaproszono: ${LEADER}.`);

    const signatories = page.getByRole('region', { name: 'Sygnatariusze' });
    // the OPS cannot accept for the PUP: only cancelling its invitation is offered
    await expect(signatories.getByRole('button', { name: `Przyjmij zaproszenie: ${PUP_NAME}` })).toHaveCount(0);
    await expect(signatories.getByRole('button', { name: `Anuluj zaproszenie: ${PUP_NAME}` })).toBeVisible();
    await signatories.getByRole('button', { name: `Zarejestruj przystąpienie: ${LEADER}` }).click();
    const accept = page.getByRole('form', { name: `Rejestracja przystąpienia osoby prywatnej: ${LEADER}` });
    await expect(accept.getByLabel('Imię i nazwisko osoby podpisującej')).toHaveValue(LEADER);
    await checkPage(page, 'record-leader', testInfo);
    await accept.getByRole('button', { name: 'Zarejestruj przystąpienie' }).click();
    await expect(announcement(page)).toHaveText(`Przystąpienie zapisane: ${LEADER}.`);
    await logOut(page);
  });

  await test.step('the PUP and the NGO coordinators join', async () => {
    await logIn(page, 'pawel.kaminski');
    await acceptAs(page, url, PUP_NAME, 'Paweł Kamiński', 'Dyrektor', testInfo);
    await logOut(page);
    await logIn(page, 'piotr.zielinski');
    await acceptAs(page, url, NGO_NAME, 'Piotr Zieliński', 'Prezes Zarządu', testInfo);
    await logOut(page);
  });

  await test.step('staff of the OPS reads the Pakt without any control to change it', async () => {
    await logIn(page, 'ewa.nowak');
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Status porozumienia' }).getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Zaproś sygnatariusza' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Sygnatariusze' }).getByRole('button')).toHaveCount(0);
    await expect(page.getByText('Przystąpiło 4 sygnatariuszy.')).toBeVisible();
    await logOut(page);
  });

  await test.step('OPS coordinator: consultation, then activation signs version 1', async () => {
    await logIn(page, 'jan.kowalski');
    await page.goto(url);
    const status = page.getByRole('region', { name: 'Status porozumienia' });
    await expect(status).toContainText('Warunek jest spełniony');
    await status.getByRole('button', { name: 'Przekaż do konsultacji' }).click();
    await expect(announcement(page)).toHaveText('Zmieniono status na: Konsultacje.');
    await status.getByRole('button', { name: 'Aktywuj – podpisz wersję 1' }).click();
    await expect(announcement(page)).toHaveText('Zmieniono status na: Obowiązuje.');
    await expect(status).toContainText('Pakt nie jest rozwiązywany na wniosek');
    await checkPage(page, 'pact-active', testInfo);
  });

  await test.step('text: version 1 frozen; an amendment compared with it', async () => {
    await page.getByRole('navigation', { name: 'Części partnerstwa' }).getByRole('link', { name: 'Tekst i wersje' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tekst i wersje' })).toBeVisible();
    const versions = page.getByRole('region', { name: 'Wersje tekstu' });
    await expect(versions.getByRole('row', { name: /Wersja 1/ })).toContainText('Podpisana – zamrożona');
    await expect(page.getByText(/Ta wersja została podpisana .* i jest zamrożona/)).toBeVisible();
    await page.getByRole('button', { name: 'Zaproponuj aneks' }).click();
    const editor = page.getByRole('form', { name: 'Nowy aneks' });
    await editor.getByLabel('Co zmienia aneks i dlaczego').fill('Dopisanie sołectw do § 1');
    const body = editor.getByRole('group', { name: /^Sekcja 2 § 1/ }).getByLabel('Treść');
    await body.fill(`${await body.inputValue()}\n• współpracę z sołectwami gminy.`);
    await checkPage(page, 'amendment', testInfo);
    await editor.getByRole('button', { name: 'Zapisz aneks' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Zmiany od wersji 1 do wersji 2' })).toBeVisible();
    const inserted = page.locator('.diff ins');
    await expect(inserted.first()).toContainText('sołectwami');
    await expect(inserted.first()).toContainText('[dodano:');
    await expect(versions.getByRole('row', { name: /Wersja 2/ })).toContainText('Aneks');
    await checkPage(page, 'diff', testInfo);
  });

  await test.step('stakeholder catalogue: a neutral stakeholder with an influence scenario', async () => {
    await page.getByRole('navigation', { name: 'Części partnerstwa' }).getByRole('link', { name: 'Katalog interesariuszy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gminny Katalog Interesariuszy' })).toBeVisible();
    await checkPage(page, 'stakeholders-empty', testInfo);
    await page.getByRole('link', { name: 'Dodaj interesariusza' }).click();
    await page.getByRole('radio', { name: 'Inna osoba lub organizacja' }).check();
    await page.getByLabel('Nazwa lub imię i nazwisko').fill(`Spółdzielnia Mieszkaniowa „Jagiellońska” ${suffix}`);
    await page.getByLabel('Sektor', { exact: true }).selectOption('BUSINESS');
    await page.getByLabel('Przydatność merytoryczna').fill('Lokale na zajęcia klubu integracji społecznej');
    await page.getByLabel('Zasoby techniczno-organizacyjne').fill('Świetlica osiedlowa');
    // the scenario fields appear only for a neutral stakeholder
    await expect(page.getByLabel('Scenariusz oddziaływania')).toHaveCount(0);
    await page.getByRole('radio', { name: 'Neutralny MLW' }).check();
    await page.getByLabel('Scenariusz oddziaływania').fill('Spotkanie z zarządem spółdzielni w kwietniu; prezentacja korzyści z klubu.');
    await page.getByLabel('Wynik scenariusza').selectOption('PENDING');
    await checkPage(page, 'stakeholder-form', testInfo);
    await page.getByRole('button', { name: 'Dodaj do katalogu' }).click();
    await expect(page.getByText(`Dodano do katalogu: Spółdzielnia Mieszkaniowa „Jagiellońska” ${suffix}.`)).toBeVisible();
    const neutral = page.getByRole('region', { name: /^Neutralni MLW/ });
    await expect(neutral.getByRole('heading', { name: /Przedsiębiorcy/ })).toBeVisible();
    await expect(neutral).toContainText('Spotkanie z zarządem spółdzielni');
    await checkPage(page, 'stakeholders', testInfo);
  });

  await test.step('ZSL: a member delegated by the OPS, a meeting with attendance and minutes', async () => {
    await page.getByRole('navigation', { name: 'Części partnerstwa' }).getByRole('link', { name: 'Zespół Synergii Lokalnej' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zespół Synergii Lokalnej' })).toBeVisible();
    const member = page.getByRole('form', { name: 'Dodaj członka' });
    await member.getByLabel('Imię i nazwisko').fill('Anna Nowicka');
    await member.getByLabel('Delegujący sygnatariusz').selectOption({ label: OPS_NAME });
    await member.getByLabel('Funkcja w zespole').selectOption('CHAIR');
    await member.getByRole('button', { name: 'Dodaj członka' }).click();
    await expect(announcement(page)).toHaveText('Dodano członka: Anna Nowicka.');
    const meeting = page.getByRole('form', { name: 'Zapisz posiedzenie' });
    await meeting.getByLabel('Miejsce').fill('MOPS Legionowo, sala 12');
    await meeting.getByLabel('Porządek obrad').fill('1. Wybór wariantu organizacyjnego.\n2. Harmonogram konsultacji.');
    await meeting.getByRole('checkbox', { name: /Anna Nowicka/ }).check();
    await meeting.getByLabel('Protokół').fill('Zespół omówił warianty i zarekomendował utworzenie KIS przez organizację pozarządową.');
    await meeting.getByLabel('Decyzje').fill('Rekomendacja: KIS tworzy NGO\nKolejne posiedzenie za miesiąc');
    await checkPage(page, 'zsl-forms', testInfo);
    await meeting.getByRole('button', { name: 'Zapisz posiedzenie' }).click();
    await expect(announcement(page)).toHaveText('Zapisano posiedzenie: MOPS Legionowo, sala 12.');
    await page.getByRole('link', { name: /Posiedzenie .*, MOPS Legionowo, sala 12/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Posiedzenie .*, MOPS Legionowo, sala 12/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Obecna 1 osoba' })).toContainText('Anna Nowicka');
    const minutes = page.waitForResponse((response) => response.url().includes('/minutes.pdf'));
    await page.getByRole('button', { name: 'Protokół (PDF)' }).click();
    const minutesResponse = await minutes;
    expect(minutesResponse.status()).toBe(200);
    expect(minutesResponse.headers()['content-type']).toContain('application/pdf');
    await checkPage(page, 'zsl-meeting', testInfo);
  });

  await test.step('variant: a new KIS set up by the NGO', async () => {
    await page.getByRole('navigation', { name: 'Części partnerstwa' }).getByRole('link', { name: 'Wariant organizacyjny' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wariant organizacyjny' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Zapisz wariant' });
    await form.getByRole('radio', { name: 'Utworzenie klubu integracji społecznej przez OPS lub organizację pozarządową' }).check();
    await form.getByLabel('Stan').selectOption('CHOSEN');
    await form.getByRole('radio', { name: 'Organizacja pozarządowa (NGO)' }).check();
    await checkPage(page, 'variant-form', testInfo);
    await form.getByRole('button', { name: 'Zapisz wariant' }).click();
    await expect(page.getByText('Wybrany wariant: Utworzenie klubu integracji społecznej przez OPS lub organizację pozarządową.')).toBeVisible();
    await checkPage(page, 'variants', testInfo);
  });

  await test.step('the agreement as PDF', async () => {
    await page.goto(url);
    const pdf = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/document.pdf'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Pobierz porozumienie (PDF)' }).click();
    const response = await pdf;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    // what the user gets: the file the SPA saved from the answer
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync(await saved.path());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(page.getByText(/^Pobrano plik .*\.pdf\.$/)).toBeVisible();
    await logOut(page);
  });

  await test.step('a public visitor, not logged in, sees the Pakt and its signatories', async () => {
    const context = await browser.newContext({ baseURL, locale: 'pl-PL' });
    const visitor = await context.newPage();
    await visitor.goto('/public/partnerships');
    await expect(visitor.getByRole('heading', { level: 1, name: 'Partnerstwa lokalne' })).toBeVisible();
    await expect(visitor.getByRole('button', { name: 'Zaloguj się' })).toBeVisible();
    const card = visitor.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: title }) });
    await expect(card).toContainText(PUP_NAME);
    await expect(card).toContainText(`${LEADER} – Sołtys sołectwa Michałów`);
    await checkPage(visitor, 'public-list', testInfo);
    await card.getByRole('link', { name: title }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByRole('heading', { name: 'Podpisany tekst (wersja 1)' })).toBeVisible();
    await checkPage(visitor, 'public-detail', testInfo);
    await context.close();
  });

  await test.step('withdrawals: the sołtys leaves (three remain), then the PUP – the Pakt is dissolved', async () => {
    await logIn(page, 'jan.kowalski');
    await page.goto(url);
    const signatories = page.getByRole('region', { name: 'Sygnatariusze' });
    await signatories.getByRole('button', { name: `Zarejestruj wystąpienie: ${LEADER}` }).click();
    const leaderForm = page.getByRole('form', { name: `Wystąpienie z porozumienia: ${LEADER}` });
    await leaderForm.getByLabel('Powód wystąpienia').fill('Koniec kadencji sołtysa');
    await leaderForm.getByRole('button', { name: 'Zapisz wystąpienie' }).click();
    await expect(announcement(page)).toHaveText(`Zapisano wystąpienie: ${LEADER}. Pozostało 3 czynnych sygnatariuszy.`);
    await logOut(page);

    await logIn(page, 'pawel.kaminski');
    await page.goto(url);
    await page.getByRole('region', { name: 'Sygnatariusze' }).getByRole('button', { name: `Wystąp z porozumienia: ${PUP_NAME}` }).click();
    const form = page.getByRole('form', { name: `Wystąpienie z porozumienia: ${PUP_NAME}` });
    await expect(form).toContainText('Pakt zostanie rozwiązany (§ 5 ust. 3)');
    await form.getByLabel('Powód wystąpienia').fill('Zmiana priorytetów urzędu');
    await checkPage(page, 'withdraw-last', testInfo);
    await form.getByRole('button', { name: 'Zapisz wystąpienie' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Porozumienie zostało rozwiązane' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Pakt § 5 ust. 3: liczba czynnych Sygnatariuszy spadła poniżej trzech (pozostało 2)');
    await expect(alert).toBeFocused();
    await expect(page.getByRole('region', { name: 'Status porozumienia' })).toContainText('Rozwiązane');
    await checkPage(page, 'dissolved', testInfo);
    await logOut(page);
  });

  await test.step('the dissolved Pakt is no longer public', async () => {
    const context = await browser.newContext({ baseURL, locale: 'pl-PL' });
    const visitor = await context.newPage();
    await visitor.goto('/public/partnerships');
    await expect(visitor.locator('.result-count')).toHaveText(/obowiązując/);
    await expect(visitor.getByRole('heading', { name: title })).toHaveCount(0);
    await context.close();
  });
});
