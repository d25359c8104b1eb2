import { expect, test, type Page } from '@playwright/test';
import { checkPage, logIn, named, stepItem } from './support';

const PUP = { id: 'a1000000-0000-4000-8000-000000000002', name: 'Powiatowy Urząd Pracy w Legionowie', search: 'Urząd Pracy Legionowo' };
const NGO = { id: 'a1000000-0000-4000-8000-000000000003', name: 'Stowarzyszenie „Wspólna Droga”', search: 'Stowarzyszenie Wspólna Droga' };
const CIS = { id: 'a1000000-0000-4000-8000-000000000006', name: 'Centrum Integracji Społecznej w Wieliszewie', search: 'Centrum Integracji Wieliszew' };
const OPS_ID = 'a1000000-0000-4000-8000-000000000001';

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Wyloguj się' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeVisible();
}

async function recordSharing(page: Page, institution: { id: string; name: string; search: string }, basis: string, purpose: string) {
  const form = page.getByRole('form', { name: 'Zapisz nową podstawę udostępnienia' });
  await form.getByLabel('Wyszukaj instytucję w katalogu').fill(institution.search);
  const select = form.getByLabel('Instytucja', { exact: true });
  await expect(select.locator(`option[value="${institution.id}"]`)).toHaveCount(1);
  await select.selectOption(institution.id);
  await form.getByLabel('Podstawa prawna').selectOption(basis);
  await form.getByLabel('Cel udostępnienia').fill(purpose);
  await form.getByRole('button', { name: 'Zapisz podstawę udostępnienia' }).click();
  await expect(page.getByText(`Zapisano podstawę udostępnienia dla: ${institution.name}.`)).toBeVisible();
}

async function addStep(page: Page, owner: string, service: string, title: string) {
  // the form opens on demand and closes once the step is added
  await page.getByRole('region', { name: 'Cele i działania' }).getByRole('button', { name: 'Dodaj działanie' }).click();
  const form = page.getByRole('form', { name: 'Dodaj działanie' });
  await expect(form.getByRole('heading', { name: 'Dodaj działanie' })).toBeFocused();
  await form.getByLabel('Kto prowadzi działanie').selectOption(owner);
  await expect(form.getByLabel('Usługa z katalogu').locator(`option[value="${service}"]`)).toHaveCount(1);
  await form.getByLabel('Usługa z katalogu').selectOption(service);
  await form.getByLabel('Nazwa działania').fill(title);
  await form.getByRole('button', { name: 'Dodaj działanie' }).click();
  await expect(page.getByText(`Dodano działanie „${title}”.`)).toBeVisible();
}

/** A partner on the team: sees the plan, edits only its own step, every other step read-only, no plan or team editing. */
async function partnerEditsOwnStep(page: Page, own: string, others: string[], note: string) {
  await expect(page.getByRole('region', { name: 'Status planu' }).getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Zmień tytuł, okres i cele' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Zmień zespół' })).toHaveCount(0);
  await Promise.all(
    others.flatMap((title) => [
      expect(stepItem(page, title).getByRole('button')).toHaveCount(0),
      expect(stepItem(page, title).getByText(/To działanie zmienia tylko instytucja, która je prowadzi/)).toBeVisible(),
    ]),
  );
  await stepItem(page, own).getByRole('button', { name: named('Zmień', own) }).click();
  const editor = page.getByRole('form', { name: `Zmiana działania „${own}”` });
  await editor.getByLabel('Status').selectOption('IN_PROGRESS');
  await editor.getByLabel('Uwagi').fill(note);
  await editor.getByRole('button', { name: 'Zapisz działanie' }).click();
  await expect(page.getByText(`Zapisano działanie „${own}”.`)).toBeVisible();
  await expect(stepItem(page, own)).toContainText('W trakcie');
  await expect(stepItem(page, own)).toContainText(note);
}

