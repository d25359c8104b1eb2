import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkPage, logIn, stepItem } from './support';

const PUP_ID = 'a1000000-0000-4000-8000-000000000002';
const PUP_NAME = 'Powiatowy Urząd Pracy w Legionowie';
const NGO = { id: 'a1000000-0000-4000-8000-000000000003', name: 'Stowarzyszenie „Wspólna Droga”', search: 'Stowarzyszenie Wspólna Droga' };

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

  await test.step('the plan page: a summary at the top, goals, no form open', async () => {
    const summary = page.getByRole('region', { name: 'Podsumowanie planu' });
    await expect(summary).toContainText('Łucja');
    await expect(summary).toContainText(/OPS-\d{4}\/\d{4}/);
    await expect(summary).toContainText('Miejski Ośrodek Pomocy Społecznej w Legionowie');
    await expect(summary).toContainText(PUP_NAME);
    await expect(summary).toContainText('Szkic');
    const goals = page.getByRole('region', { name: 'Cele i działania' });
    await expect(goals.getByRole('heading', { level: 3 })).toHaveText(['Cel 1: Podjęcie zatrudnienia', 'Cel 2: Ukończenie szkolenia']);
    await expect(page.getByRole('form')).toHaveCount(0);
  });

  await test.step('add a step for the PUP through the form opened on demand', async () => {
    const goals = page.getByRole('region', { name: 'Cele i działania' });
    const open = goals.getByRole('button', { name: 'Dodaj działanie' });
    await open.click();
    let form = page.getByRole('form', { name: 'Dodaj działanie' });
    await expect(form.getByRole('heading', { name: 'Dodaj działanie' })).toBeFocused();
    // Escape closes it and the focus goes back to its button
    await page.keyboard.press('Escape');
    await expect(form).toHaveCount(0);
    await expect(open).toBeFocused();

    await open.click();
    form = page.getByRole('form', { name: 'Dodaj działanie' });
    await form.getByLabel('Kto prowadzi działanie').selectOption(PUP_ID);
    const services = form.getByLabel('Usługa z katalogu');
    // the PUP's services in force today: the 2025 act's internship, not the 2004 act's, nothing of the OPS
    await expect(services.locator('option[value="PUP_INTERNSHIP_2025"]')).toHaveCount(1);
    await expect(services.locator('option[value="PUP_INTERNSHIP_2004"]')).toHaveCount(0);
    await expect(services.locator('option[value="OPS_SOCIAL_WORK"]')).toHaveCount(0);
    await services.selectOption('PUP_INTERNSHIP_2025');
    await form.getByLabel('Nazwa działania').fill('Staż w bibliotece');
    await form.getByLabel('Cel', { exact: true }).selectOption({ label: 'Podjęcie zatrudnienia' });
    await checkPage(page, 'plan-add-step-form', testInfo);
    await form.getByRole('button', { name: 'Dodaj działanie' }).click();
    await expect(page.getByText('Dodano działanie „Staż w bibliotece”.')).toBeVisible();
    await expect(form).toHaveCount(0);
    await expect(goals.getByRole('region', { name: 'Cel 1: Podjęcie zatrudnienia' })).toContainText('Staż w bibliotece');
    await expect(page.getByRole('table', { name: 'Działania według planowanej daty rozpoczęcia' })).toContainText('Staż w bibliotece');

    // the same service, owner and dates again: a warning first
    await open.click();
    await form.getByLabel('Kto prowadzi działanie').selectOption(PUP_ID);
    await form.getByLabel('Usługa z katalogu').selectOption('PUP_INTERNSHIP_2025');
    await form.getByLabel('Nazwa działania').fill('Staż w bibliotece (drugi)');
    await form.getByRole('button', { name: 'Dodaj działanie' }).click();
    const warning = form.getByRole('group', { name: 'W planie jest już takie działanie' });
    await expect(warning).toBeFocused();
    await expect(warning).toContainText('Staż w bibliotece');
    await checkPage(page, 'plan-duplicate-step', testInfo);
    await form.getByRole('button', { name: 'Anuluj' }).click();
    await expect(open).toBeFocused();
    await expect(stepItem(page, 'Staż w bibliotece (drugi)')).toHaveCount(0);
  });

  await test.step('refer to an institution without a basis: the basis is recorded inline', async () => {
    const referrals = page.getByRole('region', { name: 'Skierowania' });
    await referrals.getByRole('button', { name: 'Wyślij skierowanie' }).click();
    const form = page.getByRole('form', { name: 'Wyślij skierowanie' });
    await expect(form.getByRole('heading', { name: 'Wyślij skierowanie' })).toBeFocused();
    await form.getByLabel('Szukaj instytucji w katalogu').fill(NGO.search);
    const institution = form.getByLabel('Instytucja, do której kierujesz');
    await expect(institution.locator(`option[value="${NGO.id}"]`)).toHaveCount(1);
    await institution.selectOption(NGO.id);
    const basis = form.getByRole('group', { name: /Podstawa udostępnienia danych tej instytucji/ });
    await expect(basis).toBeVisible();
    await form.getByLabel('Wiadomość').fill('Prosimy o zajęcia grupowe dla osoby.');
    await form.getByRole('button', { name: 'Zapisz podstawę i wyślij skierowanie' }).click();
    // the basis is required: one error summary, nothing sent
    await expect(form.getByRole('alert')).toContainText('Wybierz podstawę prawną.');
    await checkPage(page, 'plan-referral-inline-basis', testInfo);
    await basis.getByLabel('Podstawa prawna').selectOption('CONSENT_ART_6_1_A');
    await basis.getByLabel('Cel udostępnienia').fill('Zajęcia grupowe w stowarzyszeniu');
    await form.getByRole('button', { name: 'Zapisz podstawę i wyślij skierowanie' }).click();
    await expect(page.getByText(`Zapisano podstawę udostępnienia danych i wysłano skierowanie do: ${NGO.name}.`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Skierowania w tym planie' })).toContainText(`→ ${NGO.name}`);
  });

  await test.step('closing the plan asks first and says what happens', async () => {
    const status = page.getByRole('region', { name: 'Status planu' });
    await status.getByRole('button', { name: 'Zamknij plan' }).click();
    const dialog = status.getByRole('alertdialog', { name: /^Zamknąć plan OPS-\d{4}\/\d{4}\?$/ });
    await expect(dialog).toBeFocused();
    await expect(dialog).toContainText('Tego nie można cofnąć.');
    await checkPage(page, 'plan-close-confirm', testInfo);
    await dialog.getByRole('button', { name: 'Anuluj' }).click();
    await expect(status.getByRole('button', { name: 'Zamknij plan' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Podsumowanie planu' })).toContainText('Szkic');
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
    await page.getByRole('region', { name: 'Cele i działania' }).getByRole('button', { name: 'Dodaj działanie' }).click();
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
