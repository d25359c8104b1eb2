import { expect, test, type APIRequestContext } from '@playwright/test';
import { baseURL, checkPage, expectNoSidewaysScroll, logIn } from './support';

/**
 * Issue #16 on a phone (360 px): the navigation is folded behind "Menu" (aria-expanded, Escape
 * folds it), the directory search shows its results first with the filters behind a button, and
 * the home, search, plan, regional and RPW pages never scroll sideways. axe on each page.
 */
const PHONE = { width: 360, height: 800 };
const OPS_ID = 'a1000000-0000-4000-8000-000000000001';

async function created(request: APIRequestContext, token: string, path: string, data: unknown): Promise<string> {
  const response = await request.post(`${baseURL}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` }, data });
  expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('a caseworker on a phone: folded menu, search with folded filters, a plan page', async ({ browser, request }, testInfo) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const token = await logIn(page, 'ewa.nowak');

  // home: the menu is folded; opened, its links are there; Escape folds it and returns to the button
  const nav = page.getByRole('navigation', { name: 'Menu główne' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Moi klienci' })).toBeHidden();
  await expectNoSidewaysScroll(page, 'home (phone)');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Moi klienci' })).toBeVisible();
  await checkPage(page, 'home-menu-open', testInfo);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  // the directory search: the results first, the form behind a button
  await menu.click();
  await nav.getByRole('link', { name: 'Instytucje' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instytucje' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  const filters = page.getByRole('button', { name: 'Wyszukiwanie i filtry' });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /instytucj/ })).toBeVisible();
  await checkPage(page, 'search-phone', testInfo);
  await expectNoSidewaysScroll(page, 'search (phone)');
  await filters.click();
  await expect(page.getByRole('search')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Szukaj', exact: true }).fill('CIS');
  await page.getByRole('search').getByRole('button', { name: 'Szukaj', exact: true }).click();
  await expect(page).toHaveURL(/q=CIS/);
  await expect(page.getByRole('button', { name: 'Wyszukiwanie i filtry (zastosowane)' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'search results (phone)');

  // a plan page
  const suffix = Date.now().toString(36).slice(-5);
  const today = new Date().toISOString().slice(0, 10);
  const client = await created(request, token, '/clients', { firstName: 'Zofia', lastName: `Mobilna-${suffix}`, birthDate: '1990-03-12', gminaTeryt: '1408011' });
  const plan = await created(request, token, '/plans', { clientId: client, title: `Plan na telefonie ${suffix}`, periodFrom: today, goals: ['Powrót do pracy'] });
  await created(request, token, `/plans/${plan}/steps`, { ownerInstitutionId: OPS_ID, serviceCode: 'OPS_SOCIAL_WORK', title: `Praca socjalna ${suffix}`, plannedStart: today });
  await page.goto(`/plans/${plan}`);
  await expect(page.getByRole('heading', { level: 1, name: `Plan na telefonie ${suffix}` })).toBeVisible();
  await expect(page.getByText(`Praca socjalna ${suffix}`).first()).toBeVisible();
  await checkPage(page, 'plan-phone', testInfo);
  await expectNoSidewaysScroll(page, 'plan (phone)');
  await context.close();
});

test('the regional analyst on a phone: dashboard, recommendations and the RPW', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await logIn(page, 'tomasz.wojcik');
  await page.goto('/regional');
  await expect(page.getByRole('heading', { level: 1, name: 'Dane regionalne' })).toBeVisible();
  await expect(page.locator('svg[role="group"]')).toBeVisible({ timeout: 20_000 });
  await checkPage(page, 'regional-phone', testInfo);
  await expectNoSidewaysScroll(page, 'regional dashboard (phone)');
  await page.goto('/recommendations');
  await expect(page.getByRole('heading', { level: 1, name: 'Rekomendacje regionu' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'recommendations (phone)');
  await page.goto('/regional/rpw');
  await expect(page.getByRole('heading', { level: 1, name: /Regionalna Platforma Współpracy/ })).toBeVisible();
  await checkPage(page, 'rpw-phone', testInfo);
  await expectNoSidewaysScroll(page, 'rpw (phone)');
  await context.close();
});
