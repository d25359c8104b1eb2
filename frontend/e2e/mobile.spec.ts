import { expect, test } from '@playwright/test';
import { checkPage, expectNoSidewaysScroll, logIn } from './support';

/**
 * Issue #16 on a phone (360 px): the navigation is folded behind "Menu" (aria-expanded, Escape
 * folds it), the directory search shows its results first with the filters behind a button, and
 * the home, search, regional, recommendations and RPW pages never scroll sideways. axe on each page.
 * (The plan page at 360 px is left to the plan page's own rework: it still scrolls sideways.)
 */
const PHONE = { width: 360, height: 800 };

test('a caseworker on a phone: folded menu, search with folded filters', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await logIn(page, 'ewa.nowak');

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
  await expect(page.getByRole('heading', { level: 1, name: 'Regionalna Platforma Współpracy – województwo mazowieckie' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Dodaj członka' })).toBeVisible();
  await checkPage(page, 'rpw-phone', testInfo);
  await expectNoSidewaysScroll(page, 'rpw (phone)');
  await context.close();
});
