import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { SUPPRESSED, type Cell } from '@/shared/format/cells';
import { i18n } from '@/shared/i18n/i18n';
import { captureDownloads } from '@/test/downloads';
import { DataTable, type DataColumn, type TableSort } from './DataTable';

interface Row {
  teryt: string;
  name: string;
  places: Cell;
  people: Cell;
}

const rows: Row[] = [
  { teryt: '1438043', name: 'Żyrardów', places: 12.345, people: 12345 },
  { teryt: '1421011', name: 'Łomianki', places: SUPPRESSED, people: 3 },
  { teryt: '1408011', name: 'Legionowo', places: 0.5, people: null },
  { teryt: '1434011', name: 'Ząbki', places: null, people: SUPPRESSED },
  { teryt: '1461011', name: 'Ostrołęka', places: 7, people: 1000 },
  { teryt: '1432062', name: 'Łochów; gmina "miejsko-wiejska"', places: -1.25, people: 0 },
];

const columns: DataColumn<Row>[] = [
  { kind: 'text', key: 'name', header: 'Jednostka', value: (row) => row.name, rowHeader: true },
  { kind: 'text', key: 'teryt', header: 'Kod TERYT', value: (row) => row.teryt },
  { kind: 'number', key: 'places', header: 'Miejsca na 10 tys. mieszkańców', value: (row) => row.places, fractionDigits: 1 },
  { kind: 'number', key: 'people', header: 'Osoby', value: (row) => row.people },
];

