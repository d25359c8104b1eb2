import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@/shared/format/dates';
import { captureDownloads } from '@/test/downloads';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { institutionPage, institutionSummaries, meAdmin, meEwa, referenceHandlers, summary } from '@/test/fixtures';
import { renderApp, TEST_TOKEN } from '@/test/renderApp';

function listRequests(requests: Request[]): URL[] {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/institutions');
}

function handlers(list: Handler, me = meEwa): Record<string, Handler> {
  return { ...referenceHandlers(), 'GET /api/v1/me': () => json(me), 'GET /api/v1/institutions': list };
}

const searchForm = () => screen.getByRole('search', { name: 'Wyszukiwanie instytucji' });

function hsdsPage(page: number, last: boolean): Response {
  return json({
    total_items: 3, total_pages: 2, page_number: page, size: last ? 1 : 2, first_page: page === 1, last_page: last, empty: false,
    contents: last ? [{ id: 'o3', name: 'C' }] : [{ id: 'o1', name: 'A' }, { id: 'o2', name: 'B' }],
  });
}

describe('InstitutionSearchPage', () => {
  it('renders one table row per institution with type labels and a count', async () => {
    const { requests } = mockFetch(handlers(() => json(institutionPage(institutionSummaries))));
    renderApp('/institutions');

    const table = await screen.findByRole('table', { name: 'Katalog instytucji' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + institutionSummaries.length);
    expect(within(rows[1]!).getByRole('link', { name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' })).toHaveAttribute(
      'href',
      '/institutions/a1000000-0000-4000-8000-000000000001',
    );
    expect(within(rows[1]!).getByText('Ośrodek Pomocy Społecznej (OPS)')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Powiatowy Urząd Pracy (PUP)')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Organizacja pozarządowa')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Legionowo, powiat legionowski')).toBeInTheDocument();
    expect(screen.getByText('3 instytucje', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(document.title).toBe('Instytucje – Synergia');

    const [first] = listRequests(requests);
    expect(first?.searchParams.get('page')).toBe('0');
    expect(first?.searchParams.get('size')).toBe('20');
    expect(first?.searchParams.get('sort')).toBe('name');
    expect(first?.searchParams.has('q')).toBe(false);
    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('tags inactive entries and official statuses that need attention', async () => {
    mockFetch(
      handlers(() =>
        json(
          institutionPage([
            summary({ id: 'a1', type: 'CIS', name: 'CIS Wieliszew', active: false }),
            summary({ id: 'a2', type: 'KIS', name: 'KIS Legionowo', officialStatusState: 'EXPIRING_SOON' }),
            summary({ id: 'a3', type: 'WTZ', name: 'WTZ Serock', officialStatusState: 'EXPIRED' }),
            summary({ id: 'a4', type: 'ZAZ', name: 'ZAZ Nieporęt', officialStatusState: 'VALID' }),
          ]),
        ),
      ),
    );
    renderApp('/institutions');
    const table = await screen.findByRole('table', { name: 'Katalog instytucji' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Nieaktywna');
    expect(rows[2]).toHaveTextContent('Status wkrótce wygasa');
    expect(rows[3]).toHaveTextContent('Status wygasł');
    expect(rows[4]).not.toHaveTextContent(/Status|Nieaktywna/);
  });

  it('announces loading in a status region', async () => {
    mockFetch(handlers(() => new Promise<Response>(() => {})));
    renderApp('/institutions');
    expect(await screen.findByText('Wczytywanie listy instytucji…')).toHaveAttribute('role', 'status');
  });

  it('applies every filter at once: into the URL and into the API query', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(
      handlers((url) =>
        json(institutionPage(url.searchParams.has('q') ? [institutionSummaries[0]!] : institutionSummaries)),
      ),
    );
    const { router } = renderApp('/institutions?sort=-name&size=50');
    await screen.findByRole('table');
    const form = searchForm();

    await user.type(within(form).getByLabelText('Szukaj'), 'Legionowo');
    await user.click(within(form).getByRole('checkbox', { name: 'Ośrodek Pomocy Społecznej (OPS)' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Klub Integracji Społecznej (KIS)' }));
    await within(form).findByRole('option', { name: 'mazowieckie' });
    await user.selectOptions(within(form).getByLabelText('Województwo'), 'mazowieckie');
    await within(form).findByRole('option', { name: 'legionowski' });
    await user.selectOptions(within(form).getByLabelText('Powiat'), 'legionowski');
    await within(form).findByRole('option', { name: 'Legionowo (gmina miejska)' });
    await user.selectOptions(within(form).getByLabelText('Gmina'), 'Legionowo (gmina miejska)');
    await within(form).findByRole('option', { name: 'Poradnictwo w KIS' });
    await within(form).findByRole('option', { name: 'osoby bezrobotne' });
    await user.selectOptions(within(form).getByLabelText('Usługa w ofercie'), 'Poradnictwo w KIS');
    await user.selectOptions(within(form).getByLabelText('Grupa docelowa oferty'), 'osoby bezrobotne');
    await user.click(within(form).getByRole('radio', { name: 'Ważny dzisiaj' }));
    await user.selectOptions(within(form).getByLabelText('Rola w modelu'), 'interesariusz kluczowy');
    await user.click(within(form).getByRole('checkbox', { name: 'Pokaż także nieaktywne instytucje' }));
    // nothing is searched before the user applies the filters
    expect(listRequests(requests)).toHaveLength(1);

    await user.click(within(form).getByRole('button', { name: 'Zastosuj filtry' }));

    expect(await screen.findByText('Znaleziono 1 instytucję')).toHaveAttribute('role', 'status');
    // applying the filters does not redraw the form: the focus stays on the button
    expect(within(form).getByRole('button', { name: 'Zastosuj filtry' })).toHaveFocus();
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('q')).toBe('Legionowo');
    expect(search.getAll('type')).toEqual(['OPS', 'KIS']);
    expect(search.get('teryt')).toBe('1408011');
    expect(search.get('service')).toBe('KIS_COUNSELLING');
    expect(search.get('targetGroup')).toBe('UNEMPLOYED');
    expect(search.get('statusValidOn')).toBe('today');
    expect(search.get('stakeholderRole')).toBe('KEY');
    expect(search.get('includeInactive')).toBe('true');
    // sorting and page size survive a new search, the page starts again from 1
    expect(search.get('sort')).toBe('-name');
    expect(search.get('size')).toBe('50');
    expect(search.has('page')).toBe(false);

    const api = listRequests(requests).at(-1)!.searchParams;
    expect(api.get('q')).toBe('Legionowo');
    expect(api.getAll('type')).toEqual(['OPS', 'KIS']);
    expect(api.get('teryt')).toBe('1408011');
    expect(api.get('service')).toBe('KIS_COUNSELLING');
    expect(api.get('targetGroup')).toBe('UNEMPLOYED');
    // "today" stays relative in a shared link, the API gets the date
    expect(api.get('statusValidOn')).toBe(todayIso());
    expect(api.get('stakeholderRole')).toBe('KEY');
    expect(api.get('includeInactive')).toBe('true');
    expect(api.get('page')).toBe('0');
  });

  it('reads a shared link: the form shows its filters and the API gets them', async () => {
    const { requests } = mockFetch(handlers(() => json(institutionPage([]))));
    renderApp('/institutions?q=Lodz&type=CIS&type=FOO&teryt=1408&statusValidOn=2026-01-31&includeInactive=true&page=2');
    await screen.findByText('Nie znaleziono żadnych instytucji.');
    const form = searchForm();

    expect(within(form).getByLabelText('Szukaj')).toHaveValue('Lodz');
    expect(within(form).getByRole('checkbox', { name: 'Centrum Integracji Społecznej (CIS)' })).toBeChecked();
    expect(within(form).getByLabelText('Województwo')).toHaveValue('14');
    expect(await within(form).findByLabelText('Powiat')).toHaveValue('1408');
    expect(within(form).getByRole('radio', { name: 'Ważny w dniu…' })).toBeChecked();
    expect(within(form).getByLabelText('Data')).toHaveValue('2026-01-31');
    expect(within(form).getByRole('checkbox', { name: 'Pokaż także nieaktywne instytucje' })).toBeChecked();

    const api = listRequests(requests).at(-1)!.searchParams;
    expect(api.get('q')).toBe('Lodz');
    // an unknown type in the URL is dropped, not sent
    expect(api.getAll('type')).toEqual(['CIS']);
    expect(api.get('teryt')).toBe('1408');
    expect(api.get('statusValidOn')).toBe('2026-01-31');
    expect(api.get('page')).toBe('1');
    // with filters, the empty state suggests what to do
    expect(screen.getByRole('link', { name: 'wyczyścić wszystkie filtry' })).toHaveAttribute('href', '/institutions');
  });

  it('the back button returns to the previous search, form included', async () => {
    const user = userEvent.setup();
    mockFetch(handlers(() => json(institutionPage(institutionSummaries))));
    const { router } = renderApp('/institutions');
    await screen.findByRole('table');

    await user.type(within(searchForm()).getByLabelText('Szukaj'), 'Wieliszew');
    await user.click(within(searchForm()).getByRole('button', { name: 'Szukaj' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=Wieliszew'));
    await user.click(within(searchForm()).getByRole('checkbox', { name: 'Centrum Integracji Społecznej (CIS)' }));
    await user.click(within(searchForm()).getByRole('button', { name: 'Zastosuj filtry' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=Wieliszew&type=CIS'));

    await router.navigate(-1);
    await waitFor(() =>
      expect(within(searchForm()).getByRole('checkbox', { name: 'Centrum Integracji Społecznej (CIS)' })).not.toBeChecked(),
    );
    expect(router.state.location.search).toBe('?q=Wieliszew');
    expect(within(searchForm()).getByLabelText('Szukaj')).toHaveValue('Wieliszew');

    await router.navigate(-1);
    await waitFor(() => expect(within(searchForm()).getByLabelText('Szukaj')).toHaveValue(''));
  });

  it('toggles aria-sort and the sort in the URL and in the API request', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(handlers(() => json(institutionPage(institutionSummaries))));
    const { router } = renderApp('/institutions?page=2&size=10');
    await screen.findByRole('table');

    const nameHeader = screen.getByRole('columnheader', { name: /Nazwa/ });
    const typeHeader = screen.getByRole('columnheader', { name: /Rodzaj/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(typeHeader).toHaveAttribute('aria-sort', 'none');

    await user.click(within(nameHeader).getByRole('button', { name: /Nazwa/ }));
    await waitFor(() => expect(nameHeader).toHaveAttribute('aria-sort', 'descending'));
    // sorting starts again from page 1 and keeps the page size
    expect(router.state.location.search).toBe('?size=10&sort=-name');
    await waitFor(() => expect(listRequests(requests).at(-1)?.searchParams.get('sort')).toBe('-name'));
    expect(listRequests(requests).at(-1)?.searchParams.get('page')).toBe('0');

    await user.click(within(typeHeader).getByRole('button', { name: /Rodzaj/ }));
    await waitFor(() => expect(typeHeader).toHaveAttribute('aria-sort', 'ascending'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    expect(router.state.location.search).toBe('?size=10&sort=type');

    await user.click(within(typeHeader).getByRole('button', { name: /Rodzaj/ }));
    await waitFor(() => expect(typeHeader).toHaveAttribute('aria-sort', 'descending'));
    expect(router.state.location.search).toBe('?size=10&sort=-type');
  });

  it('paginates with links kept in the URL, and back returns to the previous page', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(
      handlers((url) => {
        const page = Number(url.searchParams.get('page'));
        const items = institutionSummaries.slice(page, page + 1);
        return json(institutionPage(items, { page, size: 1, totalItems: 3, totalPages: 3 }));
      }),
    );
    const { router } = renderApp('/institutions?size=10&q=Legionowo');

    expect(await screen.findByText('Strona 1 z 3')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Poprzednia/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Następna/ }));
    expect(await screen.findByText('Strona 2 z 3')).toBeInTheDocument();
    // the filters stay with the page
    expect(router.state.location.search).toBe('?q=Legionowo&page=2&size=10');
    expect(await screen.findByRole('link', { name: 'Powiatowy Urząd Pracy w Legionowie' })).toBeInTheDocument();
    expect(listRequests(requests).at(-1)?.searchParams.get('page')).toBe('1');

    await user.click(screen.getByRole('link', { name: /Następna/ }));
    expect(await screen.findByText('Strona 3 z 3')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Następna/ })).not.toBeInTheDocument();

    await router.navigate(-1);
    expect(await screen.findByText('Strona 2 z 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Poprzednia/ })).toBeInTheDocument();
  });

  it('changes the page size through a labelled select and resets to page 1', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(handlers(() => json(institutionPage(institutionSummaries))));
    const { router } = renderApp('/institutions?page=2');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Liczba wyników na stronie'), '50');
    expect(router.state.location.search).toBe('?size=50');
    await waitFor(() => expect(listRequests(requests).at(-1)?.searchParams.get('size')).toBe('50'));
    expect(listRequests(requests).at(-1)?.searchParams.get('page')).toBe('0');
  });

  it('shows the problem title and detail when the API fails', async () => {
    mockFetch(handlers(() => problem(403, 'Brak uprawnień', 'Nie możesz przeglądać katalogu.')));
    renderApp('/institutions');
    const heading = await screen.findByRole('heading', { name: 'Brak uprawnień' });
    const alert = heading.closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('Nie możesz przeglądać katalogu.');
    expect(alert).toHaveTextContent('Kod odpowiedzi: 403');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an empty state without a table', async () => {
    mockFetch(handlers(() => json(institutionPage([]))));
    renderApp('/institutions');
    expect(await screen.findByText('Nie znaleziono żadnych instytucji.')).toBeInTheDocument();
    expect(screen.getByText('0 instytucji', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers "add an institution" only to those with DIRECTORY_MANAGE_ALL', async () => {
    mockFetch(handlers(() => json(institutionPage(institutionSummaries)), meAdmin));
    renderApp('/institutions');
    expect(await screen.findByRole('link', { name: 'Dodaj instytucję' })).toHaveAttribute('href', '/institutions/new');
  });

  it('has no "add an institution" for a caseworker', async () => {
    mockFetch(handlers(() => json(institutionPage(institutionSummaries))));
    renderApp('/institutions');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: 'Dodaj instytucję' })).not.toBeInTheDocument();
  });

  describe('downloads of the current search', () => {
    it('downloads the CSV of every result with the filters of the URL, with the token', async () => {
      const user = userEvent.setup();
      const { saved, blobs } = captureDownloads();
      const { requests } = mockFetch({
        ...handlers(() => json(institutionPage(institutionSummaries, { totalItems: 22, totalPages: 2 }))),
        'GET /api/v1/directory/export.csv': () =>
          new Response('\uFEFFid,external_id,type,name\r\n', {
            status: 200,
            headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="synergia-instytucje-2026-11-23.csv"' },
          }),
      });
      renderApp('/institutions?q=Legionowo&type=OPS&type=KIS&teryt=1408&statusValidOn=today&sort=-name&page=2');
      await user.click(await screen.findByRole('button', { name: 'Pobierz CSV (22 instytucje)' }));

      expect(await screen.findByText('Pobrano plik synergia-instytucje-2026-11-23.csv.')).toHaveAttribute('role', 'status');
      const request = requests.find((item) => item.url.includes('/api/v1/directory/export.csv'))!;
      const query = new URL(request.url).searchParams;
      expect(query.get('q')).toBe('Legionowo');
      expect(query.getAll('type')).toEqual(['OPS', 'KIS']);
      expect(query.get('teryt')).toBe('1408');
      expect(query.get('statusValidOn')).toBe(todayIso());
      expect(query.get('sort')).toBe('-name');
      // every result, not one page
      expect(query.has('page')).toBe(false);
      expect(query.has('size')).toBe(false);
      expect(request.headers.get('Authorization')).toBe(`Bearer ${TEST_TOKEN}`);
      expect(request.headers.get('Accept')).toContain('text/csv');
      expect(saved).toEqual([{ name: 'synergia-instytucje-2026-11-23.csv', href: 'blob:test/1' }]);
      expect(await blobs[0]!.text()).toContain('id,external_id,type,name');
    });

    it('collects every HSDS page into one file, passing the search words', async () => {
      const user = userEvent.setup();
      const { saved, blobs } = captureDownloads();
      const { requests } = mockFetch({
        ...handlers(() => json(institutionPage(institutionSummaries))),
        'GET /api/v1/hsds/organizations': (url) => hsdsPage(Number(url.searchParams.get('page')), url.searchParams.get('page') === '2'),
      });
      renderApp('/institutions?q=osrodek&type=OPS');
      await user.click(await screen.findByRole('button', { name: 'HSDS 3.1: organizacje (JSON)' }));

      expect(await screen.findByText(/^Pobrano plik synergia-hsds-organizations-\d{4}-\d{2}-\d{2}\.json\.$/)).toBeInTheDocument();
      const asked = requests.filter((item) => item.url.includes('/api/v1/hsds/organizations')).map((item) => new URL(item.url).searchParams);
      expect(asked.map((query) => [query.get('page'), query.get('per_page'), query.get('search')])).toEqual([
        ['1', '500', 'osrodek'],
        ['2', '500', 'osrodek'],
      ]);
      expect(saved).toHaveLength(1);
      expect(JSON.parse(await blobs[0]!.text())).toEqual([{ id: 'o1', name: 'A' }, { id: 'o2', name: 'B' }, { id: 'o3', name: 'C' }]);
    });

    it('reports a failed download', async () => {
      const user = userEvent.setup();
      captureDownloads();
      mockFetch({
        ...handlers(() => json(institutionPage(institutionSummaries))),
        'GET /api/v1/directory/export.csv': () => problem(400, 'Invalid request parameters', 'One or more values are invalid; see errors.'),
      });
      renderApp('/institutions');
      await user.click(await screen.findByRole('button', { name: 'Pobierz CSV (3 instytucje)' }));
      const heading = await screen.findByRole('heading', { name: 'Invalid request parameters' });
      expect(heading.closest('[role="alert"]')).toHaveTextContent('Kod odpowiedzi: 400');
    });
  });

  it('reads "more than 1000 results" when the count is capped, pages only through what was counted and names no number on the export', async () => {
    const { router } = mockAndRender(
      () => json(institutionPage(institutionSummaries, { page: 49, totalItems: 1000, totalPages: 50, totalCapped: true })),
      '/institutions?q=stowarzyszenie&page=50',
    );
    expect(await screen.findByText('Znaleziono ponad 1000 wyników', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(screen.getByText('Strona 50 z 50')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Następna/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Można przejrzeć 1000 pierwszych wyników/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /CSV/ })).not.toHaveTextContent('1000');
    expect(router.state.location.search).toBe('?q=stowarzyszenie&page=50');
  });

  it('without filters, a capped count reads "Ponad 1000 wyników"; an exact count reads as before', async () => {
    mockAndRender(() => json(institutionPage(institutionSummaries, { totalItems: 1000, totalPages: 50, totalCapped: true })), '/institutions');
    expect(await screen.findByText('Ponad 1000 wyników', { selector: '[role="status"]' })).toBeInTheDocument();
  });

  it('an exact count of 1000 is not "more than"', async () => {
    mockAndRender(() => json(institutionPage(institutionSummaries, { totalItems: 1000, totalPages: 50 })), '/institutions');
    expect(await screen.findByText('1000 instytucji', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(screen.queryByText(/Można przejrzeć/)).not.toBeInTheDocument();
  });

  it('says above the results when similar words were matched instead of the words typed', async () => {
    mockAndRender(() => json(institutionPage(institutionSummaries.slice(2), { similarWords: true })), '/institutions?q=stowarzyszeine');
    const notice = await screen.findByText('Nie znaleziono dokładnie „stowarzyszeine”; pokazano podobne wyniki.');
    const table = screen.getByRole('table', { name: 'Katalog instytucji' });
    expect(notice.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no similar-words notice for an exact match', async () => {
    mockAndRender(() => json(institutionPage(institutionSummaries)), '/institutions?q=Legionowo');
    await screen.findByRole('table', { name: 'Katalog instytucji' });
    expect(screen.queryByText(/pokazano podobne wyniki/)).not.toBeInTheDocument();
  });

  it('folds the search form behind a button on narrow screens, which says when filters are applied', async () => {
    const user = userEvent.setup();
    mockFetch(handlers(() => json(institutionPage(institutionSummaries))));
    renderApp('/institutions?type=CIS');
    const toggle = await screen.findByRole('button', { name: 'Wyszukiwanie i filtry (zastosowane)' });
    const form = screen.getByRole('search');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', form.parentElement!.id);
    expect(form.closest('.narrow-fold')).not.toHaveClass('narrow-fold--open');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(form.closest('.narrow-fold')).toHaveClass('narrow-fold--open');
  });
});

function mockAndRender(list: Handler, path: string) {
  mockFetch(handlers(list));
  return renderApp(path);
}
