import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkPage, logIn } from './support';

const HEADER = 'external_id,type,name,gmina_teryt,street,postal_code,city,nip,cooperative_profile,places';

test('administrator journey: CSV import checked, refused with row errors, then written; CSV download; deactivate and reactivate', async ({ page }, testInfo) => {
  // unique per run: the import creates a new entry every time
  const stamp = String(Date.now());
  const externalId = `e2e-import-${stamp}`;
  const name = `Spółdzielnia Socjalna „Razem ${stamp}”`;
  const badFile = [
    HEADER,
    `${externalId},SPOLDZIELNIA,${name},1408043,ul. Zakroczymska 1,05-140,Serock,5260250275,MIXED,12`,
    `${externalId}-2,CIS,Centrum bez gminy,9999999,,,,,,`,
  ].join('\r\n');
  const goodFile = [HEADER, `${externalId},SPOLDZIELNIA,${name},1408043,ul. Zakroczymska 1,05-140,Serock,5260250274,MIXED,12`].join('\r\n');

  await test.step('log in; the import page is in the navigation', async () => {
    await logIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import katalogu z pliku CSV' })).toBeFocused();
    await checkPage(page, 'import-form', testInfo);
  });

  await test.step('a file with errors: nothing written, the errors listed by line and column', async () => {
    await page.getByLabel('Plik CSV').setInputFiles({ name: 'bledy.csv', mimeType: 'text/csv', buffer: Buffer.from(badFile, 'utf8') });
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await expect(page).toHaveURL(/\/directory\/imports\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sprawdzenie pliku' })).toBeVisible();
    const errors = page.getByRole('table', { name: 'Błędy w pliku' });
    await expect(errors).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('alert')).toContainText('Import nie powiódł się – nic nie zostało zapisane');
    const nipRow = errors.getByRole('row').filter({ hasText: 'NIP' });
    await expect(nipRow.getByRole('rowheader')).toHaveText('2');
    await expect(nipRow).toContainText('W kolumnie nip nie ma poprawnego numeru NIP');
    await expect(errors.getByRole('row').filter({ hasText: 'gmina_teryt' }).getByRole('rowheader')).toHaveText('3');
    await checkPage(page, 'import-errors', testInfo);
  });

  await test.step('the corrected file: checked, then imported', async () => {
    await page.getByRole('link', { name: 'Zaimportuj kolejny plik' }).click();
    await page.getByLabel('Plik CSV').setInputFiles({ name: 'poprawny.csv', mimeType: 'text/csv', buffer: Buffer.from(goodFile, 'utf8') });
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await expect(page.getByText('Sprawdzenie zakończone bez błędów. Nic nie zostało zapisane.')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.summary-list__row').filter({ hasText: 'Instytucje do dodania' })).toContainText('1');

    await page.getByRole('link', { name: 'Zaimportuj kolejny plik' }).click();
    await page.getByLabel('Plik CSV').setInputFiles({ name: 'poprawny.csv', mimeType: 'text/csv', buffer: Buffer.from(goodFile, 'utf8') });
    await page.getByRole('checkbox', { name: 'Tylko sprawdź plik (nic nie zapisuj)' }).uncheck();
    await page.getByRole('button', { name: 'Importuj plik' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Zmiany zostały zapisane w katalogu.' });
    await expect(done).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.summary-list__row').filter({ hasText: 'Dodane instytucje' })).toContainText('1');
    await checkPage(page, 'import-done', testInfo);
    await page.getByRole('link', { name: 'Wróć do importów' }).click();
    await expect(page.getByRole('table', { name: 'Ostatnie importy, od najnowszego' })).toContainText('poprawny.csv');
  });

  await test.step('the imported entry is in the directory; the CSV download holds it', async () => {
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Instytucje' }).click();
    const form = page.getByRole('search', { name: 'Wyszukiwanie instytucji' });
    await form.getByLabel('Szukaj', { exact: true }).fill(`Razem ${stamp}`);
    await form.getByRole('button', { name: 'Szukaj', exact: true }).click();
    const table = page.getByRole('table', { name: 'Katalog instytucji' });
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table).toContainText(name);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Pobierz CSV (1 instytucja)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^synergia-instytucje-\d{4}-\d{2}-\d{2}\.csv$/);
    const content = readFileSync((await download.path())!, 'utf8');
    expect(content).toContain(externalId);
    expect(content).toContain(name);
    await expect(page.getByRole('status').filter({ hasText: /^Pobrano plik synergia-instytucje-/ })).toBeVisible();
    await checkPage(page, 'directory-download', testInfo);
  });

  await test.step('deactivate the entry after a confirmation, then reactivate it', async () => {
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Informacje podstawowe' })).toContainText('mieszany (integracyjno-usługowy)');
    await page.getByRole('button', { name: 'Dezaktywuj instytucję' }).click();
    const confirm = page.getByRole('group', { name: /Czy dezaktywować instytucję/ });
    await expect(confirm).toBeFocused();
    await confirm.getByRole('button', { name: 'Tak, dezaktywuj' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Instytucja została dezaktywowana.' })).toBeVisible();
    await expect(page.getByText('Nieaktywna', { exact: true })).toBeVisible();
    await checkPage(page, 'institution-deactivated', testInfo);
    await page.getByRole('button', { name: 'Przywróć instytucję' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Instytucja jest znów aktywna.' })).toBeVisible();
    const history = page.getByRole('region', { name: 'Historia zmian' });
    await expect(history.getByRole('listitem').nth(0)).toContainText('Przywrócono');
    await expect(history.getByRole('listitem').nth(1)).toContainText('Dezaktywowano');
    await expect(history.getByRole('listitem').nth(2)).toContainText('Zaimportowano');
  });
});
