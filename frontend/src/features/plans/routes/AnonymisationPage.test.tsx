import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { meAdmin, meEwa } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

type Run = Schemas['AnonymisationRunResponse'];

const policy: Schemas['RetentionPolicy'] = { retention: 'P6Y', closedBefore: '2019-06-01T10:00:00Z', schedule: '0 30 2 * * ?' };

/** A promise the test settles itself, to see the page while a request is still running. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let settle: (() => void) | undefined;
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { promise, resolve: () => settle?.() };
}

let nextId = 0;
function run(clients: number, overrides: Partial<Run> = {}): Run {
  nextId += 1;
  return {
    id: `e3000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    startedAt: '2025-06-01T08:00:00Z',
    finishedAt: '2025-06-01T08:00:02Z',
    dryRun: false,
    trigger: 'SCHEDULED',
    triggeredBy: 'Zadanie retencji danych',
    retention: 'P6Y',
    closedBefore: '2019-06-01T08:00:00Z',
    counts: { clients, plans: clients, steps: 2 * clients, meetings: 0, outcomes: clients, referrals: 0, sharingRecords: clients, specialCategoryRows: 0 },
    ...overrides,
  };
}

function runPage(items: Run[], overrides: Partial<Schemas['AnonymisationRunPage']> = {}): Schemas['AnonymisationRunPage'] {
  return { items, page: 0, size: 10, totalItems: items.length, totalPages: 1, ...overrides };
}

/** The API for an administrator: the policy, the runs (newest first, paged) and starting a run. */
function api(options: { runs?: Run[]; start?: (dryRun: boolean) => Response | Promise<Response>; me?: Schemas['MeResponse'] } = {}) {
  const runs = [...(options.runs ?? [])];
  const bodies: unknown[] = [];
  const handlers: Record<string, Handler> = {
    'GET /api/v1/me': () => json(options.me ?? meAdmin),
    'GET /api/v1/anonymisations/policy': () => json(policy),
    'GET /api/v1/anonymisations': (url) => {
      const page = Number(url.searchParams.get('page') ?? '0');
      const size = Number(url.searchParams.get('size') ?? '20');
      return json(runPage(runs.slice(page * size, (page + 1) * size), { page, size, totalItems: runs.length, totalPages: Math.max(1, Math.ceil(runs.length / size)) }));
    },
    'POST /api/v1/anonymisations': async (_url, request) => {
      const body = (await request.json()) as { dryRun: boolean };
      bodies.push(body);
      if (options.start) return options.start(body.dryRun);
      const finished = run(3, { dryRun: body.dryRun, trigger: 'MANUAL', triggeredBy: 'Administrator Platformy', startedAt: '2025-06-02T09:30:00Z' });
      runs.unshift(finished);
      return json(finished, 201);
    },
  };
  return { handlers, bodies };
}