/**
 * Four institutions, one person. The OPS caseworker registers the person, records the legal
 * basis for the PUP, the NGO and the CIS, starts a plan with the PUP and the NGO on the team,
 * adds one step owned by each and refers its own step to the CIS. The PUP and the NGO each see
 * the plan and change only their own step. The CIS sees only the minimum in its inbox, accepts,
 * then sees the plan. Finally the OPS coordinator reorders the goals and adds the CIS to the team
 * (If-Match against the real API). axe (WCAG 2.1 A/AA) on every page visited.
 */
test('OPS, PUP, NGO and CIS: one plan, steps by owner, a referral accepted', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36).slice(-5);
  const lastName = `Żółkiewska-${suffix}`;
  const person = `Łucja ${lastName}`;
  const planTitle = `Wspólny plan ${suffix}`;
  const steps = { ops: `Zajęcia w CIS ${suffix}`, pup: `Staż w urzędzie ${suffix}`, ngo: `Grupa wsparcia ${suffix}` };
  let planUrl = '';

  await test.step('OPS caseworker registers the person', async () => {
    await logIn(page, 'ewa.nowak', testInfo);
    await checkPage(page, 'ops-home', testInfo);
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Moi klienci' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moi klienci' })).toBeVisible();
    await checkPage(page, 'ops-caseload', testInfo);
    await page.getByRole('link', { name: 'Zarejestruj osobę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zarejestruj osobę' })).toBeVisible();
    await checkPage(page, 'ops-register', testInfo);
    await page.getByLabel('Imię', { exact: true }).fill('Łucja');
    await page.getByLabel('Nazwisko', { exact: true }).fill(lastName);
    await page.getByLabel('Data urodzenia').fill('1988-05-17');
    await page.getByLabel('Województwo').selectOption('14');
    await page.getByLabel('Powiat').selectOption('1408');
    await page.getByLabel('Gmina', { exact: true }).selectOption('1408011');
    await page.getByRole('button', { name: 'Zarejestruj osobę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible();
    await checkPage(page, 'ops-client', testInfo);
  });

  await test.step('OPS records the legal basis for the PUP, the NGO and the CIS', async () => {
    await recordSharing(page, PUP, 'PUBLIC_TASK_ART_6_1_E', 'Staż i pośrednictwo pracy');
    await recordSharing(page, NGO, 'CONSENT_ART_6_1_A', 'Grupa wsparcia w stowarzyszeniu');
    await recordSharing(page, CIS, 'CONSENT_ART_6_1_A', 'Reintegracja społeczna i zawodowa w CIS');
    await Promise.all([PUP, NGO, CIS].map((institution) => expect(page.getByRole('heading', { level: 3, name: new RegExp(institution.name) })).toBeVisible()));
    await checkPage(page, 'ops-client-shared', testInfo);
  });

  await test.step('OPS starts a plan with the PUP and the NGO on the team', async () => {
    const section = page.getByRole('region', { name: 'Rozpocznij plan działania' });
    await section.getByLabel('Tytuł planu').fill(planTitle);
    await section.getByLabel('Cele').fill('Podjęcie zatrudnienia\nWyjście z izolacji');
    await section.getByRole('checkbox', { name: PUP.name }).check();
    await section.getByRole('checkbox', { name: NGO.name }).check();
    await expect(section.getByRole('checkbox', { name: CIS.name })).not.toBeChecked();
    await section.getByRole('button', { name: 'Rozpocznij plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    const team = page.getByRole('region', { name: 'Zespół' });
    await expect(team).toContainText(PUP.name);
    await expect(team).toContainText(NGO.name);
    await expect(team).not.toContainText(CIS.name);
    // staff of the lead changes the goals, only its coordinator the team
    await expect(page.getByRole('button', { name: 'Zmień tytuł, okres i cele' })).toBeVisible();
    await expect(team.getByRole('button', { name: 'Zmień zespół' })).toHaveCount(0);
    planUrl = page.url();
  });

  await test.step('OPS adds steps owned by the OPS, the PUP and the NGO', async () => {
    await addStep(page, OPS_ID, 'OPS_SOCIAL_WORK', steps.ops);
    await addStep(page, PUP.id, 'PUP_INTERNSHIP_2025', steps.pup);
    await addStep(page, NGO.id, 'FUNDED_PROGRAMMES_AND_PROJECTS', steps.ngo);
    // the steps serve no goal yet: their own group, each naming its owner
    const loose = page.getByRole('region', { name: 'Działania bez przypisanego celu' });
    await expect(loose).toContainText(steps.pup);
    await expect(stepItem(page, steps.pup)).toContainText(PUP.name);
    await expect(stepItem(page, steps.ngo)).toContainText(NGO.name);
    // the lead edits only its own step too
    await expect(stepItem(page, steps.pup).getByRole('button')).toHaveCount(0);
    await checkPage(page, 'ops-plan-steps', testInfo);
  });

  await test.step('OPS refers its own step to the CIS', async () => {
    await stepItem(page, steps.ops).getByRole('button', { name: named('Skieruj do innej instytucji', steps.ops) }).click();
    const form = page.getByRole('form', { name: 'Wyślij skierowanie' });
    await expect(form.getByRole('heading', { name: 'Wyślij skierowanie' })).toBeFocused();
    await expect(form.getByLabel('Usługa z katalogu (nieobowiązkowa)')).toHaveValue('OPS_SOCIAL_WORK');
    await expect(form.getByLabel('Wiadomość')).toHaveValue(`Prosimy o realizację działania „${steps.ops}” w ramach indywidualnego planu.`);
    // the CIS has a basis (recorded above) though it is not on the team
    await form.getByLabel('Szukaj instytucji w katalogu').fill(CIS.search);
    await expect(form.getByLabel('Instytucja, do której kierujesz').locator(`option[value="${CIS.id}"]`)).toHaveCount(1);
    await form.getByLabel('Instytucja, do której kierujesz').selectOption(CIS.id);
    await expect(form.getByRole('group', { name: /Podstawa udostępnienia danych tej instytucji/ })).toHaveCount(0);
    await form.getByRole('button', { name: 'Wyślij skierowanie' }).click();
    await expect(page.getByText(`Wysłano skierowanie do: ${CIS.name}.`)).toBeVisible();
    const referrals = page.getByRole('table', { name: 'Skierowania w tym planie' });
    await expect(referrals).toContainText(`→ ${CIS.name}`);
    await expect(referrals).toContainText('Wysłane');
    await checkPage(page, 'ops-plan-referred', testInfo);

    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Skierowania' }).click();
    await page.getByRole('navigation', { name: 'Skrzynki skierowań' }).getByRole('link', { name: 'Wysłane' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Skierowania wysłane' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${person}`) })).toBeVisible();
    await expect(page.getByRole('button', { name: named('Wycofaj', person) })).toBeVisible();
    await checkPage(page, 'ops-outbox', testInfo);
    await logOut(page);
  });

  await test.step('PUP caseworker sees the plan and changes only its own step', async () => {
    await logIn(page, 'marta.wisniewska');
    await checkPage(page, 'pup-home', testInfo);
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    await partnerEditsOwnStep(page, steps.pup, [steps.ops, steps.ngo], 'Umowa stażowa podpisana');
    await checkPage(page, 'pup-plan', testInfo);
    await logOut(page);
  });

  await test.step('NGO coordinator sees the plan and changes only its own step', async () => {
    await logIn(page, 'piotr.zielinski');
    await checkPage(page, 'ngo-home', testInfo);
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    // a coordinator, but not of the lead institution: no team changes
    await partnerEditsOwnStep(page, steps.ngo, [steps.ops, steps.pup], 'Pierwsze spotkanie grupy');
    await checkPage(page, 'ngo-plan', testInfo);
    await logOut(page);
  });

  await test.step('CIS: only the minimum in the inbox, the plan hidden until it accepts', async () => {
    await logIn(page, 'anna.lewandowska');
    await checkPage(page, 'cis-home', testInfo);
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Nie znaleziono planu' })).toBeVisible();
    await checkPage(page, 'cis-plan-hidden', testInfo);

    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Skierowania' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Skierowania do mojej instytucji' })).toBeVisible();
    const card = page.locator('li.referral').filter({ has: page.getByRole('heading', { level: 2, name: /^Łucja Ż\./ }) }).filter({ hasText: steps.ops });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('widzisz tylko minimum danych o osobie');
    await expect(card).toContainText('1988');
    await expect(card).toContainText('Legionowo');
    await expect(card).not.toContainText('1408011');
    await expect(card).toContainText('Miejski Ośrodek Pomocy Społecznej w Legionowie');
    await expect(card).not.toContainText(lastName);
    await expect(card.getByRole('link', { name: /Otwórz plan/ })).toHaveCount(0);
    await checkPage(page, 'cis-inbox-minimum', testInfo);

    await card.getByRole('button', { name: /^Przyjmij/ }).click();
    await expect(page.getByRole('status', { name: 'Gotowe' })).toContainText('zostało przyjęte');
    const accepted = page.locator('li.referral').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^${person}`) }) });
    await expect(accepted).toContainText('Przyjęte');
    await expect(accepted).not.toContainText('minimum danych');
    await checkPage(page, 'cis-inbox-accepted', testInfo);
  });

  await test.step('CIS opens the plan once accepted: read only', async () => {
    await page.getByRole('link', { name: named('Otwórz plan', person) }).click();
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    await Promise.all(Object.values(steps).map((title) => expect(stepItem(page, title).getByRole('button')).toHaveCount(0)));
    await expect(page.getByRole('button', { name: 'Zmień tytuł, okres i cele' })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Dodaj działanie' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Skierowania w tym planie' })).toContainText('Przyjęte');
    await checkPage(page, 'cis-plan', testInfo);
  });

  await test.step('CIS has the person in its caseload once it accepted, found by name', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Moi klienci' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moi klienci' })).toBeVisible();
    const form = page.getByRole('search', { name: 'Wyszukiwanie klientów' });
    await form.getByRole('searchbox', { name: 'Imię lub nazwisko' }).fill(lastName.toLowerCase().replace('ż', 'z').replace('ó', 'o').replace('ł', 'l'));
    await form.getByRole('button', { name: 'Szukaj' }).click();
    await expect(page.getByText('Znaleziono 1 osobę')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Klienci Twojej instytucji' }).getByRole('link', { name: person })).toBeVisible();
    await checkPage(page, 'cis-caseload', testInfo);
    await logOut(page);
  });

  await test.step('OPS coordinator reorders the goals and adds the CIS to the team', async () => {
    await logIn(page, 'jan.kowalski');
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();

    await page.getByRole('button', { name: 'Zmień tytuł, okres i cele' }).click();
    const details = page.getByRole('form', { name: 'Zmień tytuł, okres i cele planu' });
    await expect(details.getByRole('heading', { name: 'Zmień tytuł, okres i cele planu' })).toBeFocused();
    await details.getByRole('button', { name: named('Przenieś wyżej', 'Cel 2') }).click();
    await expect(details.getByLabel('Cel 1')).toHaveValue('Wyjście z izolacji');
    await expect(details.getByRole('button', { name: named('Przenieś niżej', 'Cel 1') })).toBeFocused();
    await details.getByLabel('Cel 2').fill('Podjęcie zatrudnienia na pełen etat');
    await checkPage(page, 'jan-plan-goals-form', testInfo);
    await details.getByRole('button', { name: 'Zapisz zmiany planu' }).click();
    await expect(page.getByText('Zapisano zmiany planu.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cele i działania' }).getByRole('heading', { level: 3, name: /^Cel \d/ })).toHaveText([
      'Cel 1: Wyjście z izolacji',
      'Cel 2: Podjęcie zatrudnienia na pełen etat',
    ]);

    await page.getByRole('button', { name: 'Zmień zespół' }).click();
    const teamForm = page.getByRole('form', { name: 'Zmień zespół planu' });
    await expect(teamForm.getByRole('checkbox', { name: PUP.name })).toBeChecked();
    await teamForm.getByRole('checkbox', { name: CIS.name }).check();
    await checkPage(page, 'jan-plan-team-form', testInfo);
    await teamForm.getByRole('button', { name: 'Zapisz zespół' }).click();
    await expect(page.getByText('Zapisano zespół planu.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Zespół' })).toContainText(CIS.name);
    await checkPage(page, 'jan-plan', testInfo);
  });
});
