import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SUPPRESSED, type IndicatorFormat } from '@/shared/format/cells';
import { IndicatorMapPanel, type IndicatorRow } from './lazy';
import { loadTopology } from './topology';

const indicator: IndicatorFormat = {
  label: 'Miejsca w CIS i KIS na 10 tys. mieszkańców',
  unit: 'miejsca na 10 tys. mieszkańców',
  fractionDigits: 1,
};

/** Made-up figures for every gmina of a voivodeship, some suppressed, some missing. */
function figures(codes: string[]): IndicatorRow[] {
  return codes.map((teryt, i) => ({
    teryt,
    name: `gmina ${teryt}`,
    cell: i % 11 === 3 ? SUPPRESSED : i % 13 === 5 ? null : Math.round(((i * 7919) % 1000) * 1.37) / 100,
  }));
}

function wrapper(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <Suspense fallback={<p>…</p>}>{children}</Suspense>
    </QueryClientProvider>
  );
}

/** What the map says of each area: its accessible name, by TERYT code. */
async function mapFigures(): Promise<Map<string, string>> {
  // the geometry arrives after the first render (its own chunk); a DOM query, not a role query,
  // while waiting: with 314 rows in the table a role query on every retry takes seconds
  const map = await waitFor(() => {
    const svg = document.querySelector<SVGSVGElement>('svg[role="group"]');
    expect(svg).not.toBeNull();
    return svg!;
  });
  expect(map).toHaveAccessibleName(/^Gminy/);
  const areas = [...map.querySelectorAll('[data-teryt]')];
  for (const area of areas) expect(area).toHaveAttribute('role', 'button');
  return new Map(areas.map((area) => [area.getAttribute('data-teryt')!, area.getAttribute('aria-label')!]));
}

/** What the table says of each unit: the row header (name), then the cells (code, figure). */
function tableRows(): Map<string, { name: string; figure: string }> {
  const table = screen.getByRole('table');
  return new Map(
    [...table.querySelectorAll('tbody tr')].map((row) => {
      const [code, figure] = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
      return [code!, { name: row.querySelector('th[scope="row"]')?.textContent ?? '', figure: figure! }];
    }),
  );
}

describe('the map and its table', () => {
  it('show the same numbers for the same input (every gmina of Mazowieckie)', async () => {
    const topology = await loadTopology('14');
    const codes = topology.objects.gminy!.geometries.map((g) => g.properties.teryt);
    const rows = figures(codes);
    render(wrapper(<IndicatorMapPanel scope="14" level="gminy" rows={rows} indicator={indicator} onSelect={vi.fn<(teryt: string) => void>()} title="Gminy województwa mazowieckiego" />));

    const map = await mapFigures();
    const table = tableRows();
    expect(map.size).toBe(314);
    expect([...table.keys()].toSorted()).toEqual([...map.keys()].toSorted());
    for (const [code, label] of map) {
      const row = table.get(code)!;
      const phrase = row.figure === 'utajnione' ? 'utajnione (mała liczebność)' : row.figure === 'brak danych' ? 'brak danych' : `${row.figure} miejsca na 10 tys. mieszkańców`;
      expect(label).toBe(`${row.name}: ${phrase}`);
    }
    // the input really has all three kinds of cell
    const kinds = new Set([...table.values()].map((row) => (/^\d/.test(row.figure) ? 'figure' : row.figure)));
    expect(kinds).toEqual(new Set(['figure', 'utajnione', 'brak danych']));
  });

  it('lists in the table the units the map cannot draw, and follows the choice on the map', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(teryt: string) => void>();
    const rows: IndicatorRow[] = [
      { teryt: '1207011', name: 'Limanowa', type: 'gmina miejska', cell: 4.2 },
      { teryt: '1207132', name: 'Szczawa', type: 'gmina wiejska', cell: 1.5 }, // created in 2025, no polygon
      { teryt: '1207122', name: 'Tymbark', type: 'gmina wiejska', cell: SUPPRESSED },
    ];
    const { rerender } = render(
      wrapper(<IndicatorMapPanel scope="12" level="gminy" within="1207" rows={rows} indicator={indicator} onSelect={onSelect} title="Gminy powiatu limanowskiego" />),
    );
    const map = await mapFigures();
    expect(map.get('1207011')).toBe('Limanowa, gmina miejska: 4,2 miejsca na 10 tys. mieszkańców');
    expect(map.has('1207132')).toBe(false);
    expect(tableRows().get('1207132')).toEqual({ name: 'Szczawa, gmina wiejska', figure: '1,5' });
    expect(tableRows().get('1207122')).toEqual({ name: 'Tymbark, gmina wiejska', figure: 'utajnione' });
    expect(screen.getByText(/^Utajnione:/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Tymbark/ }));
    expect(onSelect).toHaveBeenCalledWith('1207122');
    rerender(
      wrapper(<IndicatorMapPanel scope="12" level="gminy" within="1207" rows={rows} indicator={indicator} onSelect={onSelect} selected="1207122" title="Gminy powiatu limanowskiego" />),
    );
    const current = await screen.findByRole('button', { name: /^Tymbark/ });
    expect(current).toHaveAttribute('aria-current', 'true');
    const currentRow = within(screen.getByRole('table')).getAllByRole('row').find((row) => row.getAttribute('aria-current') === 'true');
    expect(currentRow && within(currentRow).getByRole('rowheader')).toHaveTextContent('Tymbark, gmina wiejska');
  });
});
