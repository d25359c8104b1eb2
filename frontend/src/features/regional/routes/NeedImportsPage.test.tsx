import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, type Handler } from '@/test/fetchMock';
import { meAdmin } from '@/test/fixtures';
import { importJob } from '@/test/importFixtures';
import { renderApp } from '@/test/renderApp';
import { indicators, meAnalyst } from '@/test/regionalFixtures';

function job(overrides: Partial<Schemas['ImportJobResponse']>): Schemas['NeedImportResponse'] {
  return {
    job: importJob({ id: 'd1000000-0000-4000-8000-000000000001', fileName: 'potrzeby.csv', dryRun: true, totalRows: 4, createdBy: 'Tomasz Wójcik', createdAt: '2026-12-07T10:00:00Z', ...overrides }),
    voivodeshipCode: '14',
    refreshId: null,
  };
}

const csv = () => new File(['gmina_teryt;year;figure;value\n1408011;2026;SA_UNEMPLOYMENT;412\n'], 'potrzeby.csv', { type: 'text/csv' });

function handlers(extra: Record<string, Handler> = {}, me = meAnalyst): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/regional/indicators': () => json(indicators),
    'GET /api/v1/regional/need-imports': () => json({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 }),
    ...extra,
  };
}

describe('need import', () => {
  it('checks the file first and lists the row errors by line and column, nothing imported', async () => {
    const user = userEvent.setup();
    const failed = job({
      status: 'FAILED',
      processedRows: 4,
      errorCount: 2,
      errors: [
        { line: 3, column: 'gmina_teryt', code: 'not-teryt', message: 'not a TERYT code' },
        { line: 5, column: 'value', code: 'not-a-number', message: 'not a number' },
      ],
      finishedAt: '2026-12-07T10:00:02Z',
    });
    let polls = 0;
    const { requests } = mockFetch(
      handlers({
        'POST /api/v1/regional/need-imports': () => json(job({}), 202),
        'GET /api/v1/regional/need-imports/d1000000-0000-4000-8000-000000000001': () => {
          polls += 1;
          return json(polls < 2 ? job({ status: 'VALIDATING', processedRows: 2 }) : failed);
        },
      }),
    );
    renderApp('/regional/imports');
    await user.upload(await screen.findByLabelText('Plik CSV z danymi o potrzebach'), csv());
    await user.click(screen.getByRole('button', { name: 'Sprawdź plik (bez zapisywania)' }));

    // progress while the job checks the rows: a progress bar and a polite live region
    const bar = await screen.findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '2');
    expect(bar).toHaveAttribute('aria-valuemax', '4');
    expect(document.querySelector('[aria-live="polite"]')).not.toBeNull();

    const summary = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(summary).toHaveTextContent(/Nic nie zostało zapisane|nie został|błęd/i);
    const table = screen.getByRole('table', { name: /błęd/i });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('3');
    expect(rows[0]).toHaveTextContent('gmina_teryt');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('5');
    expect(rows[1]).toHaveTextContent('value');
    // a failed check offers no import
    expect(screen.queryByRole('button', { name: 'Importuj ten plik' })).not.toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(new URL(posts[0]!.url).searchParams.get('dryRun')).toBe('true');
  });

  it('imports for real after a clean dry run, follows the job to its end and waits for the recomputed figures', async () => {
    const user = userEvent.setup();
    let imported = false;
    let polls = 0;
    const real = { ...job({ dryRun: false }), job: { ...job({ dryRun: false }).job, id: 'd1000000-0000-4000-8000-000000000002' } };
    const { requests } = mockFetch(
      handlers({
        'POST /api/v1/regional/need-imports': (url) => {
          imported = url.searchParams.get('dryRun') === 'false';
          return json(imported ? real : job({}), 202);
        },
        'GET /api/v1/regional/need-imports/d1000000-0000-4000-8000-000000000001': () =>
          json(job({ status: 'SUCCEEDED', processedRows: 4, created: 4, finishedAt: '2026-12-07T10:00:02Z' })),
        'GET /api/v1/regional/need-imports/d1000000-0000-4000-8000-000000000002': () => {
          polls += 1;
          const base = { ...real.job, dryRun: false };
          return json({
            ...real,
            job: polls < 2 ? { ...base, status: 'WRITING', processedRows: 4, writtenRows: 1 } : { ...base, status: 'SUCCEEDED', processedRows: 4, writtenRows: 4, created: 4, finishedAt: '2026-12-07T10:01:00Z' },
          });
        },
        // the need figures were computed before the import: the page waits for a newer computation
        'GET /api/v1/regional/indicators': () => json(indicators),
      }),
    );
    renderApp('/regional/imports');
    await user.upload(await screen.findByLabelText('Plik CSV z danymi o potrzebach'), csv());
    await user.click(screen.getByRole('button', { name: 'Sprawdź plik (bez zapisywania)' }));
    await user.click(await screen.findByRole('button', { name: 'Importuj ten plik' }));
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    await waitFor(() => expect(screen.getByText(/Przeliczanie wskaźników trwa/)).toBeInTheDocument(), { timeout: 4000 });
    const posts = requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).searchParams.get('dryRun'));
    expect(posts).toEqual(['true', 'false']);
    expect(imported).toBe(true);
  });

  it('offers the administrator to recompute the figures', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(
      handlers(
        {
          'GET /api/v1/regional/refreshes': () => json({ items: [], page: 0, size: 5, totalItems: 0, totalPages: 0 }),
          'POST /api/v1/regional/refreshes': () =>
            json({ id: 'e1', scope: 'CURRENT_YEAR', years: [2026], trigger: 'REQUEST', status: 'QUEUED', stepsTotal: 3, stepsDone: 0, valuesWritten: 0, requestedBy: 'admin', createdAt: '2026-12-07T10:00:00Z' }, 202),
        },
        { ...meAdmin, permissions: [...meAdmin.permissions, 'REGIONAL_READ', 'REGIONAL_REFRESH'] },
      ),
    );
    renderApp('/regional/imports');
    await user.click(await screen.findByRole('button', { name: 'Przelicz wskaźniki bieżącego roku' }));
    expect(await screen.findByText('Przeliczanie zlecone.')).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/api/v1/regional/refreshes'))).toBe(true);
  });
});
