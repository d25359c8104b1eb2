import { expect, test, type APIRequestContext } from '@playwright/test';
import { audiences, baseURL, checkPage, decodeJwtPayload, logIn, type InstitutionPageBody } from './support';

const MOPS_ID = 'a1000000-0000-4000-8000-000000000001';
const PUP_ID = 'a1000000-0000-4000-8000-000000000002';
const INTERNSHIP_2025 = 'PUP_INTERNSHIP_2025';

interface InstitutionBody {
  version: number;
  offerings: { service: { code: string } }[];
}

/**
 * The data the journey needs and the demo data lacks: an internship (2025 act) offered by the
 * PUP in Legionowo. Added through the API as the platform administrator, once (idempotent, so
 * the test does not depend on other tests or on a fresh database).
 */
async function ensureInternshipOffering(request: APIRequestContext, token: string): Promise<void> {
  const headers = { Authorization: `Bearer ${token}` };
  const current = await request.get(`/api/v1/institutions/${PUP_ID}`, { headers });
  expect(current.status()).toBe(200);
  const pup = (await current.json()) as InstitutionBody;
  if (pup.offerings.some((offering) => offering.service.code === INTERNSHIP_2025)) return;
  const added = await request.post(`/api/v1/institutions/${PUP_ID}/offerings`, {
    headers: { ...headers, 'If-Match': `"${pup.version}"` },
    data: { serviceCode: INTERNSHIP_2025, places: 15, schedule: 'nabór ciągły', contact: 'Dział aktywizacji, pok. 12', status: 'ACTIVE' },
  });
  expect(added.status(), await added.text()).toBe(200);
}

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const token = await logIn(page, 'admin');
  await ensureInternshipOffering(page.request, token);
  await context.close();
});

