import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '@/shared/i18n/i18n';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { notification, notificationPage, NOTIFICATION_ID } from '@/test/notificationFixtures';
import { meAnnaCis, PLAN_ID, REFERRAL_ID } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

afterEach(async () => {
  await i18n.changeLanguage('pl');
});

const second = notification({
  id: 'e3000000-0000-4000-8000-000000000002',
  type: 'PLAN_TEAM_MEMBER_ADDED',
  title: 'Twoja instytucja dołączyła do zespołu planu działania',
  occurredAt: '2025-05-01T10:00:00Z',
  read: true,
  link: { type: 'PLAN', id: PLAN_ID },
});

function api(pages: (url: URL, request: Request) => Response, extra = {}) {
  return mockFetch({
    'GET /api/v1/me': () => json(meAnnaCis),
    'GET /api/v1/notifications/unread-count': () => json({ count: 1 }),
    'GET /api/v1/notifications': pages,
    ...extra,
  });
}

describe('the notifications page', () => {
  it('lists the notifications newest first, each linking to its record, the unread ones marked', async () => {
    api(() => json(notificationPage([notification(), second])));
    renderApp('/notifications');
    expect(screen.getByRole('heading', { level: 1, name: 'Powiadomienia' })).toBeInTheDocument();
    expect(await screen.findByText('2 powiadomienia. Nieprzeczytane: 1.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Powiadomienia' });
    const items = within(list).getAllByRole('listitem');
    expect(within(items[0]!).getByRole('link', { name: /^Nowe skierowanie do Twojej instytucji/ })).toHaveAttribute('href', `/referrals/${REFERRAL_ID}`);
    expect(within(items[0]!).getByText('Nowe')).toBeInTheDocument();
    expect(within(items[0]!).getByText(/Nowe skierowanie do instytucji$/)).toBeInTheDocument();
    expect(within(items[1]!).getByRole('link', { name: 'Twoja instytucja dołączyła do zespołu planu działania' })).toHaveAttribute('href', `/plans/${PLAN_ID}`);
    expect(within(items[1]!).queryByText('Nowe')).not.toBeInTheDocument();
    expect(within(items[1]!).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ustawienia powiadomień' })).toHaveAttribute('href', '/notifications/preferences');
  });

  it('marks one read for the caller and refreshes the list and the bell', async () => {
    let read = false;
    const { requests } = api(() => json(notificationPage([notification({ read })])), {
      'POST /api/v1/notifications/e3000000-0000-4000-8000-000000000001/read': () => {
        read = true;
        return new Response(null, { status: 204 });
      },
    });
    renderApp('/notifications');
    const button = await screen.findByRole('button', { name: `Oznacz jako przeczytane: ${notification().title}` });
    await userEvent.click(button);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Oznacz jako przeczytane/ })).not.toBeInTheDocument());
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith(`/notifications/${NOTIFICATION_ID}/read`))).toBe(true);
    expect(requests.filter((r) => r.url.endsWith('/unread-count')).length).toBeGreaterThanOrEqual(2);
  });

  it('opening a notification marks it read and goes to the record', async () => {
    const { requests, } = api(() => json(notificationPage([notification()])), {
      'POST /api/v1/notifications/e3000000-0000-4000-8000-000000000001/read': () => new Response(null, { status: 204 }),
      'GET /api/v1/referrals/f2000000-0000-4000-8000-000000000001': () => problem(404, 'Not Found'),
    });
    const { router } = renderApp('/notifications');
    await userEvent.click(await screen.findByRole('link', { name: /^Nowe skierowanie do Twojej instytucji/ }));
    expect(router.state.location.pathname).toBe(`/referrals/${REFERRAL_ID}`);
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/read'))).toBe(true));
  });

  it('marks all read and says how many, with the plural', async () => {
    let unread = 5;
    api(() => json(notificationPage([notification()], { unread })), {
      'POST /api/v1/notifications/read-all': () => {
        const marked = unread;
        unread = 0;
        return json({ marked });
      },
    });
    renderApp('/notifications');
    await userEvent.click(await screen.findByRole('button', { name: 'Oznacz wszystkie jako przeczytane' }));
    expect(await screen.findByText('Oznaczono 5 powiadomień jako przeczytane.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Oznacz wszystkie jako przeczytane' })).not.toBeInTheDocument());
  });

  it('filters by unread, type and days through the URL and the API', async () => {
    const { requests } = api((url) =>
      json(url.searchParams.get('type') === 'REFERRAL_SENT' ? notificationPage([notification()]) : notificationPage([notification(), second])),
    );
    const { router } = renderApp('/notifications');
    await screen.findByText('2 powiadomienia. Nieprzeczytane: 1.');
    const form = screen.getByRole('form', { name: 'Filtr powiadomień' });
    await userEvent.click(within(form).getByLabelText('Tylko nieprzeczytane'));
    await userEvent.selectOptions(within(form).getByLabelText('Rodzaj'), 'REFERRAL_SENT');
    await userEvent.type(within(form).getByLabelText('Od dnia'), '2025-05-01');
    await userEvent.type(within(form).getByLabelText('Do dnia'), '2025-05-31');
    await userEvent.click(within(form).getByRole('button', { name: 'Pokaż' }));
    expect(await screen.findByText('1 powiadomienie. Nieprzeczytane: 1.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?unread=true&type=REFERRAL_SENT&from=2025-05-01&to=2025-05-31');
    const last = new URL(requests.findLast((r) => new URL(r.url).pathname === '/api/v1/notifications')!.url);
    expect(last.searchParams.get('unread')).toBe('true');
    expect(last.searchParams.getAll('type')).toEqual(['REFERRAL_SENT']);
    expect(last.searchParams.get('from')).toBe('2025-05-01');
    expect(last.searchParams.get('to')).toBe('2025-05-31');
  });

  it('asks for the texts in the SPA language', async () => {
    const { requests } = api((_, request) =>
      json(notificationPage([notification({ title: request.headers.get('Accept-Language') === 'en' ? 'New referral for your institution' : 'Nowe skierowanie' })])),
    );
    renderApp('/notifications');
    expect(await screen.findByRole('link', { name: 'Nowe skierowanie' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('link', { name: 'New referral for your institution' })).toBeInTheDocument();
    expect(requests.filter((r) => new URL(r.url).pathname === '/api/v1/notifications').map((r) => r.headers.get('Accept-Language'))).toEqual(['pl', 'en']);
  });

  it('says when there is nothing, or nothing matching', async () => {
    api(() => json(notificationPage([])));
    renderApp('/notifications');
    expect(await screen.findByText(/Nie masz jeszcze powiadomień/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Oznacz wszystkie jako przeczytane' })).not.toBeInTheDocument();
  });

  it('says when nothing matches the filter', async () => {
    api(() => json(notificationPage([])));
    renderApp('/notifications?unread=true');
    expect(await screen.findByText('Żadne powiadomienie nie pasuje do filtra.')).toBeInTheDocument();
  });
});
