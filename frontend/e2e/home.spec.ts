import { expect, test } from '@playwright/test';
import { checkPage, expectNoSidewaysScroll, logIn } from './support';

/**
 * Issue #16: every role's home shows the day's work as counts linking to the lists they count.
 * Each home is saved as a screenshot (e2e-artifacts/screenshots/home-*), checked by axe and at 360 px.
 */
const homes = [
  { user: 'ewa.nowak', sections: ['Twój dzień'], name: 'caseworker' },
  { user: 'jan.kowalski', sections: ['Twój dzień', 'Koordynacja'], name: 'coordinator' },
  { user: 'katarzyna.dabrowska', sections: ['Ochrona danych'], name: 'dpo' },
  { user: 'tomasz.wojcik', sections: ['Region'], name: 'analyst' },
  { user: 'admin', sections: ['Ostatnie importy katalogu', 'Ostatnie przebiegi anonimizacji'], name: 'admin' },
];

for (const home of homes) {
  test(`the ${home.name}'s home (${home.user})`, async ({ page }, testInfo) => {
    await logIn(page, home.user);
    const main = page.getByRole('main');
    await Promise.all(home.sections.map((section) => expect(main.getByRole('heading', { level: 2, name: section })).toBeVisible()));
    // every count has loaded (none still counting, none failed)
    await expect(main.getByText('Liczenie…')).toHaveCount(0);
    await expect(main.getByText(/Nie udało się policzyć/)).toHaveCount(0);
    await checkPage(page, `home-${home.name}`, testInfo);
    await expectNoSidewaysScroll(page, `home of ${home.user}`);
  });
}

test("a count on the caseworker's home opens the list it counts", async ({ page }) => {
  await logIn(page, 'ewa.nowak');
  const day = page.getByRole('region', { name: 'Twój dzień' });
  const overdue = day.getByRole('link', { name: /po terminie$/ });
  await expect(overdue).toBeVisible();
  const count = Number((await overdue.locator('.count-tile__count').textContent()) ?? '0');
  await overdue.click();
  await expect(page).toHaveURL(/\/caseload\?due=overdue$/);
  await expect(page.getByText('Pokazane są tylko zadania po terminie.')).toBeVisible();
  if (count > 0) {
    await expect(page.getByRole('table', { name: 'Zadania Twojej instytucji według terminu' }).getByRole('row')).toHaveCount(count + 1);
  }
});
