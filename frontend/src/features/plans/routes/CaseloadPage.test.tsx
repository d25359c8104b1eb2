import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, type Handler } from '@/test/fetchMock';
import { legionowo, meEwa } from '@/test/fixtures';
import { clientPage, clientSummary, dueItems, meEwaPlans, PLAN_ID, CLIENT_ID, referralDueItem } from '@/test/planFixtures';
import { renderApp } from '@/test/renderApp';

function handlers(extra: Record<string, Handler> = {}): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(meEwaPlans),
    'GET /api/v1/clients': () => json(clientPage([clientSummary(1), clientSummary(2)])),
    'GET /api/v1/plans/due': () => json(dueItems),
    ...extra,
  };
}

describe('caseload navigation', () => {
  it('shows "Moi klienci" with PLAN_WORK and leads to the caseload', async () => {
    mockFetch(handlers());
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Menu główne' });
    expect(await within(nav).findByRole('link', { name: 'Moi klienci' })).toHaveAttribute('href', '/caseload');
  });

  it('hides it without PLAN_WORK', async () => {
    mockFetch(handlers({ 'GET /api/v1/me': () => json(meEwa) }));
    renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Menu główne' });
    expect(await within(nav).findByRole('link', { name: 'Instytucje' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Moi klienci' })).not.toBeInTheDocument();
  });
});

describe('CaseloadPage', () => {
  it('lists the clients with a Polish plural count and links by id only', async () => {
    const { requests } = mockFetch(handlers());
    renderApp('/caseload');
    expect(screen.getByRole('heading', { level: 1, name: 'Moi klienci' })).toBeInTheDocument();
    expect(await screen.findByText('2 osoby')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Klienci Twojej instytucji' });
    expect(within(table).getByRole('link', { name: 'Osoba1 Testowa' })).toHaveAttribute('href', `/clients/${clientSummary(1).id}`);
    expect(within(table).getAllByText('14 marca 1985')).toHaveLength(2);
    const list = requests.find((request) => new URL(request.url).pathname === '/api/v1/clients')!;
    expect(new URL(list.url).searchParams.get('page')).toBe('0');
    expect(document.title).toBe('Moi klienci – Synergia');
  });

  it.each([
    [1, '1 osoba'],
    [5, '5 osób'],
    [22, '22 osoby'],
    [112, '112 osób'],
  ])('counts %i clients as "%s"', async (totalItems, text) => {
    mockFetch(handlers({ 'GET /api/v1/clients': () => json(clientPage([clientSummary(1)], { totalItems, totalPages: Math.ceil(totalItems / 20) })) }));
    renderApp('/caseload');
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('pages through the caseload: page 2 asks the API for page 1', async () => {
    const { requests } = mockFetch(handlers({ 'GET /api/v1/clients': () => json(clientPage([clientSummary(21)], { page: 1, totalItems: 21, totalPages: 2 })) }));
    renderApp('/caseload?page=2');
    expect(await screen.findByText('Strona 2 z 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Poprzednia/ })).toHaveAttribute('href', '/caseload?page=1');
    const list = requests.find((request) => new URL(request.url).pathname === '/api/v1/clients')!;
    expect(new URL(list.url).searchParams.get('page')).toBe('1');
  });

  it('lists what is due, saying in words which items are overdue, with links to the person and the plan', async () => {
    mockFetch(handlers());
    renderApp('/caseload');
    expect(await screen.findByText('2 zadania do zrobienia. W tym 1 po terminie.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Zadania Twojej instytucji według terminu' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Po terminie')).toBeInTheDocument();
    expect(rows[0]).toHaveClass('row--overdue');
    expect(within(rows[0]!).getByText('Kontakt PUP z osobą (co 30 lub 60 dni – według ustawy planu)')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('Po terminie')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByText(/Zakończenie działania: Kontrakt socjalny/)).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'Jan Wiśniewski' })).toHaveAttribute('href', `/clients/${CLIENT_ID}`);
    expect(within(rows[0]!).getByRole('link', { name: 'Otwórz plan' })).toHaveAttribute('href', `/plans/${PLAN_ID}`);
  });

  it('narrows the due list as the home page links ask (only overdue), with a way back to every item', async () => {
    mockFetch(handlers());
    renderApp('/caseload?due=overdue');
    expect(await screen.findByText('1 zadanie do zrobienia. W tym 1 po terminie.')).toBeInTheDocument();
    expect(screen.getByText('Pokazane są tylko zadania po terminie.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Zadania Twojej instytucji według terminu' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Pokaż wszystkie zadania' })).toHaveAttribute('href', '/caseload');
  });

  it('names the gmina, never its TERYT code, under the column "Gmina"', async () => {
    mockFetch(handlers({ 'GET /api/v1/territory/gminas/1408011': () => json(legionowo) }));
    renderApp('/caseload');
    const table = await screen.findByRole('table', { name: 'Klienci Twojej instytucji' });
    expect(within(table).getByRole('columnheader', { name: 'Gmina' })).toBeInTheDocument();
    expect(await within(table).findAllByText('Legionowo')).toHaveLength(2);
    expect(within(table).queryByText('1408011')).not.toBeInTheDocument();
  });

  it('ignores an unknown due filter and lists every item', async () => {
    mockFetch(handlers());
    renderApp('/caseload?due=whatever');
    expect(await screen.findByText('2 zadania do zrobienia. W tym 1 po terminie.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Pokaż wszystkie zadania' })).not.toBeInTheDocument();
  });

  it('words the plurals in English too', async () => {
    window.localStorage.setItem('synergia.language', 'en');
    mockFetch(handlers());
    renderApp('/caseload');
    const { i18n } = await import('@/shared/i18n/i18n');
    await i18n.changeLanguage('en');
    expect(await screen.findByText('2 people')).toBeInTheDocument();
    expect(screen.getByText('2 items to do. 1 of them is overdue.')).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();
  });

  it('lists a referral to answer with only the minimum about the person and no link to them or the plan', async () => {
    mockFetch(handlers({ 'GET /api/v1/plans/due': () => json([referralDueItem]) }));
    renderApp('/caseload');
    const table = await screen.findByRole('table', { name: 'Zadania Twojej instytucji według terminu' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('Odpowiedź na skierowanie')).toBeInTheDocument();
    expect(within(row).getByText('Jan W.')).toBeInTheDocument();
    expect(within(row).getByText('Skierowanie od: Miejski Ośrodek Pomocy Społecznej w Legionowie')).toBeInTheDocument();
    expect(within(row).getByText('Po terminie')).toBeInTheDocument();
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows an anonymised person as the marker, without a link, a birth date or a name', async () => {
    const gone = { ...clientSummary(3), firstName: 'Osoba', lastName: 'zanonimizowana', birthDate: null, anonymised: true };
    const dueForGone = { ...dueItems[0]!, client: { id: gone.id, firstName: 'Osoba', lastName: 'zanonimizowana', anonymised: true } };
    mockFetch(handlers({ 'GET /api/v1/clients': () => json(clientPage([clientSummary(1), gone])), 'GET /api/v1/plans/due': () => json([dueForGone]) }));
    renderApp('/caseload');
    const table = await screen.findByRole('table', { name: 'Klienci Twojej instytucji' });
    const row = within(table).getByText('Osoba zanonimizowana').closest('tr')!;
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Osoba1 Testowa' })).toBeInTheDocument();
    const due = await screen.findByRole('table', { name: 'Zadania Twojej instytucji według terminu' });
    expect(within(due).getByText('Osoba zanonimizowana')).toBeInTheDocument();
    expect(within(due).queryByRole('link', { name: /Osoba zanonimizowana/ })).not.toBeInTheDocument();
  });
});
