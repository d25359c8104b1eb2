import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkPage, logIn } from './support';

const PUP_ID = 'a1000000-0000-4000-8000-000000000002';
const PUP_NAME = 'Powiatowy Urząd Pracy w Legionowie';

/**
 * Two institutions, one person: the OPS caseworker registers the person, records the legal
 * basis on which the PUP may see them, starts a plan with the PUP on the team; the PUP
 * caseworker then opens the plan. axe on every page.
 */
test('OPS registers a person, shares with the PUP, starts a plan; the PUP sees it', async ({ page }, testInfo) => {
  // a fresh stack per run, but a unique name keeps reruns against one stack apart
  const suffix = Date.now().toString(36).slice(-5);
  const lastName = `Żółkiewska-${suffix}`;
  const planTitle = `Powrót do pracy ${suffix}`;
  let planUrl = '';

  await test.step('OPS caseworker: caseload', async () => {
    await logIn(page, 'ewa.nowak');
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Moi klienci' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moi klienci' })).toBeFocused();
    await expect(page).toHaveTitle('Moi klienci – Synergia');
    await expect(page.locator('#clients-heading ~ .result-count')).toHaveText(/osob|osób|osoba/);
    await checkPage(page, 'caseload', testInfo);
  });

  await test.step('register a person without PESEL', async () => {
    await page.getByRole('link', { name: 'Zarejestruj osobę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zarejestruj osobę' })).toBeVisible();
    await page.getByLabel('Imię', { exact: true }).fill('Łucja');
    await page.getByLabel('Nazwisko', { exact: true }).fill(lastName);
    await page.getByLabel('Data urodzenia').fill('1988-05-17');
    await page.getByLabel('Województwo').selectOption('14');
    await page.getByLabel('Powiat').selectOption('1408');
    await page.getByLabel('Gmina', { exact: true }).selectOption('1408011');
    await page.getByLabel('Bezdomność').selectOption('yes');
    await checkPage(page, 'register-client', testInfo);
    await page.getByRole('button', { name: 'Zarejestruj osobę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Łucja ${lastName}` })).toBeVisible();
    await expect(page.getByText('Osoba została zarejestrowana.')).toBeVisible();
    expect(page.url()).not.toContain(lastName);
    await checkPage(page, 'client', testInfo);
  });

  await test.step('record the legal basis for the PUP', async () => {
    const form = page.getByRole('form', { name: 'Zapisz nową podstawę udostępnienia' });
    await form.getByLabel('Wyszukaj instytucję w katalogu').fill('Urząd Pracy Legionowo');
    await expect(form.getByLabel('Instytucja', { exact: true }).locator(`option[value="${PUP_ID}"]`)).toHaveCount(1);
    await form.getByLabel('Instytucja', { exact: true }).selectOption(PUP_ID);
    await form.getByLabel('Podstawa prawna').selectOption('PUBLIC_TASK_ART_6_1_E');
    await form.getByLabel('Cel udostępnienia').fill('Przygotowanie stażu i pośrednictwo pracy');
    await form.getByRole('button', { name: 'Zapisz podstawę udostępnienia' }).click();
    await expect(page.getByText(`Zapisano podstawę udostępnienia dla: ${PUP_NAME}.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(PUP_NAME) })).toBeVisible();
    await checkPage(page, 'client-shared', testInfo);
  });

  await test.step('start a plan with the PUP on the team', async () => {
    const section = page.getByRole('region', { name: 'Rozpocznij plan działania' });
    await section.getByLabel('Tytuł planu').fill(planTitle);
    await section.getByLabel('Cele').fill('Podjęcie zatrudnienia\nUkończenie szkolenia');
    await section.getByRole('checkbox', { name: PUP_NAME }).check();
    await section.getByRole('button', { name: 'Rozpocznij plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Zespół' })).toContainText(PUP_NAME);
    planUrl = page.url();
    await checkPage(page, 'plan-ops', testInfo);
  });

  await test.step('download the plan for signature as a PDF', async () => {
    const planId = new URL(planUrl).pathname.split('/').pop()!;
    const section = page.getByRole('region', { name: 'Plan do podpisu' });
    const answered = page.waitForResponse((response) => response.url().endsWith(`/api/v1/plans/${planId}/document.pdf`));
    const downloading = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Pobierz plan do podpisu (PDF)' }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const download = await downloading;
    // named by the plan's number (OPS-2026/0042), never its id
    expect(download.suggestedFilename()).toMatch(/^plan-dzialania-OPS-\d{4}-\d{4}\.pdf$/);
    expect(download.suggestedFilename()).not.toContain(planId);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(section.getByRole('status')).toHaveText(`Pobrano plik ${download.suggestedFilename()}.`);
    await checkPage(page, 'plan-pdf', testInfo);
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeVisible();
  });

  await test.step('PUP caseworker opens the plan', async () => {
    await logIn(page, 'marta.wisniewska');
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    // the PUP is on the team but does not lead: no status buttons, its own steps only
    await expect(page.getByRole('region', { name: 'Status planu' }).getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Dodaj działanie' }).getByLabel('Kto prowadzi działanie')).toHaveValue(PUP_ID);
    await checkPage(page, 'plan-pup', testInfo);
  });
});

/**
 * The administrator's anonymisation page: the rule in force in words, a dry run that changes
 * nothing, and the confirmation before a real run, which states what the check found (cancelled
 * here: the journeys share the stack's data). axe on each state.
 */
test('administrator: the retention rule, a dry run, the confirmation step', async ({ page }, testInfo) => {
  await logIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Anonimizacja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anonimizacja danych osób' })).toBeFocused();
  const rule = page.getByRole('region', { name: 'Zasada' });
  await expect(rule).toContainText('Okres przechowywania: 6 lat od zakończenia ostatniego planu działania osoby.');
  await checkPage(page, 'anonymisation', testInfo);

  const run = page.getByRole('region', { name: 'Uruchom teraz' });
  const started = page.waitForResponse((response) => response.url().endsWith('/api/v1/anonymisations') && response.request().method() === 'POST');
  await run.getByRole('button', { name: 'Sprawdź (bez zmian)' }).click();
  const response = await started;
  expect(response.status()).toBe(201);
  expect(response.request().postDataJSON()).toEqual({ dryRun: true });
  const found = ((await response.json()) as { counts: { clients: number } }).counts.clients;
  await expect(run.getByRole('status', { name: 'Gotowe' })).toContainText('Sprawdzenie zakończone, nic nie zmieniono.');
  const runs = page.getByRole('table', { name: 'Uruchomienia anonimizacji, od najnowszego' });
  await expect(runs.locator('tbody tr').first()).toContainText('Sprawdzenie (bez zmian)');
  await expect(runs.locator('tbody tr').first()).toContainText('ręcznie');
  await checkPage(page, 'anonymisation-dry-run', testInfo);

  await run.getByRole('button', { name: 'Anonimizuj' }).click();
  const confirm = run.getByRole('group', { name: 'Zanonimizować dane osób teraz?' });
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText(found === 0 ? 'nie znalazło nikogo do anonimizacji' : `znalazło ${found} `);
  await checkPage(page, 'anonymisation-confirm', testInfo);
  await confirm.getByRole('button', { name: 'Anuluj' }).click();
  await expect(run.getByRole('button', { name: 'Anonimizuj' })).toBeFocused();
});
