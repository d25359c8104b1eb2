import { expect, test } from '@playwright/test';
import { checkPage, logIn } from './support';

const MOPS_NAME = 'Miejski Ośrodek Pomocy Społecznej w Legionowie';
/** NIP with a wrong check digit (what a typo gives), and the right one */
const BAD_NIP = '5260250275';
const GOOD_NIP = '5260250274';

test('coordinator journey: edit own institution with a validation error, save, see it in the history; manage an offering', async ({ page }, testInfo) => {
  // unique per run, so the history shows this run's change even on a reused database
  const phone = `22 ${String(Date.now()).slice(-7, -4)} ${String(Date.now()).slice(-4, -2)} ${String(Date.now()).slice(-2)}`;
  const schedule = `e2e ${Date.now()}: wt. i czw. 10:00–14:00`;

  await test.step('log in and open the own institution from the home page', async () => {
    await logIn(page, 'jan.kowalski');
    await expect(page.getByRole('heading', { level: 1, name: 'Dzień dobry, Jan Kowalski' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Wpis Twojej instytucji w katalogu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: MOPS_NAME })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Zmień dane instytucji' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dezaktywuj instytucję' })).toBeVisible();
    await checkPage(page, 'coordinator-institution', testInfo);
  });

  await test.step('the edit form: a NIP with a wrong check digit is refused by the server, shown in the summary', async () => {
    await page.getByRole('link', { name: 'Zmień dane instytucji' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zmień dane instytucji' })).toBeFocused();
    await expect(page).toHaveTitle(`Zmień dane instytucji: ${MOPS_NAME} – Synergia`);
    await expect(page.getByLabel('Gmina', { exact: true })).toHaveValue('1408011');
    await checkPage(page, 'coordinator-edit-form', testInfo);

    await page.getByLabel('Telefon').fill(phone);
    await page.getByLabel('NIP').fill(BAD_NIP);
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();

    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Wystąpił problem' }) });
    await expect(summary).toBeFocused();
    const link = summary.getByRole('link', { name: 'Wpisz poprawny numer NIP: 10 cyfr z prawidłową cyfrą kontrolną.' });
    await expect(link).toBeVisible();
    const nip = page.getByLabel('NIP');
    await expect(nip).toHaveAttribute('aria-invalid', 'true');
    await expect(nip).toHaveValue(BAD_NIP);
    // nothing typed is lost
    await expect(page.getByLabel('Telefon')).toHaveValue(phone);
    await checkPage(page, 'coordinator-edit-error', testInfo);

    // keyboard: the link in the summary moves to the field
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(nip).toBeFocused();
  });

  await test.step('corrected, it saves; the page shows the change and the history records it', async () => {
    await page.getByLabel('NIP').fill(GOOD_NIP);
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();

    const notice = page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' });
    await expect(notice).toBeVisible();
    await expect(notice).toBeFocused();
    await expect(page.getByRole('heading', { level: 1, name: MOPS_NAME })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kontakt' })).toContainText(phone);
    await expect(page.getByRole('region', { name: 'Identyfikatory' })).toContainText(GOOD_NIP);

    const history = page.getByRole('region', { name: 'Historia zmian' });
    const latest = history.getByRole('listitem').first();
    await expect(latest.getByRole('heading', { level: 3 })).toContainText('Zmieniono dane');
    await expect(latest).toContainText('Autor zmiany: Jan Kowalski');
    await expect(latest.getByRole('row', { name: /^Telefon/ })).toContainText(phone);
    await checkPage(page, 'coordinator-saved', testInfo);
  });

  await test.step('add an offering from the catalogue, then remove it', async () => {
    await page.getByRole('region', { name: 'Oferta' }).getByRole('link', { name: 'Dodaj ofertę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dodaj ofertę' })).toBeFocused();
    // the service is required: the summary says so
    await page.getByRole('button', { name: 'Dodaj ofertę' }).click();
    await expect(page.getByRole('alert').getByRole('link', { name: 'Wybierz usługę z katalogu.' })).toBeVisible();
    await checkPage(page, 'offering-form-error', testInfo);

    await page.getByLabel('Usługa z katalogu').selectOption({ label: 'Praca socjalna' });
    await page.getByLabel('Liczba miejsc').fill('40');
    await page.getByLabel('Harmonogram').fill(schedule);
    await page.getByRole('button', { name: 'Dodaj ofertę' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Dodano ofertę.' })).toBeVisible();
    const offerings = page.getByRole('region', { name: 'Oferta' });
    const row = offerings.getByRole('row').filter({ hasText: schedule });
    await expect(row).toContainText('Praca socjalna');
    await expect(row).toContainText('40');
    await expect(page.getByRole('region', { name: 'Historia zmian' }).getByRole('listitem').first()).toContainText('Dodano ofertę');
    await checkPage(page, 'offering-added', testInfo);

    await row.getByRole('button', { name: 'Usuń Praca socjalna' }).click();
    const confirm = page.getByRole('group', { name: 'Czy usunąć ofertę „Praca socjalna”?' });
    await expect(confirm).toBeFocused();
    await checkPage(page, 'offering-remove-confirm', testInfo);
    await confirm.getByRole('button', { name: 'Tak, usuń ofertę' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Usunięto ofertę „Praca socjalna”.' })).toBeVisible();
    await expect(offerings.getByRole('row').filter({ hasText: schedule })).toHaveCount(0);
  });
});
