import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { baseURL, checkPage, logIn, named, stepItem } from './support';

const CIS = { id: 'a1000000-0000-4000-8000-000000000006', name: 'Centrum Integracji Społecznej w Wieliszewie', search: 'Centrum Integracji Wieliszew' };
const OPS = { id: 'a1000000-0000-4000-8000-000000000001', name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' };
const ANNA_MAIL = 'anna.lewandowska@synergia.example';
const EWA_MAIL = 'ewa.nowak@synergia.example';
/** the GreenMail web/REST view of the stack's mail server */
const mailURL = process.env.E2E_MAIL_URL ?? 'http://127.0.0.1:18083';

interface Mail {
  subject: string;
  mimeMessage: string;
}

/** The mail GreenMail holds for an address (none yet: an empty list). */
async function mailTo(request: APIRequestContext, address: string): Promise<Mail[]> {
  const response = await request.get(`${mailURL}/api/user/${encodeURIComponent(address)}/messages/INBOX/`);
  if (!response.ok()) return [];
  return (await response.json()) as Mail[];
}

/** The text of a raw message, quoted-printable decoded (soft line breaks joined, =XX bytes as UTF-8). */
function decoded(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Powiadomienia/ });
/** the bell's name once something is unread (a time-based event may add to the count during the run) */
const SOME_UNREAD = /^Powiadomienia\s*:\s*[1-9]\d* nieprzeczytan/;

/** The item of the notifications list whose link has this title. */
const itemTitled = (page: Page, title: string) =>
  page.getByRole('list', { name: 'Powiadomienia' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });

/** Starts from no unread notifications, whatever earlier journeys left. */
async function allRead(page: Page) {
  await bell(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Powiadomienia' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /powiadomie/ })).toBeVisible();
  const markAll = page.getByRole('button', { name: 'Oznacz wszystkie jako przeczytane' });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(page.getByText(/jako przeczytane\.$/)).toBeVisible();
  }
  await expect(bell(page)).toHaveAccessibleName('Powiadomienia');
}

async function api(request: APIRequestContext, token: string, path: string, data: unknown): Promise<string> {
  const response = await request.post(`${baseURL}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` }, data });
  expect(response.status(), `POST ${path}`).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/**
 * Closing the loop through the real Keycloak and the stack's mail server: the CIS user watches the
 * bell while the OPS caseworker refers a step to the CIS; the count rises (the dispatcher runs
 * every 2 s, the bell asks every 30 s), the notification opens the referral, the CIS accepts, and
 * the OPS caseworker's bell rises with the acceptance. Both e-mails are in GreenMail, saying what
 * happened and linking to it, without the person's name. axe on every new page.
 */
