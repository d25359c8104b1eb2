import { expect, test, type Page } from '@playwright/test';
import { checkPage, logIn } from './support';

const MCPS = 'Mazowieckie Centrum Polityki Społecznej';
const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Powiadomienia/ });

/**
 * The RPW's recommendation through the real Keycloak: the Mazowieckie analyst (ROPS) issues a
 * recommendation to gmina Legionowo resting on an indicator; the Legionowo OPS coordinator is told
 * (notification) and finds it in the list, acknowledges it after confirming; the analyst sees the
 * new status. The RPW page with its members and meetings. axe on every page.
 */
test('a recommendation of the region reaches the Legionowo OPS and is acknowledged', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36).slice(-5);
  const text = `Zwiększyć liczbę miejsc w KIS i uzgodnić z PUP kierowanie osób długotrwale bezrobotnych (${suffix}).`;
  const analyst = await (await browser.newContext()).newPage();
  const ops = await (await browser.newContext()).newPage();
  let url = '';

  await test.step('the analyst sees the RPW and issues a recommendation to gmina Legionowo', async () => {
    await logIn(analyst, 'tomasz.wojcik');
    await analyst.goto('/regional/rpw');
    await expect(analyst.getByRole('heading', { level: 1, name: 'Regionalna Platforma Współpracy – województwo mazowieckie' })).toBeVisible();
    await expect(analyst.getByRole('button', { name: 'Raport PDF' })).toBeVisible();
    await checkPage(analyst, 'rpw', testInfo);

    await analyst.goto('/recommendations');
    await expect(analyst.getByRole('heading', { level: 1, name: 'Rekomendacje regionu' })).toBeVisible();
    await expect(analyst.getByRole('status').filter({ hasText: /rekomendac/ })).toBeVisible();
    await checkPage(analyst, 'recommendations-analyst', testInfo);
    await analyst.getByRole('link', { name: 'Wydaj rekomendację' }).click();
    await expect(analyst.getByRole('heading', { level: 1, name: 'Wydaj rekomendację dla gminy lub powiatu' })).toBeVisible();
    await expect(analyst.getByRole('checkbox', { name: /\(CIS_KIS_PLACES_PER_10K\)$/ })).toBeVisible();
    await checkPage(analyst, 'recommendation-form', testInfo);
    await analyst.getByLabel('Kod TERYT gminy lub powiatu').fill('1408011');
    await analyst.getByLabel('Treść rekomendacji').fill(text);
    await analyst.getByRole('checkbox', { name: /\(CIS_KIS_PLACES_PER_10K\)$/ }).check();
    await analyst.getByRole('button', { name: 'Wydaj rekomendację' }).click();
    await expect(analyst.getByRole('heading', { level: 1, name: 'Rekomendacja: Gmina Legionowo' })).toBeVisible();
    await expect(analyst.getByText(text)).toBeVisible();
    await expect(analyst.getByText('wydana', { exact: true })).toBeVisible();
    url = analyst.url();
    await checkPage(analyst, 'recommendation-issued', testInfo);
  });

  await test.step('the Legionowo OPS coordinator is told, finds it in the list and acknowledges it', async () => {
    await logIn(ops, 'jan.kowalski');
    const title = `Nowa rekomendacja regionu dla Twojej gminy od: ${MCPS}`;
    await expect(async () => {
      await bell(ops).click();
      await expect(ops.getByRole('link', { name: title }).first()).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    await checkPage(ops, 'ops-notifications', testInfo);

    await ops.goto('/recommendations');
    await expect(ops.getByRole('heading', { level: 1, name: 'Rekomendacje regionu' })).toBeVisible();
    const row = ops.getByRole('row').filter({ hasText: suffix });
    await expect(row).toContainText('wydana');
    await checkPage(ops, 'recommendations-ops', testInfo);
    await row.getByRole('link', { name: 'Gmina Legionowo' }).click();
    await expect(ops.getByRole('heading', { level: 1, name: 'Rekomendacja: Gmina Legionowo' })).toBeVisible();
    await ops.getByRole('button', { name: 'Przyjmij do wiadomości' }).click();
    await expect(ops.getByRole('heading', { name: /Czy na pewno przyjąć rekomendację do wiadomości/ })).toBeVisible();
    await checkPage(ops, 'recommendation-confirm', testInfo);
    await ops.getByRole('button', { name: 'Tak, przyjmij do wiadomości' }).click();
    await expect(ops.getByText('Rekomendacja została przyjęta do wiadomości')).toBeVisible();
    await expect(ops.getByRole('button', { name: 'Oznacz jako wdrożoną' })).toBeVisible();
    await checkPage(ops, 'recommendation-acknowledged', testInfo);
  });

  await test.step('the analyst sees the new status and the history', async () => {
    await analyst.goto(url);
    await expect(analyst.getByText('przyjęta do wiadomości', { exact: true })).toBeVisible();
    await expect(analyst.getByRole('list').filter({ hasText: 'Jan Kowalski' })).toContainText('przyjęta do wiadomości');
    await checkPage(analyst, 'recommendation-seen-by-analyst', testInfo);
  });
});