test('caseworker journey: login, directory search and filters, institution, catalogue, who offers a service', async ({ page }, testInfo) => {
  let token = '';

  await test.step('landing page for anonymous visitors', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeVisible();
    await expect(page).toHaveTitle('Witamy w Synergii – Synergia');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await checkPage(page, 'landing', testInfo);
  });

  await test.step('log in on the real Keycloak login page; home shows the caller', async () => {
    token = await logIn(page, 'ewa.nowak', testInfo);
    await expect(page.getByRole('heading', { level: 1, name: 'Dzień dobry, Ewa Nowak' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('region', { name: 'Twój dzień' })).toBeVisible();
    // the account (institution, roles) is folded below the day
    await main.getByText('Twoje konto: instytucja, role i uprawnienia').click();
    await expect(main.getByRole('link', { name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' })).toBeVisible();
    await expect(main.getByText('pracownik', { exact: true })).toBeVisible();
    await expect(page).toHaveTitle('Strona główna – Synergia');
    // no code/state left in the URL after the login redirect
    expect(new URL(page.url()).hash).toBe('');
    const claims = decodeJwtPayload(token);
    expect(claims.institution_id).toBe(MOPS_ID);
    expect(claims.realm_access?.roles).toContain('staff');
    expect(audiences(claims)).toContain('synergia-api');
    await checkPage(page, 'home', testInfo);
  });

  await test.step('directory: the count is what the API says', async () => {
    const answer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/institutions');
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Instytucje' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Instytucje' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Instytucje – Synergia');
    const body = (await (await answer).json()) as InstitutionPageBody;
    expect(body.totalItems).toBeGreaterThanOrEqual(7);
    const status = page.locator('.result-count[role="status"]');
    await expect(status).toHaveText(new RegExp(`^${body.totalItems} instytuc`));
    const table = page.getByRole('table', { name: 'Katalog instytucji' });
    await expect(table.locator('tbody tr')).toHaveCount(Math.min(body.totalItems, 20));
    await checkPage(page, 'directory', testInfo);
  });

  await test.step('search without Polish letters, then narrow to a gmina with the cascading selects', async () => {
    const form = page.getByRole('search', { name: 'Wyszukiwanie instytucji' });
    await form.getByLabel('Szukaj', { exact: true }).fill('osrodek pomocy spolecznej');
    await form.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=osrodek\+pomocy\+spolecznej/);
    const names = page.getByRole('table', { name: 'Katalog instytucji' }).locator('tbody tr td:first-child');
    // typed without Polish letters, every result is a "Ośrodek Pomocy …" (the demo region adds more than Legionowo's)
    await expect(names.filter({ hasText: 'Gminny Ośrodek Pomocy Społecznej w Wieliszewie' })).toHaveCount(1);
    await expect(names.filter({ hasText: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' })).toHaveCount(1);
    await expect.poll(async () => (await names.allTextContents()).every((name) => name.includes('Ośrodek Pomocy'))).toBe(true);
    const unfiltered = await names.allTextContents();
    await expect(page.locator('.result-count[role="status"]')).toHaveText(/^Znaleziono \d+ instytucj/);

    await form.getByLabel('Województwo', { exact: true }).selectOption({ label: 'mazowieckie' });
    await form.getByLabel('Powiat', { exact: true }).selectOption({ label: 'legionowski' });
    await form.getByLabel('Gmina', { exact: true }).selectOption({ label: 'Legionowo (gmina miejska)' });
    await form.getByRole('checkbox', { name: 'Ośrodek Pomocy Społecznej (OPS)' }).check();
    await form.getByRole('button', { name: 'Zastosuj filtry' }).click();
    await expect(page).toHaveURL(/teryt=1408011/);
    await expect(page).toHaveURL(/type=OPS/);
    await expect(names).toHaveText(['Miejski Ośrodek Pomocy Społecznej w Legionowie']);
    await expect(page.locator('.result-count[role="status"]')).toHaveText('Znaleziono 1 instytucję');
    await checkPage(page, 'directory-filtered', testInfo);

    // the back button returns to the search before the filters, forward to the filtered one
    await page.goBack();
    await expect(names).toHaveCount(unfiltered.length);
    await expect(form.getByLabel('Województwo', { exact: true })).toHaveValue('');
    await page.goForward();
    await expect(names).toHaveCount(1);

    // the search is in the URL: a reload shows the same results and the same form
    await page.reload();
    await expect(names).toHaveText(['Miejski Ośrodek Pomocy Społecznej w Legionowie']);
    await expect(form.getByLabel('Gmina', { exact: true })).toHaveValue('1408011');
  });

  await test.step('an empty result says what to do', async () => {
    const form = page.getByRole('search', { name: 'Wyszukiwanie instytucji' });
    await form.getByLabel('Szukaj', { exact: true }).fill('Lodz');
    await form.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await expect(page.getByText('Nie znaleziono żadnych instytucji.')).toBeVisible();
    await expect(page.locator('.result-count[role="status"]')).toHaveText('Znaleziono 0 instytucji');
    await checkPage(page, 'directory-empty', testInfo);
    // (after a reload Keycloak's silent check-SSO frame has its own history entries: no goBack here)
    await page.goto('/institutions?q=osrodek+pomocy+spolecznej&type=OPS&teryt=1408011');
  });

  await test.step('institution page, and back to the results', async () => {
    await page.getByRole('link', { name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' });
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Miejski Ośrodek Pomocy Społecznej w Legionowie – Synergia');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Ośrodek Pomocy Społecznej (OPS)' })).toHaveAttribute('href', '/catalogue/institution-types/OPS');
    await expect(main.getByRole('region', { name: 'Adres i położenie' })).toContainText('legionowski');
    await expect(main.getByRole('heading', { name: 'Historia zmian' })).toBeVisible();
    // a caseworker gets no change actions
    await expect(main.getByRole('link', { name: 'Zmień dane instytucji' })).toHaveCount(0);
    await expect(main.getByRole('button', { name: 'Dezaktywuj instytucję' })).toHaveCount(0);
    await checkPage(page, 'institution', testInfo);
    await main.getByRole('link', { name: 'Wróć do wyników wyszukiwania' }).click();
    await expect(page).toHaveURL(/teryt=1408011/);
    await expect(page.getByRole('table', { name: 'Katalog instytucji' }).locator('tbody tr')).toHaveCount(1);
  });

  await test.step('catalogue: find internships, the 2004 act shown as repealed', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Katalog usług' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Katalog usług' })).toBeFocused();
    const form = page.getByRole('search', { name: 'Wyszukiwanie usług' });
    await form.getByLabel('Szukaj usługi').fill('staz');
    await form.getByRole('button', { name: 'Szukaj', exact: true }).click();
    const table = page.getByRole('table', { name: 'Katalog usług i narzędzi' });
    await expect(table.getByRole('link', { name: 'Staż (2004)' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Staż (2025)' })).toBeVisible();
    await expect(table.getByRole('row', { name: /Staż \(2004\)/ })).toContainText('obowiązywała do 31 maja 2025');
    await checkPage(page, 'catalogue', testInfo);

    await table.getByRole('link', { name: 'Staż (2004)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Staż (2004)' })).toBeFocused();
    await expect(page.getByText(/Ta usługa opiera się na uchylonej ustawie/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Warunki' })).toContainText('od 3 miesięcy do 6 miesięcy');
    await checkPage(page, 'service-2004', testInfo);
  });

  await test.step('the 2025 internship: who offers it in the gmina Legionowo', async () => {
    await page.getByRole('region', { name: 'Podstawa prawna' }).getByRole('link', { name: 'Staż (2025)' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Staż (2025)' })).toBeVisible();
    await expect(page.getByText(/uchylonej ustawie/)).toHaveCount(0);
    const who = page.getByRole('region', { name: 'Kto to oferuje w pobliżu' });
    await who.getByLabel('Województwo', { exact: true }).selectOption({ label: 'mazowieckie' });
    await who.getByLabel('Powiat', { exact: true }).selectOption({ label: 'legionowski' });
    await who.getByLabel('Gmina', { exact: true }).selectOption({ label: 'Legionowo (gmina miejska)' });
    await who.getByRole('button', { name: 'Pokaż, kto oferuje' }).click();
    await expect(page).toHaveURL(/teryt=1408011/);
    const offers = who.getByRole('table', { name: 'Kto oferuje: Staż (2025)' });
    await expect(offers.getByRole('link', { name: 'Powiatowy Urząd Pracy w Legionowie' })).toBeVisible();
    await expect(offers).toContainText('nabór ciągły');
    await expect(who.locator('[role="status"]')).toHaveText(/^Znaleziono \d+ ofert/);
    await checkPage(page, 'who-offers', testInfo);

    // the PUP in Legionowo is not in Wieliszew
    await who.getByLabel('Gmina', { exact: true }).selectOption({ label: 'Wieliszew (gmina wiejska)' });
    await who.getByRole('button', { name: 'Pokaż, kto oferuje' }).click();
    await expect(who.getByText(/Na tym obszarze żadna aktywna instytucja/)).toBeVisible();
  });

  await test.step('institution types: a type page links the directory filtered by it', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Rodzaje instytucji' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rodzaje instytucji' })).toBeVisible();
    await checkPage(page, 'institution-types', testInfo);
    await page.getByRole('link', { name: 'Klub Integracji Społecznej', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Klub Integracji Społecznej' })).toBeVisible();
    await checkPage(page, 'institution-type-kis', testInfo);
    await page.getByRole('link', { name: 'Znajdź w katalogu: Klub Integracji Społecznej' }).click();
    await expect(page).toHaveURL(/\/institutions\?type=KIS$/);
    await expect(page.getByRole('table', { name: 'Katalog instytucji' })).toContainText('Klub Integracji Społecznej „Wspólna Droga”');
  });

  await test.step('responsive: on a phone-sized screen nothing scrolls sideways', async () => {
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/institutions');
    await expect(page.getByRole('table', { name: 'Katalog instytucji' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await checkPage(page, 'directory-mobile', testInfo);
    if (desktop) await page.setViewportSize(desktop);
  });

  await test.step('unknown institution and unknown page', async () => {
    await page.goto('/institutions/a1000000-0000-4000-8000-000000000999');
    await expect(page.getByRole('heading', { level: 1, name: 'Nie znaleziono instytucji' })).toBeVisible();
    await checkPage(page, 'institution-not-found', testInfo);
    await page.goto('/nie-ma-takiej-strony');
    await expect(page.getByRole('heading', { level: 1, name: 'Nie znaleziono strony' })).toBeVisible();
    await checkPage(page, 'page-not-found', testInfo);
  });

  await test.step('English switch', async () => {
    await page.goto(`/catalogue/services/${INTERNSHIP_2025}`);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Internship (2025 act)' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Who offers it near me' })).toBeVisible();
    await checkPage(page, 'service-english', testInfo);
    await page.getByRole('button', { name: 'Polski' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  });

  await test.step('log out returns to the landing page', async () => {
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeVisible();
    expect(page.url().startsWith(baseURL)).toBe(true);
    // the Keycloak session is gone: a reload stays on the landing page
    await page.reload();
    await expect(page.getByRole('button', { name: 'Zaloguj się' })).toBeVisible();
  });
});
