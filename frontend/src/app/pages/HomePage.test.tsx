import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { meAdmin, meEwa, meWithoutPermissions } from '@/test/fixtures';
import { dueItems, meDpo, meEwaPlans, meJanPlans, PLAN_ID, opsRef, referralDueItem } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

const page = (totalItems: number) => json({ items: [], page: 0, size: 1, totalItems, totalPages: totalItems });
const unreadCount = () => json({ count: 0 });

function notifications(counts: Record<string, number>) {
  return (url: URL) => {
    expect(url.searchParams.get('unread')).toBe('true');
    return page(counts[url.searchParams.get('type') ?? ''] ?? 0);
  };
}

describe('HomePage', () => {
  it("shows the caseworker's day as counts that link to the lists they count", async () => {
    const planEnding = { ...dueItems[1]!, kind: 'PLAN_END' as const, stepId: null, stepTitle: null, institution: opsRef, planId: PLAN_ID };
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meEwaPlans),
      'GET /api/v1/notifications/unread-count': unreadCount,
      'GET /api/v1/plans/due': () => json([...dueItems, referralDueItem, planEnding]),
      'GET /api/v1/referrals': () => page(3),
      'GET /api/v1/notifications': notifications({ PLAN_TEAM_MEMBER_ADDED: 1 }),
    });
    renderApp('/');
    const day = await screen.findByRole('region', { name: 'Twój dzień' });
    expect(await within(day).findByRole('link', { name: '3 nowe skierowania czekają na odpowiedź' })).toHaveAttribute('href', '/referrals?status=SENT');
    expect(within(day).getByRole('link', { name: '2 zadania po terminie' })).toHaveAttribute('href', '/caseload?due=overdue');
    expect(within(day).getByRole('link', { name: '2 zadania z bliskim terminem' })).toHaveAttribute('href', '/caseload?due=soon');
    expect(within(day).getByRole('link', { name: '1 plan kończy się w ciągu 30 dni' })).toHaveAttribute('href', '/caseload?due=ending');
    expect(await within(day).findByRole('link', { name: '1 nowa osoba w zespole planu' })).toHaveAttribute(
      'href',
      '/notifications?unread=true&type=PLAN_TEAM_MEMBER_ADDED',
    );
    const referrals = requests.find((r) => new URL(r.url).pathname === '/api/v1/referrals');
    expect(new URL(referrals!.url).searchParams.get('box')).toBe('in');
    expect(new URL(referrals!.url).searchParams.get('status')).toBe('SENT');
    // no coordinator, DPO, analyst or admin sections for a caseworker
    expect(screen.queryByRole('region', { name: 'Koordynacja' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ochrona danych' })).not.toBeInTheDocument();
    expect(document.title).toBe('Strona główna – Synergia');
  });

  it("adds the coordinator's partnerships needing action and directory warnings, in the coordinator's gmina", async () => {
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meJanPlans),
      'GET /api/v1/notifications/unread-count': unreadCount,
      'GET /api/v1/plans/due': () => json([]),
      'GET /api/v1/referrals': () => page(0),
      'GET /api/v1/notifications': notifications({ PARTNERSHIP_INVITATION: 2, INSTITUTION_STATUS_EXPIRED: 1, INSTITUTION_STATUS_EXPIRING: 5 }),
      'GET /api/v1/partnerships': (url) => page(url.searchParams.get('status') === 'CONSULTATION' ? 1 : 0),
    });
    renderApp('/');
    const coordination = await screen.findByRole('region', { name: 'Koordynacja' });
    expect(await within(coordination).findByRole('link', { name: '1 partnerstwo w konsultacjach w Twojej gminie' })).toHaveAttribute(
      'href',
      '/partnerships?gmina=1408011&status=CONSULTATION',
    );
    expect(within(coordination).getByRole('link', { name: '0 projektów partnerstw do dokończenia' })).toBeInTheDocument();
    expect(await within(coordination).findByRole('link', { name: '2 zaproszenia do partnerstw' })).toBeInTheDocument();
    expect(within(coordination).getByRole('link', { name: '1 status urzędowy wygasł' })).toBeInTheDocument();
    expect(within(coordination).getByRole('link', { name: '5 statusów urzędowych wkrótce wygaśnie' })).toBeInTheDocument();
    expect(within(coordination).getByRole('link', { name: 'Wpis Twojej instytucji w katalogu' })).toHaveAttribute('href', `/institutions/${meJanPlans.institution!.id}`);
    expect(requests.filter((r) => new URL(r.url).pathname === '/api/v1/partnerships').every((r) => new URL(r.url).searchParams.get('gmina') === '1408011')).toBe(true);
    expect(screen.getByRole('region', { name: 'Twój dzień' })).toBeInTheDocument();
  });

  it("says a count could not be read and still links to the list", async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meEwaPlans),
      'GET /api/v1/notifications/unread-count': unreadCount,
      'GET /api/v1/plans/due': () => problem(503, 'Service Unavailable'),
      'GET /api/v1/referrals': () => page(0),
      'GET /api/v1/notifications': notifications({}),
    });
    renderApp('/');
    const late = await screen.findByRole('link', { name: /Nie udało się policzyć \(zadań po terminie\)/ }, { timeout: 4000 });
    expect(late).toHaveAttribute('href', '/caseload?due=overdue');
  });

  it("gives the DPO the access log and the analyst the regional dashboard and the voivodeship's partnerships", async () => {
    mockFetch({
      'GET /api/v1/me': () => json({ ...meDpo, roles: ['dpo', 'regional-analyst'] }),
      'GET /api/v1/notifications/unread-count': unreadCount,
    });
    renderApp('/');
    const dpo = await screen.findByRole('region', { name: 'Ochrona danych' });
    expect(within(dpo).getByRole('link', { name: 'Rejestr dostępu do danych osoby' })).toHaveAttribute('href', '/access-log');
    const region = screen.getByRole('region', { name: 'Region' });
    expect(within(region).getByRole('link', { name: 'Panel regionalny' })).toHaveAttribute('href', '/regional');
    expect(within(region).getByRole('link', { name: 'Partnerstwa w województwie mazowieckie' })).toHaveAttribute('href', '/partnerships?gmina=14');
    expect(screen.queryByRole('region', { name: 'Twój dzień' })).not.toBeInTheDocument();
  });

  it("shows the administrator the latest imports and anonymisation runs", async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meAdmin),
      'GET /api/v1/directory/imports': () =>
        json({
          items: [
            { id: 'e1000000-0000-4000-8000-000000000001', status: 'FAILED', createdAt: '2026-12-01T09:00:00Z', fileName: 'instytucje.csv', dryRun: true, createdBy: 'admin', created: 0, updated: 0, unchanged: 0, errorCount: 2, totalRows: 3 },
          ],
          page: 0,
          size: 3,
          totalItems: 1,
          totalPages: 1,
        }),
      'GET /api/v1/anonymisations': () => json({ items: [], page: 0, size: 3, totalItems: 0, totalPages: 0 }),
    });
    renderApp('/');
    const imports = await screen.findByRole('region', { name: 'Ostatnie importy katalogu' });
    expect(await within(imports).findByRole('link', { name: /instytucje\.csv/ })).toHaveAttribute('href', '/directory/imports/e1000000-0000-4000-8000-000000000001');
    expect(within(imports).getByText('(tylko sprawdzenie)', { exact: false })).toBeInTheDocument();
    const runs = screen.getByRole('region', { name: 'Ostatnie przebiegi anonimizacji' });
    expect(await within(runs).findByText('Anonimizacja jeszcze nie była uruchamiana.')).toBeInTheDocument();
  });

  it('keeps the account (institution, roles, permissions) folded below the day', async () => {
    mockFetch({ 'GET /api/v1/me': () => json({ ...meEwa, roles: ['staff', 'coordinator'] }), 'GET /api/v1/notifications/unread-count': unreadCount, 'GET /api/v1/notifications': notifications({}), 'GET /api/v1/partnerships': () => page(0) });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dzień dobry, Ewa Nowak' })).toBeInTheDocument();
    expect(screen.getByText('Miejski Ośrodek Pomocy Społecznej w Legionowie, gmina Legionowo')).toBeInTheDocument();
    await userEvent.click(screen.getByText('Twoje konto: instytucja, role i uprawnienia'));
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' })).toHaveAttribute(
      'href',
      '/institutions/a1000000-0000-4000-8000-000000000001',
    );
    expect(within(main).getByText('pracownik')).toBeInTheDocument();
    expect(within(main).getByText('koordynator')).toBeInTheDocument();
    expect(within(main).getByText('Przeglądanie katalogu instytucji')).toBeInTheDocument();
  });

  it('handles a user without institution and permissions', async () => {
    mockFetch({ 'GET /api/v1/me': () => json(meWithoutPermissions) });
    renderApp('/');
    await userEvent.click(await screen.findByText('Twoje konto: instytucja, role i uprawnienia'));
    expect(screen.getByText('Twoje konto nie jest przypisane do żadnej instytucji.')).toBeInTheDocument();
    expect(screen.getByText('system zewnętrzny')).toBeInTheDocument();
    expect(screen.getByText('Nie masz jeszcze uprawnień do katalogu instytucji.')).toBeInTheDocument();
  });

  it('shows the problem when /me fails', async () => {
    mockFetch({ 'GET /api/v1/me': () => problem(401, 'Unauthorized', 'Token expired') });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unauthorized');
    expect(alert).toHaveTextContent('Token expired');
  });
});