describe('anonymisation page', () => {
  it('is in the navigation only with RETENTION_RUN; without it the page says who may run it and offers nothing', async () => {
    mockFetch(api().handlers);
    const { unmount } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Menu główne' });
    expect(await within(nav).findByRole('link', { name: 'Anonimizacja' })).toHaveAttribute('href', '/anonymisation');
    unmount();

    const { handlers } = api({ me: meEwa });
    const { requests } = mockFetch(handlers);
    renderApp('/anonymisation');
    expect(await screen.findByText('Uruchamiać anonimizację może tylko administrator platformy.')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Menu główne' })).queryByRole('link', { name: 'Anonimizacja' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sprawdź|Anonimizuj/ })).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/anonymisations'))).toBe(false);
  });

  it('explains the rule in force in plain Polish: the period, today’s cut-off, what goes, what stays, when it runs', async () => {
    mockFetch(api().handlers);
    renderApp('/anonymisation');
    expect(screen.getByRole('heading', { level: 1, name: 'Anonimizacja danych osób' })).toBeInTheDocument();
    const rule = await screen.findByRole('region', { name: 'Zasada' });
    expect(await within(rule).findByText('Okres przechowywania: 6 lat od zakończenia ostatniego planu działania osoby.')).toBeInTheDocument();
    expect(within(rule).getByText('ostatni z nich zakończono przed 1 czerwca 2019 (dziś to data sprzed 6 lat),')).toBeInTheDocument();
    expect(within(rule).getByText(/żadne skierowanie tej osoby nie czeka na odpowiedź/)).toBeInTheDocument();
    expect(within(rule).getByText(/zastępuje je „Osoba zanonimizowana”/)).toBeInTheDocument();
    expect(within(rule).getByText(/Zostają: gmina, rok urodzenia/)).toBeInTheDocument();
    expect(within(rule).getByText('Platforma uruchamia anonimizację sama codziennie o 2:30 (czasu polskiego).')).toBeInTheDocument();
    expect(document.title).toBe('Anonimizacja danych osób – Synergia');
  });

  it('says when the nightly run is switched off', async () => {
    const { handlers } = api();
    mockFetch({ ...handlers, 'GET /api/v1/anonymisations/policy': () => json({ ...policy, retention: 'P2Y', schedule: null }) });
    renderApp('/anonymisation');
    expect(await screen.findByText('Okres przechowywania: 2 lata od zakończenia ostatniego planu działania osoby.')).toBeInTheDocument();
    expect(screen.getByText('Automatyczne uruchamianie jest wyłączone – anonimizację uruchamia się tutaj.')).toBeInTheDocument();
  });

  it('checks without changes, showing that it is running, then how many people it found', async () => {
    const user = userEvent.setup({ delay: null });
    const { promise: gate, resolve: release } = deferred();
    const { handlers, bodies } = api({
      start: async (dryRun) => {
        await gate;
        return json(run(3, { dryRun, trigger: 'MANUAL' }), 201);
      },
    });
    mockFetch(handlers);
    renderApp('/anonymisation');
    const section = await screen.findByRole('region', { name: 'Uruchom teraz' });
    await user.click(within(section).getByRole('button', { name: 'Sprawdź (bez zmian)' }));
    expect(await within(section).findByText('Trwa sprawdzanie…')).toHaveAttribute('role', 'status');
    expect(within(section).getByRole('button', { name: 'Sprawdź (bez zmian)' })).toBeDisabled();
    expect(within(section).getByRole('button', { name: 'Anonimizuj' })).toBeDisabled();
    expect(section).toHaveAttribute('aria-busy', 'true');
    release();
    const notice = await within(section).findByRole('status', { name: 'Gotowe' });
    expect(notice).toHaveTextContent('Sprawdzenie zakończone, nic nie zmieniono. Anonimizacji podlegają 3 osoby.');
    await waitFor(() => expect(notice).toHaveFocus());
    expect(bodies).toEqual([{ dryRun: true }]);
    expect(within(section).getByRole('button', { name: 'Anonimizuj' })).toBeEnabled();
  });

  it('anonymises only after a confirmation that states what the last check found; cancelling sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { handlers, bodies } = api();
    mockFetch(handlers);
    renderApp('/anonymisation');
    const section = await screen.findByRole('region', { name: 'Uruchom teraz' });
    await user.click(within(section).getByRole('button', { name: 'Sprawdź (bez zmian)' }));
    await within(section).findByText(/Anonimizacji podlegają 3 osoby\./);

    await user.click(within(section).getByRole('button', { name: 'Anonimizuj' }));
    let confirm = within(section).getByRole('group', { name: 'Zanonimizować dane osób teraz?' });
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(confirm).toHaveTextContent(/Ostatnie sprawdzenie \(.*2025.*\) znalazło 3 osoby do anonimizacji\./);
    expect(confirm).toHaveTextContent('Tej operacji nie można cofnąć.');
    await user.click(within(confirm).getByRole('button', { name: 'Anuluj' }));
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Anonimizuj' })).toHaveFocus());
    expect(bodies).toEqual([{ dryRun: true }]);

    await user.click(within(section).getByRole('button', { name: 'Anonimizuj' }));
    confirm = within(section).getByRole('group', { name: 'Zanonimizować dane osób teraz?' });
    await user.click(within(confirm).getByRole('button', { name: 'Tak, anonimizuj' }));
    const notice = await within(section).findByRole('status', { name: 'Gotowe' });
    expect(notice).toHaveTextContent('Anonimizacja zakończona: zanonimizowano dane 3 osób.');
    expect(notice).toHaveTextContent('plany: 3, działania: 6');
    expect(bodies).toEqual([{ dryRun: true }, { dryRun: false }]);
    expect(within(section).queryByRole('group')).not.toBeInTheDocument();
  });

  it('takes the last check from the past runs when none was made on this visit, and says when there was none', async () => {
    const user = userEvent.setup({ delay: null });
    mockFetch(api({ runs: [run(0), run(1, { dryRun: true, trigger: 'MANUAL' }), run(4, { dryRun: true })] }).handlers);
    const first = renderApp('/anonymisation');
    await user.click(await screen.findByRole('button', { name: 'Anonimizuj' }));
    expect(await screen.findByText(/Ostatnie sprawdzenie \(.*\) znalazło 1 osobę do anonimizacji\./)).toBeInTheDocument();
    first.unmount();

    mockFetch(api({ runs: [run(2)] }).handlers);
    renderApp('/anonymisation');
    await screen.findByText('1 uruchomienie.');
    await user.click(screen.getByRole('button', { name: 'Anonimizuj' }));
    expect(screen.getByText(/Nie sprawdzono jeszcze, ilu osób to dotyczy\./)).toBeInTheDocument();
  });

  it('lists past runs with who, when, kind, retention and counts in correct Polish plurals, a page at a time', async () => {
    const user = userEvent.setup({ delay: null });
    const runs = [
      run(1, { trigger: 'MANUAL', triggeredBy: 'Administrator Platformy' }),
      run(2, { dryRun: true, trigger: 'MANUAL', triggeredBy: 'Administrator Platformy' }),
      run(5),
      run(22, { retention: 'P1Y' }),
      run(0),
      ...Array.from({ length: 7 }, () => run(12)),
    ];
    const { handlers } = api({ runs });
    const { requests } = mockFetch(handlers);
    const { router } = renderApp('/anonymisation');
    const list = await screen.findByRole('region', { name: 'Dotychczasowe uruchomienia' });
    expect(await within(list).findByText('12 uruchomień.')).toBeInTheDocument();
    const table = within(list).getByRole('table', { name: 'Uruchomienia anonimizacji, od najnowszego' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent('Administrator Platformy');
    expect(rows[0]).toHaveTextContent('ręcznie');
    expect(rows[0]).toHaveTextContent('Anonimizacja');
    expect(rows[0]).toHaveTextContent('6 lat');
    expect(within(rows[0]!).getByText('1 osoba')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Sprawdzenie (bez zmian)');
    expect(within(rows[1]!).getByText('2 osoby')).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('automatycznie');
    expect(within(rows[2]!).getByText('5 osób')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('22 osoby')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('1 rok')).toBeInTheDocument();
    expect(within(rows[4]!).getByText('0 osób')).toBeInTheDocument();
    expect(within(rows[5]!).getByText('12 osób')).toBeInTheDocument();

    await user.click(within(list).getByRole('link', { name: 'Następna' }));
    expect(await within(list).findByText('Strona 2 z 2')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=2');
    await waitFor(() => expect(within(within(list).getByRole('table')).getAllByRole('row')).toHaveLength(3));
    expect(requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/anonymisations').map((url) => url.search)).toContain('?page=1&size=10');
  });

  it('says when nothing has run yet', async () => {
    mockFetch(api().handlers);
    renderApp('/anonymisation');
    expect(await screen.findByText('Anonimizacji jeszcze nie uruchamiano.')).toBeInTheDocument();
    expect(screen.getByText('0 uruchomień.')).toBeInTheDocument();
  });

  it('shows a failed run and a failed rule as problem summaries', async () => {
    const user = userEvent.setup({ delay: null });
    const { handlers } = api({ start: () => problem(500, 'Internal Server Error', 'The run failed; nothing was changed.') });
    mockFetch({ ...handlers, 'GET /api/v1/anonymisations/policy': () => problem(403, 'Forbidden', 'Only platform administrators run retention.') });
    renderApp('/anonymisation');
    const rule = await screen.findByRole('region', { name: 'Zasada' });
    expect(await within(rule).findByRole('alert')).toHaveTextContent('Only platform administrators run retention.');
    const section = screen.getByRole('region', { name: 'Uruchom teraz' });
    await user.click(within(section).getByRole('button', { name: 'Sprawdź (bez zmian)' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Internal Server Error');
    expect(alert).toHaveTextContent('The run failed; nothing was changed.');
    expect(within(section).queryByRole('status', { name: 'Gotowe' })).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Sprawdź (bez zmian)' })).toBeEnabled();
  });
});
