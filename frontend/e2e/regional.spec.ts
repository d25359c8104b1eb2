import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { checkPage, expectNoSidewaysScroll, logIn } from './support';

const LEGIONOWO = '1408011';
const MCPS = 'Mazowieckie Centrum Polityki Społecznej';

/**
 * The need figures of powiat legionowski (e2e/fixtures). The file says 2026; the journey imports
 * them for the current year, whose figures the refresh after an import recomputes and the
 * catalogue dates (so the page sees the recomputation finish).
 */
function needFile(year: number) {
  const text = readFileSync(join(import.meta.dirname, 'fixtures', 'need-legionowski.csv'), 'utf8').replaceAll(';2026;', `;${year};`);
  return { name: 'potrzeby-legionowski.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

/**
 * What the journey needs beside the demo data, made by the administrator through the API: a CIS
 * with places and a valid status in Legionowo, then this year's figures recomputed (the demo
 * Pakt of Legionowo is active; the refresh puts it into the MLW figures whatever ran before).
 */
async function prepare(request: APIRequestContext, adminToken: string): Promise<void> {
  const headers = { Authorization: `Bearer ${adminToken}` };
  const created = await request.post('/api/v1/institutions', {
    headers,
    data: {
      type: 'CIS',
      name: `Centrum Integracji Społecznej „Legionowo razem” ${Date.now()}`,
      gminaTeryt: LEGIONOWO,
      places: 40,
      officialStatus: { kind: 'CIS_STATUS', grantedBy: 'Wojewoda Mazowiecki', validFrom: '2024-01-01' },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const refresh = await request.post('/api/v1/regional/refreshes', { headers, data: { scope: 'CURRENT_YEAR' } });
  expect(refresh.status(), await refresh.text()).toBe(202);
  const { id } = (await refresh.json()) as { id: string };
  await expect
    .poll(
      async () => {
        const run = await request.get(`/api/v1/regional/refreshes/${id}`, { headers });
        return ((await run.json()) as { status: string }).status;
      },
      { timeout: 180_000, intervals: [1000, 2000, 5000] },
    )
    .toBe('SUCCEEDED');
}

/** the map has been drawn (its geometry is a chunk of its own) */
async function mapShown(page: Page) {
  await expect(page.locator('svg[role="group"]')).toBeVisible({ timeout: 20_000 });
}

/** the table under the map: the unit's row */
function mapTableRow(page: Page, name: string | RegExp) {
  return page.getByRole('table', { name: /: (powiaty województwa|gminy powiatu)/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
}

test('the Mazowieckie analyst drills to Legionowo, reads its profile, issues a recommendation the Legionowo OPS acknowledges, and imports need figures; a visitor reads the public page', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(600_000);
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const adminToken = await logIn(adminPage, 'admin');
  await prepare(request, adminToken);
  await adminContext.close();

  // the regional analyst of the Mazowieckie ROPS
  await logIn(page, 'tomasz.wojcik', testInfo);
  await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Dane regionalne' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dane regionalne' })).toBeVisible();
  await mapShown(page);
  await expect(page.getByText(/^Stan na /)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Ścieżka' })).toContainText('województwo mazowieckie');
  // the map names each area with its figure, the table carries the same
  const legionowskiArea = page.locator('svg [data-teryt="1408"]');
  await expect(legionowskiArea).toHaveAttribute('aria-label', /^powiat legionowski: /);
  await checkPage(page, 'dashboard-voivodeship', testInfo);
  await expectNoSidewaysScroll(page, 'dashboard-voivodeship');

  // drill down: powiat legionowski (its link in the table), then gmina Legionowo (the map, by keyboard)
  await mapTableRow(page, 'powiat legionowski').getByRole('link').click();
  await expect(page.getByRole('navigation', { name: 'Ścieżka' }).getByText('powiat legionowski')).toHaveAttribute('aria-current', 'location');
  await mapShown(page);
  const legionowoArea = page.locator(`svg [data-teryt="${LEGIONOWO}"]`);
  await expect(legionowoArea).toHaveAttribute('aria-label', /^Legionowo, gmina miejska: /);
  await legionowoArea.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Ścieżka' }).getByText('gmina Legionowo')).toHaveAttribute('aria-current', 'location');
  await expect(page.getByRole('heading', { level: 2, name: 'gmina Legionowo' })).toBeVisible();
  await checkPage(page, 'dashboard-legionowo', testInfo);
  await expectNoSidewaysScroll(page, 'dashboard-legionowo');

  // the gmina's profile: its CIS places and its active Pakt
  await page.getByRole('link', { name: 'Profil: gmina Legionowo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profil gminy Legionowo' })).toBeVisible();
  const places = page.getByRole('region', { name: 'Miejsca w CIS i KIS', exact: true });
  await expect(places.locator('[data-indicator="CIS_PLACES"] dd')).toHaveText(/^[1-9]/);
  const mlw = page.getByRole('region', { name: 'Model Lokalnej Współpracy', exact: true });
  await expect(mlw.getByText('zawarty (aktywny)', { exact: true })).toBeVisible();
  const recommendations = page.getByRole('region', { name: 'Rekomendacje', exact: true });
  await expect(recommendations).toBeVisible();
  await checkPage(page, 'gmina-profile', testInfo);
  await expectNoSidewaysScroll(page, 'gmina-profile');
  const profileUrl = page.url();

  // a recommendation issued from the profile: the form knows the gmina
  const suffix = Date.now().toString(36).slice(-5);
  const text = `Utworzyć drugi klub integracji społecznej przy MOPS i uzgodnić z PUP kierowanie osób długotrwale bezrobotnych (${suffix}).`;
  await recommendations.getByRole('link', { name: 'Wydaj rekomendację dla gminy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wydaj rekomendację dla gminy lub powiatu' })).toBeVisible();
  await expect(page.getByLabel('Kod TERYT gminy lub powiatu')).toHaveValue(LEGIONOWO);
  await page.getByLabel('Treść rekomendacji').fill(text);
  await page.getByRole('checkbox', { name: /\(CIS_KIS_PLACES_PER_10K\)$/ }).check();
  await checkPage(page, 'recommendation-from-profile', testInfo);
  await expectNoSidewaysScroll(page, 'recommendation-from-profile');
  await page.getByRole('button', { name: 'Wydaj rekomendację' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rekomendacja: Gmina Legionowo' })).toBeVisible();
  await expect(page.getByText('wydana', { exact: true })).toBeVisible();
  const recommendationUrl = page.url();

  // the Legionowo OPS coordinator is told who issued it, opens it and acknowledges it
  const opsContext = await browser.newContext();
  const ops = await opsContext.newPage();
  await logIn(ops, 'jan.kowalski');
  // the notification of this recommendation (an earlier journey may have left others of the same kind)
  const told = ops
    .getByRole('link', { name: `Nowa rekomendacja regionu dla Twojej gminy od: ${MCPS}` })
    .and(ops.locator(`a[href="${new URL(recommendationUrl).pathname}"]`));
  await expect(async () => {
    await ops.getByRole('banner').getByRole('link', { name: /^Powiadomienia/ }).click();
    await expect(told).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await checkPage(ops, 'ops-told', testInfo);
  await told.click();
  await expect(ops).toHaveURL(recommendationUrl);
  await expect(ops.getByText(text)).toBeVisible();
  await ops.getByRole('button', { name: 'Przyjmij do wiadomości' }).click();
  await ops.getByRole('button', { name: 'Tak, przyjmij do wiadomości' }).click();
  await expect(ops.getByText('Rekomendacja została przyjęta do wiadomości')).toBeVisible();
  await checkPage(ops, 'ops-acknowledged', testInfo);
  await expectNoSidewaysScroll(ops, 'ops-acknowledged');
  await opsContext.close();

  // the analyst sees it acknowledged on the gmina's profile, newest first
  await page.goto(profileUrl);
  const first = page.getByRole('region', { name: 'Rekomendacje', exact: true }).getByRole('listitem').first();
  await expect(first).toContainText(suffix);
  await expect(first).toContainText('przyjęta do wiadomości');
  await checkPage(page, 'gmina-profile-acknowledged', testInfo);
  await first.getByRole('link', { name: /^Cała rekomendacja/ }).click();
  await expect(page.getByRole('list').filter({ hasText: 'Jan Kowalski' })).toContainText('przyjęta do wiadomości');
  await page.goto(profileUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Profil gminy Legionowo' })).toBeVisible();

  // need figures: a dry run first, then the import itself, followed to its end
  await page.getByRole('navigation', { name: 'Dane regionalne' }).getByRole('link', { name: 'Import danych o potrzebach' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import danych o potrzebach' })).toBeVisible();
  await checkPage(page, 'need-import', testInfo);
  const year = new Date().getFullYear();
  await page.getByLabel('Plik CSV z danymi o potrzebach').setInputFiles(needFile(year));
  await page.getByRole('button', { name: 'Sprawdź plik (bez zapisywania)' }).click();
  await expect(page.getByText('Plik jest poprawny', { exact: true })).toBeVisible({ timeout: 60_000 });
  await checkPage(page, 'need-import-dry-run', testInfo);
  await page.getByRole('button', { name: 'Importuj ten plik' }).click();
  await expect(page.getByText('Import zakończony', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Wskaźniki przeliczone: nowe liczby są już widoczne.')).toBeVisible({ timeout: 180_000 });
  await checkPage(page, 'need-import-done', testInfo);

  // the refreshed figure on the dashboard
  await page.goto(`/regional?indicator=NEED_SA_UNEMPLOYMENT&level=GMINA&unit=1408&period=${year}`);
  await mapShown(page);
  await expect(mapTableRow(page, 'Legionowo, gmina miejska')).toContainText('412');
  await expect(page.locator(`svg [data-teryt="${LEGIONOWO}"]`)).toHaveAttribute('aria-label', /: 412 /);
  await checkPage(page, 'dashboard-need', testInfo);

  // the MLW gminas of the voivodeship
  await page.getByRole('navigation', { name: 'Dane regionalne' }).getByRole('link', { name: 'Gminy w MLW' }).click();
  await expect(page.getByRole('table', { name: 'Gminy w MLW', exact: true }).getByRole('link', { name: 'Legionowo', exact: true })).toBeVisible();
  await checkPage(page, 'mlw-gminas', testInfo);
  await expectNoSidewaysScroll(page, 'mlw-gminas');

  // a visitor without login, on a phone-sized screen
  const visitor = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const anonymous = await visitor.newPage();
  await anonymous.goto('/');
  await anonymous.getByRole('link', { name: 'Dane regionalne (publiczne)' }).first().click();
  await expect(anonymous.getByRole('heading', { level: 1, name: /Podmioty ekonomii społecznej/ })).toBeVisible();
  const table = anonymous.getByRole('table', { name: 'Województwa: podmioty, miejsca i gminy w MLW' });
  await expect(table.getByRole('link', { name: 'mazowieckie', exact: true })).toBeVisible();
  await mapShown(anonymous);
  await checkPage(anonymous, 'public-regional', testInfo);
  await table.getByRole('link', { name: 'mazowieckie', exact: true }).click();
  await expect(anonymous.getByRole('heading', { level: 1, name: 'Województwo mazowieckie' })).toBeVisible();
  await expect(anonymous.getByRole('table', { name: /Gminy z zawartym Paktem/ }).getByRole('rowheader', { name: 'Legionowo', exact: true })).toBeVisible();
  await checkPage(anonymous, 'public-voivodeship', testInfo);
  await visitor.close();
});
