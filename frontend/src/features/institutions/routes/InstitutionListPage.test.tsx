import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/test/fetchMock';
import { institutionPage, institutionSummaries, meEwa } from '@/test/fixtures';
import { renderApp, TEST_TOKEN } from '@/test/renderApp';

function listRequests(requests: Request[]): URL[] {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/institutions');
}

describe('InstitutionListPage', () => {
  it('renders one table row per institution with type labels and a count', async () => {
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
    });
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
    expect(screen.getByRole('status')).toHaveTextContent('3 instytucje');
    expect(document.title).toBe('Instytucje – Synergia');

    const [first] = listRequests(requests);
    expect(first?.searchParams.get('page')).toBe('0');
    expect(first?.searchParams.get('size')).toBe('20');
    expect(first?.searchParams.get('sort')).toBe('name');
    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('announces loading in a status region', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions': () => new Promise<Response>(() => {}),
    });
    renderApp('/institutions');
    expect(await screen.findByRole('status')).toHaveTextContent('Wczytywanie listy instytucji…');
  });

  it('toggles aria-sort and the sort in the URL and in the API request', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
    });
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
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions': (url) => {
        const page = Number(url.searchParams.get('page'));
        const items = institutionSummaries.slice(page, page + 1);
        return json(institutionPage(items, { page, size: 1, totalItems: 3, totalPages: 3 }));
      },
    });
    const { router } = renderApp('/institutions?size=10');

    expect(await screen.findByText('Strona 1 z 3')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Poprzednia/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Następna/ }));
    expect(await screen.findByText('Strona 2 z 3')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2&size=10');
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
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
    });
    const { router } = renderApp('/institutions?page=2');
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Liczba wyników na stronie'), '50');
    expect(router.state.location.search).toBe('?size=50');
    await waitFor(() => expect(listRequests(requests).at(-1)?.searchParams.get('size')).toBe('50'));
    expect(listRequests(requests).at(-1)?.searchParams.get('page')).toBe('0');
  });

  it('shows the problem title and detail when the API fails', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions': () => problem(403, 'Brak uprawnień', 'Nie możesz przeglądać katalogu.'),
    });
    renderApp('/institutions');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Brak uprawnień' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Nie możesz przeglądać katalogu.');
    expect(alert).toHaveTextContent('Kod odpowiedzi: 403');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an empty state without a table', async () => {
    mockFetch({
      'GET /api/v1/me': () => json(meEwa),
      'GET /api/v1/institutions': () => json(institutionPage([])),
    });
    renderApp('/institutions');
    expect(await screen.findByText('Nie znaleziono żadnych instytucji.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 instytucji');
  });
});