function renderTable(props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) {
  return render(
    <MemoryRouter>
      <DataTable caption="Gminy" columns={columns} rows={rows} rowKey={(row) => row.teryt} {...props} />
    </MemoryRouter>,
  );
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const column = (index: number) => bodyRows().map((row) => within(row).getAllByRole(index === 0 ? 'rowheader' : 'cell')[index === 0 ? 0 : index - 1]!.textContent);

describe('DataTable', () => {
  it('has a caption, row headers, and figures right-aligned in Polish format', () => {
    renderTable();
    const table = screen.getByRole('table', { name: 'Gminy' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Jednostka↕',
      'Kod TERYT↕',
      'Miejsca na 10 tys. mieszkańców↕',
      'Osoby↕',
    ]);
    expect(column(0)).toEqual(rows.map((row) => row.name));
    expect(column(2)).toEqual(['12,3', 'utajnione', '0,5', 'brak danych', '7,0', '-1,3']);
    expect(column(3)).toEqual(['12\u00a0345', '3', 'brak danych', 'utajnione', '1000', '0']);
    const figure = within(table).getByText('12,3');
    expect(figure).toHaveClass('table__cell--numeric');
    expect(within(table).getByRole('columnheader', { name: /Osoby/ })).toHaveClass('table__header--numeric');
  });

  it('explains suppressed cells under the table, and only when there are some', () => {
    const { unmount } = renderTable();
    const note = screen.getByText(/^Utajnione: wartość dotyczy zbyt małej liczby osób/);
    expect(screen.getByRole('table')).toHaveAttribute('aria-describedby', note.id);
    unmount();
    renderTable({ rows: rows.filter((row) => row.places !== SUPPRESSED && row.people !== SUPPRESSED) });
    expect(screen.queryByText(/^Utajnione:/)).toBeNull();
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-describedby');
  });

  it('sorts text with Polish collation and tells the order with aria-sort', async () => {
    const user = userEvent.setup();
    renderTable();
    const header = screen.getByRole('columnheader', { name: /Jednostka/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(column(0)).toEqual(['Legionowo', 'Łochów; gmina "miejsko-wiejska"', 'Łomianki', 'Ostrołęka', 'Ząbki', 'Żyrardów']);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(column(0)).toEqual(['Żyrardów', 'Ząbki', 'Ostrołęka', 'Łomianki', 'Łochów; gmina "miejsko-wiejska"', 'Legionowo']);
    expect(screen.getAllByRole('columnheader').filter((th) => th.getAttribute('aria-sort') !== 'none')).toEqual([header]);
  });

  it('sorts figures by value, with suppressed and missing cells last in both directions', async () => {
    const user = userEvent.setup();
    renderTable();
    const header = screen.getByRole('columnheader', { name: /Miejsca/ });
    await user.click(within(header).getByRole('button'));
    expect(column(2)).toEqual(['-1,3', '0,5', '7,0', '12,3', 'utajnione', 'brak danych']);
    await user.click(within(header).getByRole('button'));
    expect(column(2)).toEqual(['12,3', '7,0', '0,5', '-1,3', 'utajnione', 'brak danych']);
  });

  it('leaves the order to the page when it is controlled', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn<(sort: TableSort) => void>();
    renderTable({ sort: { key: 'people', direction: 'descending' }, onSortChange });
    expect(column(3)).toEqual(['12\u00a0345', '1000', '3', '0', 'utajnione', 'brak danych']);
    await user.click(within(screen.getByRole('columnheader', { name: /Osoby/ })).getByRole('button'));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'people', direction: 'ascending' });
    await user.click(within(screen.getByRole('columnheader', { name: /Kod TERYT/ })).getByRole('button'));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'teryt', direction: 'ascending' });
    // still the page's order until it passes another
    expect(column(3)[0]).toBe('12\u00a0345');
  });

  it('shows one page of the sorted rows with the shared pagination', () => {
    renderTable({ defaultSort: { key: 'teryt', direction: 'ascending' }, paging: { page: 2, pageSize: 4, searchFor: (page) => `?page=${page}` } });
    expect(column(1)).toEqual(['1438043', '1461011']);
    const navigation = screen.getByRole('navigation');
    expect(within(navigation).getByText('Strona 2 z 2')).toBeInTheDocument();
    expect(within(navigation).getByRole('link', { name: /Poprzednia/ })).toHaveAttribute('href', '/?page=1');
  });

  it('marks the current row', () => {
    renderTable({ currentKey: '1408011' });
    const current = bodyRows().filter((row) => row.getAttribute('aria-current') === 'true');
    expect(current.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Legionowo']);
  });

  it('downloads the rows in the order shown as CSV for a Polish spreadsheet', async () => {
    const user = userEvent.setup();
    const { saved, blobs } = captureDownloads();
    renderTable({ csvFileName: 'gminy.csv', defaultSort: { key: 'places', direction: 'descending' } });
    await user.click(screen.getByRole('button', { name: 'Pobierz tabelę (CSV)' }));

    expect(saved).toEqual([{ name: 'gminy.csv', href: 'blob:test/1' }]);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFJednostka;Kod TERYT;Miejsca na 10 tys. mieszkańców;Osoby\r\n' +
        'Żyrardów;1438043;12,3;12345\r\n' +
        'Ostrołęka;1461011;7,0;1000\r\n' +
        'Legionowo;1408011;0,5;\r\n' +
        '"Łochów; gmina ""miejsko-wiejska""";1432062;-1,3;0\r\n' +
        'Łomianki;1421011;utajnione;3\r\n' +
        'Ząbki;1434011;;utajnione\r\n',
    );
  });

  it('writes English CSV with commas and decimal points, and never a formula', async () => {
    const user = userEvent.setup();
    const { blobs } = captureDownloads();
    await act(() => i18n.changeLanguage('en'));
    render(
      <DataTable
        caption="Gminas"
        columns={columns}
        rows={[{ teryt: '1408011', name: '=HYPERLINK("x")', places: 1234.56, people: SUPPRESSED }]}
        rowKey={(row) => row.teryt}
        csvFileName="gminas.csv"
      />,
    );
    expect(screen.getByText('1,234.6')).toBeInTheDocument();
    expect(screen.getByText('suppressed')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download the table (CSV)' }));
    expect(await blobs[0]!.text()).toBe(
      `Jednostka,Kod TERYT,Miejsca na 10 tys. mieszkańców,Osoby\r\n"'=HYPERLINK(""x"")",1408011,1234.6,suppressed\r\n`,
    );
  });
});
