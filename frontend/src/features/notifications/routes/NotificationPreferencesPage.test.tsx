import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch } from '@/test/fetchMock';
import { institutionPreferences, myPreferences } from '@/test/notificationFixtures';
import { meAnnaCis, meJanPlans } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

function api(me = meAnnaCis, extra = {}) {
  return mockFetch({
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
    'GET /api/v1/notification-preferences/me': () => json(myPreferences()),
    'GET /api/v1/notification-preferences/institution': () => json(institutionPreferences({ canEdit: me.roles.includes('coordinator') })),
    ...extra,
  });
}

async function bodyOf(request: Request): Promise<unknown> {
  return JSON.parse(await request.clone().text()) as unknown;
}

describe('the notification settings page', () => {
  it('shows the address mail goes to and, following the institution, its defaults read only', async () => {
    api();
    renderApp('/notifications/preferences');
    expect(screen.getByRole('heading', { level: 1, name: 'Ustawienia powiadomień' })).toBeInTheDocument();
    const mine = await screen.findByRole('form', { name: 'Twoje ustawienia' });
    expect(within(mine).getByText('E-maile wysyłamy na adres z Twojego konta: anna.lewandowska@synergia.example.')).toBeInTheDocument();
    expect(within(mine).getByRole('radio', { name: 'Tak jak ustawiła Twoja instytucja' })).toBeChecked();
    const table = within(mine).getByRole('table', { name: 'Ustawienia domyślne instytucji według rodzaju' });
    const row = within(table).getByRole('row', { name: /Nowe skierowanie do instytucji/ });
    expect(within(row).getByText('E-mail od razu')).toBeInTheDocument();
    expect(within(mine).queryByRole('combobox', { name: /^E-mail:/ })).not.toBeInTheDocument();
    // staff reads the institution's defaults; only its coordinator changes them
    const institution = screen.getByRole('region', { name: 'Ustawienia domyślne instytucji' });
    expect(within(institution).getByText(/Zmienia je koordynator instytucji/)).toBeInTheDocument();
    expect(within(institution).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/e-maile trafiają na jej adres z katalogu: cis@wieliszew.example.org/)).toBeInTheDocument();
  });

  it('saves the user\u2019s own choice per type and language', async () => {
    const { requests } = api(meAnnaCis, {
      'PUT /api/v1/notification-preferences/me': async (_: URL, request: Request) => {
        const body = (await bodyOf(request)) as Schemas['MyPreferencesRequest'];
        return json(myPreferences({ language: body.language, followsInstitution: false, items: myPreferences().items.map((item) => body.items?.find((own) => own.type === item.type) ?? item) }));
      },
    });
    renderApp('/notifications/preferences');
    const mine = await screen.findByRole('form', { name: 'Twoje ustawienia' });
    await userEvent.click(within(mine).getByRole('radio', { name: 'Według moich własnych ustawień' }));
    await userEvent.selectOptions(within(mine).getByRole('combobox', { name: 'E-mail: Nowe skierowanie do instytucji' }), 'DIGEST');
    await userEvent.click(within(mine).getByRole('checkbox', { name: 'W aplikacji: Koniec okresu planu' }));
    await userEvent.selectOptions(within(mine).getByLabelText('Język e-maili'), 'en');
    await userEvent.click(within(mine).getByRole('button', { name: 'Zapisz moje ustawienia' }));

    expect(await screen.findByText('Zapisano Twoje ustawienia powiadomień.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    const body = (await bodyOf(put)) as Schemas['MyPreferencesRequest'];
    expect(body.language).toBe('en');
    expect(body.followsInstitution).toBe(false);
    expect(body.items).toHaveLength(myPreferences().items.length); // one row a notification type
    expect(body.items?.find((item) => item.type === 'REFERRAL_SENT')).toEqual({ type: 'REFERRAL_SENT', inApp: true, email: 'DIGEST' });
    expect(body.items?.find((item) => item.type === 'PLAN_ENDING')).toEqual({ type: 'PLAN_ENDING', inApp: false, email: 'DIGEST' });
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Według moich własnych ustawień' })).toBeChecked());
  });

  it('lets the coordinator change the institution\u2019s defaults', async () => {
    const { requests } = api(meJanPlans, {
      'PUT /api/v1/notification-preferences/institution': async (_: URL, request: Request) =>
        json(institutionPreferences({ canEdit: true, items: ((await bodyOf(request)) as { items: Schemas['NotificationPreference'][] }).items })),
    });
    renderApp('/notifications/preferences');
    const form = await screen.findByRole('form', { name: 'Ustawienia domyślne instytucji' });
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'E-mail: Koniec okresu planu' }), 'OFF');
    await userEvent.click(within(form).getByRole('button', { name: 'Zapisz ustawienia instytucji' }));
    expect(await screen.findByText('Zapisano ustawienia domyślne instytucji.')).toBeInTheDocument();
    const body = (await bodyOf(requests.find((r) => r.method === 'PUT')!)) as { items: Schemas['NotificationPreference'][] };
    expect(body.items.find((item) => item.type === 'PLAN_ENDING')?.email).toBe('OFF');
  });

  it('shows a refusal in the error summary and keeps the form', async () => {
    api(meAnnaCis, {
      'PUT /api/v1/notification-preferences/me': () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403 }), { status: 403, headers: { 'Content-Type': 'application/problem+json' } }),
    });
    renderApp('/notifications/preferences');
    const mine = await screen.findByRole('form', { name: 'Twoje ustawienia' });
    await userEvent.click(within(mine).getByRole('button', { name: 'Zapisz moje ustawienia' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(screen.queryByText('Zapisano Twoje ustawienia powiadomień.')).not.toBeInTheDocument();
  });
});
