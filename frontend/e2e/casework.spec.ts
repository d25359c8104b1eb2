import { expect, test, type Page } from '@playwright/test';
import { checkPage, logIn, stepItem } from './support';

const PUP = { id: 'a1000000-0000-4000-8000-000000000002', name: 'Powiatowy Urząd Pracy w Legionowie', search: 'Urząd Pracy Legionowo' };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A control named "<action>: <subject>", the subject in visually hidden text (browsers may put a space before the colon). */
const named = (action: string, subject: string) => new RegExp(`^${escape(action)}\\s*:\\s*${escape(subject)}$`);

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Wyloguj się' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Witamy w Synergii' })).toBeVisible();
}

/** A valid PESEL of someone born in the 1900s, different on every run. */
function pesel(): string {
  const year = 1960 + Math.floor(Math.random() * 40);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const serial = Math.floor(Math.random() * 10000);
  const digits = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/**
 * Case work as the law and the caseworker need it. A colleague has signed in once (so the platform
 * knows him). The OPS caseworker registers a person with PESEL, shares with the PUP and starts a
 * plan; records a diagnosis, adds an own action for the person answering a need and a PUP service
 * step, names herself the caseworker (the case is among hers) and hands it over to the colleague
 * after a confirmation. The data-protection officer finds the person by PESEL (never in a URL) and
 * records a restriction request. The accessibility statement is one link away in every footer. axe
 * (WCAG 2.1 A/AA) on every page visited.
 */
test('diagnosis, own and PUP steps, caseworker and hand-over; the DPO records a restriction request', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36).slice(-5);
  const lastName = `Żmigrodzka-${suffix}`;
  const person = `Halina ${lastName}`;
  const planTitle = `Powrót do pracy ${suffix}`;
  const ownAction = `Przegląda oferty pracy w internecie ${suffix}`;
  const pupStep = `Pośrednictwo pracy ${suffix}`;
  const number = pesel();

  await test.step('a colleague of the OPS has signed in to the platform once', async () => {
    await logIn(page, 'jan.kowalski', testInfo);
    await checkPage(page, 'colleague-home', testInfo);
    await logOut(page);
  });

  await test.step('the OPS caseworker registers a person with PESEL', async () => {
    await logIn(page, 'ewa.nowak');
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    await nav.getByRole('link', { name: 'Moje sprawy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moje sprawy' })).toBeFocused();
    await checkPage(page, 'my-cases-before', testInfo);
    await nav.getByRole('link', { name: 'Moi klienci' }).click();
    await page.getByRole('link', { name: 'Zarejestruj osobę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zarejestruj osobę' })).toBeVisible();
    await page.getByLabel('Imię', { exact: true }).fill('Halina');
    await page.getByLabel('Nazwisko', { exact: true }).fill(lastName);
    await page.getByLabel('PESEL').fill(number);
    await page.getByLabel('Województwo').selectOption('14');
    await page.getByLabel('Powiat').selectOption('1408');
    await page.getByLabel('Gmina', { exact: true }).selectOption('1408011');
    await page.getByRole('button', { name: 'Zarejestruj osobę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible();
    expect(page.url()).not.toContain(number);
    await expect(page.getByRole('region', { name: 'Historia zmian danych' })).toContainText('Danych tej osoby nie zmieniano.');
    await checkPage(page, 'client', testInfo);
  });

  await test.step('shares with the PUP and starts a plan with it', async () => {
    const form = page.getByRole('form', { name: 'Zapisz nową podstawę udostępnienia' });
    await form.getByLabel('Wyszukaj instytucję w katalogu').fill(PUP.search);
    const select = form.getByLabel('Instytucja', { exact: true });
    await expect(select.locator(`option[value="${PUP.id}"]`)).toHaveCount(1);
    await select.selectOption(PUP.id);
    await form.getByLabel('Podstawa prawna').selectOption('PUBLIC_TASK_ART_6_1_E');
    await form.getByLabel('Cel udostępnienia').fill('Pośrednictwo pracy');
    await form.getByRole('button', { name: 'Zapisz podstawę udostępnienia' }).click();
    await expect(page.getByText(`Zapisano podstawę udostępnienia dla: ${PUP.name}.`)).toBeVisible();
    const start = page.getByRole('region', { name: 'Rozpocznij plan działania' });
    await start.getByLabel('Tytuł planu').fill(planTitle);
    await start.getByLabel('Cele').fill('Podjęcie zatrudnienia');
    await start.getByRole('checkbox', { name: PUP.name }).check();
    await start.getByRole('button', { name: 'Rozpocznij plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    await expect(page.getByText('Ustawa z 20 marca 2025 r. o rynku pracy i służbach zatrudnienia')).toBeVisible();
    await expect(page.getByText('Kontakt PUP z osobą co najmniej co 30 dni.')).toBeVisible();
    await checkPage(page, 'plan', testInfo);
  });

  await test.step('records a diagnosis: two needs and a strength', async () => {
    const section = page.getByRole('region', { name: 'Diagnoza' });
    await expect(section).toContainText('Nie zapisano jeszcze diagnozy.');
    await section.getByRole('button', { name: 'Zapisz nową diagnozę' }).click();
    const form = section.getByRole('form', { name: 'Nowa diagnoza' });
    await form.getByRole('group', { name: 'Sytuacja zawodowa' }).getByRole('radio', { name: 'Potrzeba' }).check();
    await form.getByLabel('Uwagi – Sytuacja zawodowa').fill('Bez pracy od dwóch lat');
    await form.getByRole('group', { name: 'Wykształcenie i umiejętności' }).getByRole('radio', { name: 'Zasób' }).check();
    await form.getByRole('group', { name: 'Kompetencje cyfrowe' }).getByRole('radio', { name: 'Potrzeba' }).check();
    await checkPage(page, 'diagnosis-form', testInfo);
    await form.getByRole('button', { name: 'Zapisz diagnozę' }).click();
    await expect(page.getByText('Zapisano diagnozę.')).toBeVisible();
    await expect(section.getByRole('row', { name: /Sytuacja zawodowa/ })).toContainText('Potrzeba');
    await expect(section.getByRole('row', { name: /Wykształcenie i umiejętności/ })).toContainText('Zasób');
    await expect(section).toContainText('Przygotowanie: Ewa Nowak');
  });

  await test.step('adds an own action for the person, answering a need, and a PUP service step', async () => {
    const addButton = page.getByRole('region', { name: 'Cele i działania' }).getByRole('button', { name: 'Dodaj działanie' });
    await addButton.click();
    const form = page.getByRole('form', { name: 'Dodaj działanie' });
    await form.getByLabel('Kto prowadzi działanie').selectOption('PERSON');
    await expect(form.getByLabel('Usługa z katalogu')).toHaveCount(0);
    await form.getByLabel('Nazwa działania').fill(ownAction);
    await form.getByRole('group', { name: /Odpowiada na potrzeby/ }).getByRole('checkbox', { name: 'Kompetencje cyfrowe' }).check();
    await checkPage(page, 'own-action-form', testInfo);
    await form.getByRole('button', { name: 'Dodaj działanie' }).click();
    await expect(page.getByText(`Dodano działanie „${ownAction}”.`)).toBeVisible();
    const own = stepItem(page, ownAction);
    await expect(own).toContainText('Osoba, której dotyczy plan');
    await expect(own).toContainText('Działanie własne (poza katalogiem)');
    await expect(own).toContainText('Kompetencje cyfrowe');

    await addButton.click();
    await form.getByLabel('Kto prowadzi działanie').selectOption(PUP.id);
    await form.getByRole('radio', { name: 'Z katalogu usług' }).check();
    const services = form.getByLabel('Usługa z katalogu');
    await expect(services.locator('option[value="PUP_JOB_PLACEMENT_2025"]')).toHaveCount(1);
    await services.selectOption('PUP_JOB_PLACEMENT_2025');
    await form.getByLabel('Nazwa działania').fill(pupStep);
    await form.getByRole('button', { name: 'Dodaj działanie' }).click();
    await expect(page.getByText(`Dodano działanie „${pupStep}”.`)).toBeVisible();
    await expect(stepItem(page, pupStep)).toContainText(PUP.name);
    await checkPage(page, 'plan-with-steps', testInfo);
  });

  await test.step('names herself the caseworker: the case is among hers', async () => {
    const planUrl = page.url();
    const section = page.getByRole('region', { name: 'Osoby prowadzące' });
    await section.getByRole('button', { name: 'Zostań osobą prowadzącą' }).click();
    await expect(page.getByText('Prowadzisz teraz tę sprawę.')).toBeVisible();
    await expect(section.getByRole('listitem')).toContainText('Ewa Nowak (to Ty)');
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Moje sprawy' }).click();
    const table = page.getByRole('table', { name: 'Twoje sprawy według nazwiska osoby' });
    await expect(table.getByRole('link', { name: planTitle })).toBeVisible();
    await checkPage(page, 'my-cases', testInfo);
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
  });

  await test.step('hands the case over to the colleague after a confirmation', async () => {
    const section = page.getByRole('region', { name: 'Osoby prowadzące' });
    await section.getByRole('button', { name: named('Przekaż sprawę', 'Ewa Nowak') }).click();
    const form = section.getByRole('form', { name: 'Przekaż sprawę innej osobie' });
    const colleague = form.getByLabel('Osoba, która przejmie sprawę');
    await expect(colleague.locator('option', { hasText: 'Jan Kowalski' })).toHaveCount(1);
    await colleague.selectOption({ label: 'Jan Kowalski' });
    await form.getByLabel(/Informacja dla osoby przejmującej/).fill('Umówione spotkanie w PUP w przyszłym tygodniu');
    await form.getByRole('button', { name: 'Dalej' }).click();
    const confirm = section.getByRole('group', { name: 'Potwierdź przekazanie sprawy' });
    await expect(confirm).toContainText('Sprawę przejmie: Jan Kowalski.');
    await checkPage(page, 'hand-over-confirmation', testInfo);
    await confirm.getByRole('button', { name: 'Tak, przekaż sprawę' }).click();
    await expect(page.getByText('Przekazano sprawę. Osoba prowadząca: Jan Kowalski.')).toBeVisible();
    await expect(section.getByRole('listitem')).toContainText('Jan Kowalski');
    await expect(section.getByRole('button', { name: 'Zostań osobą prowadzącą' })).toBeVisible();
  });

  await test.step('the accessibility statement is linked from the footer', async () => {
    await page.getByRole('contentinfo').getByRole('link', { name: 'Deklaracja dostępności' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deklaracja dostępności' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Procedura wnioskowo-skargowa' })).toBeVisible();
    await checkPage(page, 'accessibility-statement', testInfo);
    await logOut(page);
  });

  await test.step('the DPO finds the person by PESEL and records a restriction request', async () => {
    await logIn(page, 'katarzyna.dabrowska');
    const nav = page.getByRole('navigation', { name: 'Menu główne' });
    // the directory is not the officer's: /me no longer offers a link the API would refuse
    await expect(nav.getByRole('link', { name: 'Instytucje' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Wyszukaj osobę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wyszukaj osobę' })).toBeFocused();
    const form = page.getByRole('form', { name: 'Wyszukaj osobę' });
    await form.getByRole('textbox', { name: 'PESEL' }).fill(number);
    const searched = page.waitForRequest((request) => request.url().endsWith('/api/v1/dpo/searches') && request.method() === 'POST');
    await form.getByRole('button', { name: 'Szukaj' }).click();
    expect((await searched).url()).not.toContain(number);
    await expect(page.getByText('Znaleziono 1 osobę.')).toBeVisible();
    expect(page.url()).not.toContain(number);
    await checkPage(page, 'dpo-search', testInfo);

    await page.getByRole('link', { name: named('Zapisz wniosek', person) }).click();
    const request = page.getByRole('form', { name: 'Zapisz wniosek osoby' });
    await expect(page.getByText(`Wniosek osoby: ${person}`)).toBeVisible();
    await request.getByLabel('Rodzaj wniosku').selectOption('RESTRICTION');
    await request.getByLabel('Podstawa (wskazana przez osobę)').selectOption('ART_18_1_A_ACCURACY_CONTESTED');
    await request.getByLabel('Treść wniosku (opcjonalnie)').fill('Osoba kwestionuje poprawność adresu e-mail');
    await checkPage(page, 'dpo-new-request', testInfo);
    await request.getByRole('button', { name: 'Zapisz wniosek' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wniosek: Ograniczenie przetwarzania (art. 18)' })).toBeVisible();
    await expect(page.getByText(/Zapisano wniosek\. Odpowiedzi należy udzielić do/)).toBeVisible();
    await expect(page.getByRole('form', { name: 'Odpowiedz na wniosek' })).toBeVisible();
    await checkPage(page, 'dpo-request', testInfo);

    await page.getByRole('link', { name: 'Wróć do rejestru wniosków' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wnioski o usunięcie i ograniczenie danych' })).toBeVisible();
    await expect(page.getByRole('link', { name: named(person, 'Ograniczenie przetwarzania (art. 18)') })).toBeVisible();
    await checkPage(page, 'dpo-register', testInfo);
  });
});
