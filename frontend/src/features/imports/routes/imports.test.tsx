import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { captureDownloads } from '@/test/downloads';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { meAdmin, meJan } from '@/test/fixtures';
import { importJob } from '@/test/importFixtures';
import { renderApp } from '@/test/renderApp';

const JOB_ID = 'c1000000-0000-4000-8000-000000000001';

function job(overrides: Partial<Schemas['ImportJobResponse']>): Schemas['ImportJobResponse'] {
  return importJob({ id: JOB_ID, ...overrides });
}

function handlers(extra: Record<string, Handler> = {}, me = meAdmin): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/directory/imports': () => json({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 1 }),
    ...extra,
  };
}

const csv = () => new File(['external_id,type,name,gmina_teryt\nx1,KIS,Klub,1408011\n'], 'instytucje.csv', { type: 'text/csv' });

describe('directory import', () => {
  it('asks for a file before sending anything', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(handlers());
    renderApp('/directory/imports');
    await user.click(await screen.findByRole('button', { name: 'Sprawdź plik' }));
    const summary = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Wybierz plik CSV do zaimportowania.' })).toHaveAttribute('href', '#import-file');
    expect(screen.getByLabelText('Plik CSV')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('sends the file as text/csv, follows the job with a progress bar, then lists the row errors by line', async () => {
    const user = userEvent.setup();
    const answers = [
      job({ status: 'VALIDATING', processedRows: 2 }),
      job({ status: 'VALIDATING', processedRows: 4 }),
      job({
        status: 'FAILED',
        processedRows: 5,
        errorCount: 3,
        errors: [
          { line: 3, column: 'nip', code: 'Nip', message: 'must be a valid NIP' },
          { line: 4, column: 'postal_code', code: 'Pattern', message: 'must match "^[0-9]{2}-[0-9]{3}$"' },
          { line: 5, column: null, code: 'wrong-column-count', message: 'has 3 columns, the header row 4' },
        ],
      }),
    ];
    let sent: { contentType: string | null; body: string; query: URLSearchParams } | undefined;
    mockFetch(
      handlers({
        'POST /api/v1/directory/imports': async (url, request) => {
          sent = { contentType: request.headers.get('Content-Type'), body: await request.text(), query: url.searchParams };
          return json(job({}), 202);
        },
        [`GET /api/v1/directory/imports/${JOB_ID}`]: () => json(answers.length > 1 ? answers.shift() : answers[0]),
      }),
    );
    const { router } = renderApp('/directory/imports');
    await user.upload(await screen.findByLabelText('Plik CSV'), csv());
    await user.click(screen.getByRole('checkbox', { name: 'Tylko sprawdź plik (nic nie zapisuj)' }));
    await user.click(screen.getByRole('button', { name: 'Importuj plik' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/directory/imports/${JOB_ID}`));
    expect(sent?.contentType).toBe('text/csv');
    expect(sent?.body).toContain('external_id,type,name,gmina_teryt');
    expect(sent?.query.get('dryRun')).toBe('false');
    expect(sent?.query.get('filename')).toBe('instytucje.csv');

    const bar = await screen.findByRole('progressbar', { name: 'Sprawdzanie wierszy…' });
    expect(bar).toHaveAttribute('aria-valuemax', '5');
    expect(bar).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Sprawdzono [24] z 5 wierszy$/));
    expect(screen.getByText('Sprawdzanie wierszy…', { selector: '[role="status"]' })).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Błędy w pliku' }, { timeout: 8000 });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Import nie powiódł się – nic nie zostało zapisane');
    expect(screen.getByRole('alert')).toHaveTextContent('Plik ma 3 błędy.');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('3');
    expect(rows[1]).toHaveTextContent('W kolumnie nip nie ma poprawnego numeru NIP');
    // a format in words, never the pattern nor the API's English
    expect(rows[2]).toHaveTextContent('Wartość w kolumnie postal_code ma niepoprawny format: kod pocztowy zapisuje się jako 00-000.');
    expect(table).not.toHaveTextContent('^[0-9]');
    expect(table).not.toHaveTextContent('must be a valid NIP');
    expect(within(rows[3]!).getByRole('rowheader')).toHaveTextContent('5');
    expect(rows[3]).toHaveTextContent('cały wiersz');
    expect(rows[3]).toHaveTextContent('Wiersz ma inną liczbę kolumn niż wiersz nagłówka.');
  });

  it('shows what a dry run would do', async () => {
    mockFetch(
      handlers({
        [`GET /api/v1/directory/imports/${JOB_ID}`]: () =>
          json(job({ status: 'SUCCEEDED', dryRun: true, processedRows: 5, created: 3, updated: 1, unchanged: 1 })),
      }),
    );
    renderApp(`/directory/imports/${JOB_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sprawdzenie pliku' })).toBeInTheDocument();
    expect(await screen.findByText('Sprawdzenie zakończone bez błędów. Nic nie zostało zapisane.')).toBeInTheDocument();
    const counts = screen.getByText('Instytucje do dodania').closest('.summary-list__row');
    expect(counts).toHaveTextContent('3');
  });

  it('words a refused header row in Polish, naming the column', async () => {
    const user = userEvent.setup();
    mockFetch(
      handlers({
        'POST /api/v1/directory/imports': () =>
          new Response(
            JSON.stringify({
              type: 'urn:synergia:problem:unprocessable',
              title: 'Invalid import file',
              status: 422,
              errors: [
                { field: 'nazwa', code: 'unknown-column', message: 'is not a column of the format' },
                { field: 'gmina_teryt', code: 'missing-column', message: 'is a required column of the header row' },
              ],
            }),
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
      }),
    );
    renderApp('/directory/imports');
    await user.upload(await screen.findByLabelText('Plik CSV'), csv());
    await user.click(screen.getByRole('button', { name: 'Sprawdź plik' }));
    const summary = await screen.findByRole('alert', { name: 'Wystąpił problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Nieznana kolumna nazwa w wierszu nagłówka.',
      'W wierszu nagłówka brakuje wymaganej kolumny gmina_teryt.',
    ]);
  });

  it('is for administrators only: no navigation entry and a plain explanation for others', async () => {
    mockFetch(handlers({}, meJan));
    renderApp('/directory/imports');
    expect(await screen.findByText('Importować dane do katalogu może tylko administrator platformy.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Plik CSV')).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Menu główne' })).queryByRole('link', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('has a navigation entry for administrators', async () => {
    mockFetch(handlers());
    renderApp('/');
    expect(await within(screen.getByRole('navigation', { name: 'Menu główne' })).findByRole('link', { name: 'Import' })).toHaveAttribute(
      'href',
      '/directory/imports',
    );
  });
});

describe('directory import: template and field reference', () => {
  it('downloads the template with the caller’s token and saves it under the server’s name', async () => {
    const user = userEvent.setup();
    const { saved, blobs } = captureDownloads();
    const { requests } = mockFetch(
      handlers({
        'GET /api/v1/directory/import-template.csv': () =>
          new Response('\uFEFFid,external_id,type\r\n,MOJ-SYSTEM-0001,CIS\r\n', {
            status: 200,
            headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="synergia-instytucje-szablon.csv"' },
          }),
      }),
    );
    renderApp('/directory/imports');
    await user.click(await screen.findByRole('button', { name: 'Pobierz szablon CSV (nagłówek i przykładowy wiersz)' }));
    await waitFor(() => expect(saved).toEqual([{ name: 'synergia-instytucje-szablon.csv', href: 'blob:test/1' }]));
    expect(await blobs[0]!.text()).toContain('MOJ-SYSTEM-0001');
    const asked = requests.find((request) => new URL(request.url).pathname === '/api/v1/directory/import-template.csv')!;
    expect(asked.headers.get('Authorization')).toMatch(/^Bearer /);
  });

  it('says when the template could not be downloaded', async () => {
    const user = userEvent.setup();
    mockFetch(handlers({ 'GET /api/v1/directory/import-template.csv': () => problem(503, 'Service Unavailable') }));
    renderApp('/directory/imports');
    await user.click(await screen.findByRole('button', { name: /Pobierz szablon CSV/ }));
    expect(await screen.findByRole('button', { name: /Spróbuj ponownie/ })).toBeInTheDocument();
  });

  it('describes every column: meaning, whether required, format and an example, in Polish and English', async () => {
    const user = userEvent.setup();
    mockFetch(handlers());
    renderApp('/directory/imports');
    await user.click(await screen.findByText('Kolumny pliku importu katalogu', { selector: 'summary' }));
    const table = screen.getByRole('table', { name: 'Kolumny pliku importu katalogu' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(29);
    const external = within(table).getByRole('rowheader', { name: 'external_id' }).closest('tr')!;
    expect(external).toHaveTextContent('Klucz wiersza');
    expect(external).toHaveTextContent('tak');
    expect(external).toHaveTextContent('MOJ-SYSTEM-0001');
    const postal = within(table).getByRole('rowheader', { name: 'postal_code' }).closest('tr')!;
    expect(postal).toHaveTextContent('nie');
    expect(postal).toHaveTextContent('00-000');
    expect(postal).not.toHaveTextContent('^[0-9]');
    expect(within(table).getAllByRole('cell', { name: 'tak' })).toHaveLength(4);

    const { i18n } = await import('@/shared/i18n/i18n');
    await i18n.changeLanguage('en');
    expect(await within(table).findByText('Postal code')).toBeInTheDocument();
    expect(within(table).getAllByRole('cell', { name: 'yes' })).toHaveLength(4);
    await i18n.changeLanguage('pl');
  });
});
