import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, type Handler } from '@/test/fetchMock';
import { legionowo, meAdmin, referenceHandlers } from '@/test/fixtures';
import { meEwaStaff, meJanPartnerships, opsRef, pageOf, PARTNERSHIP_ID } from '@/test/partnershipFixtures';
import { renderApp } from '@/test/renderApp';

const summaries: Schemas['PartnershipSummary'][] = [
  { id: PARTNERSHIP_ID, gmina: legionowo, kind: 'PACT', title: 'Pakt na rzecz MLW w Legionowie', status: 'ACTIVE', initiator: opsRef, joinedSignatories: 4, createdAt: '2025-03-01T09:00:00Z', activatedAt: '2025-04-01T09:00:00Z' },
  { id: 'e1000000-0000-4000-8000-000000000002', gmina: legionowo, kind: 'COOPERATION_AGREEMENT', title: 'Porozumienie OPS–PUP–NGO', status: 'DRAFT', initiator: opsRef, joinedSignatories: 1, createdAt: '2025-02-01T09:00:00Z', activatedAt: null },
];

function handlers(me: Schemas['MeResponse'], list: (url: URL) => Response): Record<string, Handler> {
  return {
    ...referenceHandlers(),
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/partnerships': list,
  };
}

describe('PartnershipListPage', () => {
  it('shows the partnerships of the gmina of the user’s institution by default, with counts in Polish', async () => {
    const { requests } = mockFetch(handlers(meJanPartnerships, () => json(pageOf(summaries))));
    renderApp('/partnerships');
    expect(await screen.findByRole('heading', { level: 1, name: 'Partnerstwa' })).toBeInTheDocument();
    expect(await screen.findByText('Znaleziono 2 partnerstwa')).toBeInTheDocument();
    expect(screen.getByText(/Partnerstwa w gminie Legionowo \(gmina Twojej instytucji\)/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Partnerstwa/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('link', { name: 'Pakt na rzecz MLW w Legionowie' })).toHaveAttribute('href', `/partnerships/${PARTNERSHIP_ID}`);
    expect(within(rows[0]!).getByText('Obowiązuje')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Porozumienie o współpracy OPS–PUP–NGO')).toBeInTheDocument();
    const listCalls = requests.filter((request) => new URL(request.url).pathname === '/api/v1/partnerships');
    // never asked without the gmina: the list waits for the institution's gmina
    expect(listCalls.map((request) => new URL(request.url).searchParams.get('gmina'))).toEqual(['1408011']);
    // the gmina comes with /api/v1/me: no extra call for the institution
    expect(requests.some((request) => new URL(request.url).pathname.startsWith('/api/v1/institutions'))).toBe(false);
    expect(new URL(listCalls[0]!.url).searchParams.get('sort')).toBe('-createdAt');
    expect(screen.getByRole('link', { name: 'Rozpocznij partnerstwo' })).toBeInTheDocument();
  });

  it("opens a regional analyst's list on the voivodeship of the institution, not its gmina", async () => {
    const analyst: Schemas['MeResponse'] = { ...meEwaStaff, roles: ['regional-analyst'], permissions: ['DIRECTORY_READ'] };
    const { requests } = mockFetch(handlers(analyst, () => json(pageOf(summaries))));
    renderApp('/partnerships');
    expect(await screen.findByText('Partnerstwa w województwie mazowieckie (województwo Twojej instytucji).', { exact: false })).toBeInTheDocument();
    const listCalls = requests.filter((request) => new URL(request.url).pathname === '/api/v1/partnerships');
    expect(listCalls.map((request) => new URL(request.url).searchParams.get('gmina'))).toEqual(['14']);
  });

  it('switches to the whole country and back, sorts and pages through the URL', async () => {
    const user = userEvent.setup({ delay: null });
    const asked: URLSearchParams[] = [];
    const { router } = renderAppWith(
      handlers(meJanPartnerships, (url) => {
        asked.push(url.searchParams);
        return json(pageOf(summaries, { totalItems: 45, totalPages: 3, page: Number(url.searchParams.get('page') ?? 0) }));
      }),
    );
    await user.click(await screen.findByRole('link', { name: 'Pokaż całą Polskę' }));
    await waitFor(() => expect(router.state.location.search).toBe('?gmina=all'));
    await waitFor(() => expect(asked.at(-1)!.has('gmina')).toBe(false));
    expect(await screen.findByText(/Partnerstwa w całej Polsce/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Tytuł/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?gmina=all&sort=title'));
    await waitFor(() => expect(asked.at(-1)!.get('sort')).toBe('title'));
    expect(screen.getByRole('columnheader', { name: /Tytuł/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('link', { name: /Następna/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?gmina=all&page=2&sort=title'));
    await waitFor(() => expect(asked.at(-1)!.get('page')).toBe('1'));

    await user.click(screen.getByRole('link', { name: 'Wróć do gminy Legionowo' }));
    await waitFor(() => expect(asked.at(-1)!.get('gmina')).toBe('1408011'));
  });

  it('filters by status and kind from the form', async () => {
    const user = userEvent.setup({ delay: null });
    const asked: URLSearchParams[] = [];
    const { router } = renderAppWith(
      handlers(meJanPartnerships, (url) => {
        asked.push(url.searchParams);
        return json(pageOf([]));
      }),
    );
    await screen.findByText('Znaleziono 0 partnerstw');
    expect(screen.getByText('Nie ma tu jeszcze żadnego partnerstwa.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status'), 'ACTIVE');
    await user.selectOptions(screen.getByLabelText('Rodzaj'), 'PACT');
    await user.click(screen.getByRole('button', { name: 'Pokaż partnerstwa' }));
    await waitFor(() => expect(router.state.location.search).toBe('?gmina=1408011&status=ACTIVE&kind=PACT'));
    await waitFor(() => expect(asked.at(-1)!.get('status')).toBe('ACTIVE'));
    expect(asked.at(-1)!.get('kind')).toBe('PACT');
  });

  it('offers starting a partnership only with PARTNERSHIP_CREATE; without an institution the whole country', async () => {
    mockFetch(handlers(meEwaStaff, () => json(pageOf(summaries))));
    const first = renderApp('/partnerships');
    await screen.findByText('Znaleziono 2 partnerstwa');
    expect(screen.queryByRole('link', { name: 'Rozpocznij partnerstwo' })).not.toBeInTheDocument();
    first.unmount();

    const { requests } = mockFetch(handlers(meAdmin, () => json(pageOf(summaries))));
    renderApp('/partnerships');
    await screen.findByText('Znaleziono 2 partnerstwa');
    expect(screen.getByText(/Partnerstwa w całej Polsce/)).toBeInTheDocument();
    const listCall = requests.find((request) => new URL(request.url).pathname === '/api/v1/partnerships')!;
    expect(new URL(listCall.url).searchParams.has('gmina')).toBe(false);
  });
});

function renderAppWith(handlerMap: Record<string, Handler>) {
  mockFetch(handlerMap);
  return renderApp('/partnerships');
}
