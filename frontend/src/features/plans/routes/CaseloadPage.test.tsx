import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    expect(screen.getByRole('link', { name: /Poprzednia/ })).toHaveAttribute('href', '/caseload');
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

const PESEL = '44051401359';

function caseloadGets(requests: Request[]): URL[] {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/clients');
}

describe('CaseloadPage search', () => {
  it('shows the plan status and the next due date of each person, in words when there is none', async () => {
    mockFetch(
      handlers({
        'GET /api/v1/clients': () =>
          json(clientPage([{ ...clientSummary(1), planStatus: 'ACTIVE', nextDue: '2026-12-20' }, clientSummary(2)])),
      }),
    );
    renderApp('/caseload');
    const table = await screen.findByRole('table', { name: 'Klienci Twojej instytucji' });
    expect(within(table).getByRole('columnheader', { name: 'Plan' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('W realizacji')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('20 grudnia 2026')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Bez planu')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Brak terminów')).toBeInTheDocument();
  });

  it('searches by name and plan status through the URL and the API query, and clears back to everyone', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch(
      handlers({
        'GET /api/v1/clients': (url) =>
          json(url.searchParams.has('q') ? clientPage([clientSummary(1)]) : clientPage([clientSummary(1), clientSummary(2)])),
      }),
    );
    const { router } = renderApp('/caseload');
    expect(await screen.findByText('2 osoby')).toBeInTheDocument();
    const form = screen.getByRole('search', { name: 'Wyszukiwanie klientów' });
    await user.type(within(form).getByRole('searchbox', { name: 'Imię lub nazwisko' }), 'zolkiewska');
    await user.click(within(form).getByRole('checkbox', { name: 'w realizacji' }));
    await user.click(within(form).getByRole('checkbox', { name: 'bez planu' }));
    await user.click(within(form).getByRole('button', { name: 'Szukaj' }));

    expect(await screen.findByText('Znaleziono 1 osobę')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=zolkiewska&planStatus=ACTIVE&planStatus=NONE');
    const last = caseloadGets(requests).at(-1)!;
    expect(last.searchParams.get('q')).toBe('zolkiewska');
    expect(last.searchParams.getAll('planStatus')).toEqual(['ACTIVE', 'NONE']);
    expect(last.searchParams.get('page')).toBe('0');

    await user.click(within(form).getByRole('button', { name: 'Wyczyść wyszukiwanie' }));
    expect(await screen.findByText('2 osoby')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(within(form).getByRole('checkbox', { name: 'w realizacji' })).not.toBeChecked();
  });

  it('reads a shared link into the form and the query', async () => {
    const { requests } = mockFetch(handlers());
    renderApp('/caseload?q=Nowak&planStatus=DRAFT&sort=-nextDue&page=3');
    await screen.findByRole('table', { name: 'Klienci Twojej instytucji' });
    expect(screen.getByRole('searchbox', { name: 'Imię lub nazwisko' })).toHaveValue('Nowak');
    expect(screen.getByRole('checkbox', { name: 'szkic' })).toBeChecked();
    const asked = caseloadGets(requests)[0]!;
    expect(Object.fromEntries(asked.searchParams)).toEqual({ q: 'Nowak', planStatus: 'DRAFT', sort: '-nextDue', page: '2', size: '20' });
    expect(screen.getByRole('columnheader', { name: /Najbliższy termin/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts by the next due date, then reverses it, from the column header', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch(handlers());
    const { router } = renderApp('/caseload?page=2');
    await screen.findByRole('table', { name: 'Klienci Twojej instytucji' });
    expect(screen.getByRole('columnheader', { name: /Imię i nazwisko/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Najbliższy termin/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=nextDue'));
    expect(caseloadGets(requests).at(-1)!.searchParams.get('sort')).toBe('nextDue');
    await user.click(screen.getByRole('button', { name: /Najbliższy termin/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-nextDue'));
    expect(screen.getByRole('columnheader', { name: /Najbliższy termin/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('searches by PESEL in a POST body only: never in the URL or a GET', async () => {
    const user = userEvent.setup({ delay: null });
    const found = { ...clientSummary(7), planStatus: 'DRAFT' as const };
    const { requests } = mockFetch(handlers({ 'POST /api/v1/clients/search': () => json(clientPage([found])) }));
    const { router } = renderApp('/caseload');
    await screen.findByText('2 osoby');
    await user.type(screen.getByRole('textbox', { name: 'PESEL' }), PESEL);
    await user.click(screen.getByRole('button', { name: 'Szukaj' }));

    expect(await screen.findByText('Znaleziono 1 osobę')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Klienci Twojej instytucji' });
    expect(within(table).getByRole('link', { name: 'Osoba7 Testowa' })).toBeInTheDocument();
    expect(screen.getByText(/Wynik wyszukiwania po numerze PESEL/)).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ pesel: PESEL, q: null, planStatus: null, sort: 'name', page: 0, size: 20 });
    expect(requests.filter((request) => request.url.includes(PESEL))).toEqual([]);
    expect(router.state.location.search).not.toContain(PESEL);
    expect(window.location.href).not.toContain(PESEL);
  });

  it('checks the PESEL before asking: a wrong one is named in the error summary and nothing is sent', async () => {
    const user = userEvent.setup({ delay: null });
    const { requests } = mockFetch(handlers());
    renderApp('/caseload');
    await screen.findByText('2 osoby');
    await user.type(screen.getByRole('textbox', { name: 'PESEL' }), '44051401358');
    await user.click(screen.getByRole('button', { name: 'Szukaj' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Wpisz poprawny numer PESEL/ })).toHaveAttribute('href', '#caseload-pesel');
    expect(requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('shows the API’s refusal of a search in the error summary', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(
      handlers({
        'POST /api/v1/clients/search': () =>
          new Response(
            JSON.stringify({ type: 'about:blank', title: 'Invalid', status: 422, errors: [{ field: 'pesel', code: 'Pattern', message: 'must be 11 digits' }] }),
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
      }),
    );
    renderApp('/caseload');
    await screen.findByText('2 osoby');
    await user.type(screen.getByRole('textbox', { name: 'PESEL' }), PESEL);
    await user.click(screen.getByRole('button', { name: 'Szukaj' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /PESEL/ })).toHaveAttribute('href', '#caseload-pesel');
  });

  it('reads "Ponad 1000 wyników" when the count is capped and says how far paging goes', async () => {
    mockFetch(handlers({ 'GET /api/v1/clients': () => json(clientPage([clientSummary(1)], { totalItems: 1000, totalPages: 50, totalCapped: true })) }));
    renderApp('/caseload');
    expect(await screen.findByText('Ponad 1000 wyników')).toBeInTheDocument();
    expect(screen.getByText(/Można przejrzeć 1000 pierwszych wyników/)).toBeInTheDocument();
    expect(screen.getByText('Strona 1 z 50')).toBeInTheDocument();
  });

  it('a capped count of a search reads "Znaleziono ponad 1000 wyników"; nobody found is said in words', async () => {
    mockFetch(
      handlers({
        'GET /api/v1/clients': (url) =>
          json(url.searchParams.get('q') === 'nikt' ? clientPage([]) : clientPage([clientSummary(1)], { totalItems: 1000, totalPages: 50, totalCapped: true })),
      }),
    );
    renderApp('/caseload?planStatus=ACTIVE');
    expect(await screen.findByText('Znaleziono ponad 1000 wyników')).toBeInTheDocument();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('searchbox', { name: 'Imię lub nazwisko' }), 'nikt');
    await user.click(screen.getByRole('button', { name: 'Szukaj' }));
    expect(await screen.findByText('Nie znaleziono nikogo. Sprawdź pisownię albo wybierz mniej filtrów.')).toBeInTheDocument();
  });
});
