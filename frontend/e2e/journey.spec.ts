import { expect, test } from '@playwright/test';
import { audiences, baseURL, checkPage, decodeJwtPayload, keycloakURL } from './support';

const MOPS_ID = 'a1000000-0000-4000-8000-000000000001';
/** the seeded demo institutions, sorted by name descending (their first letters all differ) */
const DEMO_NAMES_DESCENDING = [
  'Stowarzyszenie „Wspólna Droga”',
  'Powiatowy Urząd Pracy w Legionowie',
  'Miejski Ośrodek Pomocy Społecznej w Legionowie',
  'Mazowieckie Centrum Polityki Społecznej',
  'Klub Integracji Społecznej „Wspólna Droga”',
  'Gminny Ośrodek Pomocy Społecznej w Wieliszewie',
  'Centrum Integracji Społecznej w Wieliszewie',
];

test('caseworker journey: landing, Keycloak login, home, directory, detail, logout', async ({ page }, testInfo) => {
  // Authorization headers the SPA sends to /api/v1/me
  const meAuthorizations: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/me') {
      const authorization = request.headers()['authorization'];
      if (authorization) meAuthorizations.push(authorization);
    }
  });

  await test.step('landing page for anonymous visitors', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeVisible();
    await expect(page).toHaveTitle('Witamy w Synergii – Synergia');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await checkPage(page, 'landing', testInfo);
  });

  await test.step('log in on the real Keycloak login page', async () => {
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${keycloakURL}/realms/synergia/`));
    await expect(page.locator('#username')).toBeVisible();
    await checkPage(page, 'keycloak-login', testInfo);
    await page.locator('#username').fill('ewa.nowak');
    await page.locator('#password').fill('synergia');
    await page.locator('#kc-login').click();
    await page.waitForURL((url) => url.href.startsWith(baseURL));
  });

  await test.step('home shows the caller, their institution, roles and permissions', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Dzień dobry, Ewa Nowak' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' })).toBeVisible();
    await expect(main.getByText('Ośrodek Pomocy Społecznej (OPS)')).toBeVisible();
    await expect(main.getByText('pracownik', { exact: true })).toBeVisible();
    await expect(main.getByText('Przeglądanie katalogu instytucji')).toBeVisible();
    await expect(page.getByRole('banner').getByText('Ewa Nowak')).toBeVisible();
    await expect(page).toHaveTitle('Strona główna – Synergia');
    // no code/state left in the URL after the login redirect
    expect(new URL(page.url()).hash).toBe('');
    await checkPage(page, 'home', testInfo);
  });

  await test.step('the access token the SPA sends carries institution, role and audience', async () => {
    expect(meAuthorizations.length).toBeGreaterThan(0);
    const [scheme, token] = (meAuthorizations[0] ?? '').split(' ');
    expect(scheme).toBe('Bearer');
    const claims = decodeJwtPayload(token ?? '');
    expect(claims.institution_id).toBe(MOPS_ID);
    expect(claims.realm_access?.roles).toContain('staff');
    expect(audiences(claims)).toContain('synergia-api');
  });

  await test.step('directory: table of demo institutions, sortable by name', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Instytucje' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Instytucje' });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Instytucje – Synergia');
    const table = page.getByRole('table', { name: 'Katalog instytucji' });
    const nameCells = table.locator('tbody tr td:first-child');
    await expect(nameCells).toHaveText(DEMO_NAMES_DESCENDING.toReversed());
    await expect(page.getByRole('status')).toHaveText('7 instytucji');
    await checkPage(page, 'institutions', testInfo);

    const nameHeader = table.getByRole('columnheader', { name: /Nazwa/ });
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/[?&]sort=-name\b/);
    await expect(nameCells).toHaveText(DEMO_NAMES_DESCENDING);
    await checkPage(page, 'institutions-sorted', testInfo);

    // the sort lives in the URL: a reload keeps it
    await page.reload();
    await expect(table.getByRole('columnheader', { name: /Nazwa/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(nameCells).toHaveText(DEMO_NAMES_DESCENDING);

    // responsive: on a phone-sized screen nothing scrolls sideways
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 375, height: 812 });
    await expect(nameCells).toHaveCount(DEMO_NAMES_DESCENDING.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await checkPage(page, 'institutions-mobile', testInfo);
    if (desktop) await page.setViewportSize(desktop);
  });

  await test.step('institution detail', async () => {
    await page.getByRole('link', { name: 'Powiatowy Urząd Pracy w Legionowie' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Powiatowy Urząd Pracy w Legionowie' });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle('Powiatowy Urząd Pracy w Legionowie – Synergia');
    const main = page.getByRole('main');
    await expect(main.getByText('Powiatowy Urząd Pracy (PUP)')).toBeVisible();
    await expect(main.getByText('1408011')).toBeVisible();
    await expect(main.getByText('Legionowo', { exact: true })).toBeVisible();
    await checkPage(page, 'institution-detail', testInfo);
    await main.getByRole('link', { name: 'Wróć do listy instytucji' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Instytucje' })).toBeVisible();
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
    await page.getByRole('link', { name: 'Strona główna' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Ewa Nowak' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await checkPage(page, 'home-english', testInfo);
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