test('a referral reaches the CIS by bell and e-mail, its acceptance reaches the OPS', async ({ browser, request }, testInfo) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36).slice(-5);
  const lastName = `Żółkiewska-${suffix}`;
  const stepTitle = `Zajęcia w CIS ${suffix}`;
  const cis = await (await browser.newContext()).newPage();
  const ops = await (await browser.newContext()).newPage();
  let referralUrl = '';

  await test.step('the CIS user signs in and starts with nothing unread; the settings page', async () => {
    await logIn(cis, 'anna.lewandowska');
    await allRead(cis);
    await checkPage(cis, 'cis-notifications', testInfo);
    await cis.getByRole('link', { name: 'Ustawienia powiadomień' }).click();
    await expect(cis.getByRole('heading', { level: 1, name: 'Ustawienia powiadomień' })).toBeVisible();
    await expect(cis.getByText(`E-maile wysyłamy na adres z Twojego konta: ${ANNA_MAIL}.`)).toBeVisible();
    await expect(cis.getByRole('radio', { name: 'Tak jak ustawiła Twoja instytucja' })).toBeChecked();
    await checkPage(cis, 'cis-preferences', testInfo);
    await cis.getByRole('radio', { name: 'Według moich własnych ustawień' }).check();
    await expect(cis.getByRole('combobox', { name: 'E-mail: Nowe skierowanie do instytucji' })).toHaveValue('IMMEDIATE');
    await checkPage(cis, 'cis-preferences-own', testInfo);
    await cis.getByRole('radio', { name: 'Tak jak ustawiła Twoja instytucja' }).check();
  });

  const mailBefore = { anna: (await mailTo(request, ANNA_MAIL)).length, ewa: (await mailTo(request, EWA_MAIL)).length };

  await test.step('the OPS caseworker refers a step of a plan to the CIS', async () => {
    const token = await logIn(ops, 'ewa.nowak');
    await allRead(ops);
    const today = new Date().toISOString().slice(0, 10);
    const client = await api(request, token, '/clients', { firstName: 'Łucja', lastName, birthDate: '1988-05-17', gminaTeryt: '1408011' });
    await api(request, token, `/clients/${client}/sharing`, {
      institutionId: CIS.id, purpose: 'Reintegracja społeczna i zawodowa w CIS', legalBasis: 'CONSENT_ART_6_1_A', includesSensitive: false, givenOn: today,
    });
    const plan = await api(request, token, '/plans', { clientId: client, title: `Plan ${suffix}`, periodFrom: today, goals: ['Powrót do pracy'] });
    await api(request, token, `/plans/${plan}/steps`, { ownerInstitutionId: OPS.id, serviceCode: 'OPS_SOCIAL_WORK', title: stepTitle, plannedStart: today });

    await ops.goto(`/plans/${plan}`);
    await stepItem(ops, stepTitle).getByRole('button', { name: named('Skieruj do innej instytucji', stepTitle) }).click();
    const form = ops.getByRole('form', { name: 'Wyślij skierowanie' });
    await form.getByLabel('Szukaj instytucji w katalogu').fill(CIS.search);
    await expect(form.getByLabel('Instytucja, do której kierujesz').locator(`option[value="${CIS.id}"]`)).toHaveCount(1);
    await form.getByLabel('Instytucja, do której kierujesz').selectOption(CIS.id);
    await form.getByRole('button', { name: 'Wyślij skierowanie' }).click();
    await expect(ops.getByText(`Wysłano skierowanie do: ${CIS.name}.`)).toBeVisible();
  });

  await test.step('the CIS bell rises; the notification opens the referral', async () => {
    await expect(bell(cis)).toHaveAccessibleName(SOME_UNREAD, { timeout: 75_000 });
    await expect(cis.getByRole('status').filter({ hasText: /^Nowe powiadomieni/ })).toHaveText(/Powiadomienia: [1-9]\d* nieprzeczytan/);
    await bell(cis).click();
    const title = `Nowe skierowanie do Twojej instytucji od: ${OPS.name}`;
    const item = itemTitled(cis, title).first();
    await expect(item.getByRole('link', { name: title })).toBeVisible();
    await expect(item).toContainText('Nowe');
    await expect(item).not.toContainText(lastName);
    await checkPage(cis, 'cis-notification-new', testInfo);
    await item.getByRole('link', { name: title }).click();
    await expect(cis.getByRole('heading', { level: 1, name: `Skierowanie od: ${OPS.name}` })).toBeVisible();
    referralUrl = cis.url();
    const card = cis.locator('li.referral');
    await expect(card).toContainText('widzisz tylko minimum danych o osobie');
    await expect(card).not.toContainText(lastName);
    await checkPage(cis, 'cis-referral', testInfo);
    await card.getByRole('button', { name: /^Przyjmij/ }).click();
    await expect(cis.getByRole('status', { name: 'Gotowe' })).toContainText('zostało przyjęte');
    await expect(cis.locator('li.referral')).toContainText(lastName);
    await checkPage(cis, 'cis-referral-accepted', testInfo);
  });

  await test.step('the OPS bell rises with the acceptance', async () => {
    await expect(bell(ops)).toHaveAccessibleName(SOME_UNREAD, { timeout: 75_000 });
    await bell(ops).click();
    const accepted = ops.getByRole('link', { name: `Skierowanie przyjęte przez: ${CIS.name}` }).and(ops.locator(`[href="${new URL(referralUrl).pathname}"]`));
    await expect(accepted).toBeVisible();
    await expect(itemTitled(ops, `Skierowanie przyjęte przez: ${CIS.name}`).filter({ has: accepted })).toContainText('Nowe');
    await checkPage(ops, 'ops-notification-accepted', testInfo);
  });

  await test.step('the demo mail server holds both e-mails, without the person', async () => {
    const referralPath = new URL(referralUrl).pathname;
    await expect.poll(async () => (await mailTo(request, ANNA_MAIL)).length, { timeout: 60_000 }).toBeGreaterThan(mailBefore.anna);
    await expect.poll(async () => (await mailTo(request, EWA_MAIL)).length, { timeout: 60_000 }).toBeGreaterThan(mailBefore.ewa);
    const toAnna = (await mailTo(request, ANNA_MAIL)).find((mail) => decoded(mail.mimeMessage).includes(referralPath));
    const toEwa = (await mailTo(request, EWA_MAIL)).find((mail) => decoded(mail.mimeMessage).includes(referralPath));
    expect(toAnna?.subject).toBe(`Synergia: Nowe skierowanie do Twojej instytucji od: ${OPS.name}`);
    expect(toEwa?.subject).toBe(`Synergia: Skierowanie przyjęte przez: ${CIS.name}`);
    for (const mail of [toAnna!, toEwa!]) {
      const text = decoded(mail.mimeMessage);
      expect(text).toContain(`${baseURL}${referralPath}`);
      expect(text).not.toContain(lastName);
      expect(text).not.toContain('Łucja');
    }
  });
});
