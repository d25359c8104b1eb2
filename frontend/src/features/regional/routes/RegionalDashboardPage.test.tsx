import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { mapAreaNames } from '@/test/mapHelpers';
import { renderApp } from '@/test/renderApp';
import { indicators, legionowskiGminas, meAnalyst, meOpsCoordinator, publicSummary, series, unitValue, valuePage } from '@/test/regionalFixtures';

const powiats = [
  unitValue('1408', 'legionowski', 6.1),
  unitValue('1401', 'białobrzeski', null, true),
  unitValue('1412', 'miński', 0),
  unitValue('1465', 'Warszawa', 3.3),
];

function handlers(extra: Record<string, Handler> = {}, me = meAnalyst): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/regional/indicators': () => json(indicators),
    'GET /api/v1/public/regional/voivodeships': () => json(publicSummary),
    'GET /api/v1/regional/values': (url) =>
      url.searchParams.get('level') === 'GMINA'
        ? json(valuePage('CIS_KIS_PLACES_PER_10K', 'GMINA', legionowskiGminas))
        : json(valuePage('CIS_KIS_PLACES_PER_10K', 'POWIAT', powiats)),
    'GET /api/v1/regional/series': (url) => {
      const unit = url.searchParams.get('unit')!;
      const name = unit === '14' ? 'mazowieckie' : unit === '1408' ? 'legionowski' : 'Legionowo';
      return json(series(unit, name, [1, 2, 'hidden', 4]));
    },
    ...extra,
  };
}

function tableRow(name: RegExp | string): HTMLElement {
  const table = screen.getByRole('table', { name: /: (powiaty województwa|gminy powiatu)/ });
  return within(table).getByRole('rowheader', { name }).closest('tr')!;
}

describe('regional dashboard', () => {
  it('shows the powiats of the analyst’s voivodeship on the map and in the table with the same figures', async () => {
    mockFetch(handlers());
    renderApp('/regional');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dane regionalne' })).toBeInTheDocument();
    expect(await screen.findByText('Stan na 30 listopada 2026', { exact: false })).toBeInTheDocument();
    const areas = await mapAreaNames();
    // the same figures in the map's names and in the table
    expect(areas.get('1408')).toMatch(/legionowski: 6,1 /);
    expect(within(tableRow(/legionowski/)).getByText('6,1')).toBeInTheDocument();
    expect(areas.get('1412')).toMatch(/miński: 0,0 /);
    expect(within(tableRow(/miński/)).getByText('0,0')).toBeInTheDocument();
    // a hidden figure is never a number, and the table says why
    expect(areas.get('1401')).toMatch(/utajnione/);
    expect(within(tableRow(/białobrzeski/)).getByText('utajnione')).toBeInTheDocument();
    expect(screen.getAllByText(/zbyt małej liczby osób/).length).toBeGreaterThan(0);
    // a powiat without figures on the map says so
    expect(areas.get('1402')).toMatch(/brak danych/);
    // the breadcrumb starts at the voivodeship
    const crumbs = screen.getByRole('navigation', { name: 'Ścieżka' });
    expect(within(crumbs).getByText('województwo mazowieckie')).toHaveAttribute('aria-current', 'location');
  });

  it('sorts the table by name with Polish collation and by value with hidden figures last', async () => {
    const user = userEvent.setup();
    mockFetch(handlers());
    renderApp('/regional');
    await mapAreaNames();
    const table = screen.getByRole('table', { name: /: (powiaty województwa|gminy powiatu)/ });
    const names = () => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names()[0]).toMatch(/białobrzeski/);
    await user.click(within(table).getByRole('button', { name: /miejsca na 10 tys/ }));
    await waitFor(() => expect(names()[0]).toMatch(/miński/));
    expect(names().at(-1)).toMatch(/białobrzeski/);
  });

  it('drills down from the voivodeship to powiat legionowski (a link in the table) and to gmina Legionowo (keyboard on the map)', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch(handlers());
    const { router } = renderApp('/regional');
    await mapAreaNames();
    await user.click(within(tableRow(/legionowski/)).getByRole('link', { name: /legionowski/ }));
    await waitFor(() => expect(router.state.location.search).toContain('unit=1408'));
    expect(requests.some((r) => r.url.includes('level=GMINA') && r.url.includes('unit=1408'))).toBe(true);
    const areas = await waitFor(async () => {
      const found = await mapAreaNames();
      expect(found.has('1408011')).toBe(true);
      return found;
    });
    expect(areas.get('1408011')).toMatch(/Legionowo, gmina miejska: 4,2/);
    expect(within(tableRow(/Jabłonna/)).getByText('utajnione')).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Ścieżka' });
    expect(within(crumbs).getByRole('link', { name: 'województwo mazowieckie' })).toBeInTheDocument();
    expect(within(crumbs).getByText('powiat legionowski')).toHaveAttribute('aria-current', 'location');

    // the map: one tab stop, Enter chooses the focused area
    const legionowo = document.querySelector<SVGElement>('[data-teryt="1408011"]')!;
    legionowo.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('selected=1408011'));
    expect(await screen.findByRole('link', { name: 'Profil: gmina Legionowo' })).toHaveAttribute('href', '/regional/gminas/1408011');
    expect(within(screen.getByRole('navigation', { name: 'Ścieżka' })).getByText('gmina Legionowo')).toHaveAttribute('aria-current', 'location');
    // the series of the gmina, its powiat and voivodeship
    expect(requests.filter((r) => r.url.includes('/regional/series')).map((r) => new URL(r.url).searchParams.get('unit'))).toEqual(
      expect.arrayContaining(['1408011', '1408', '14']),
    );
  });

  it('tells a caller without the regional figures that they are not theirs, and offers no navigation entry', async () => {
    const { requests } = mockFetch(handlers({}, meOpsCoordinator));
    renderApp('/regional');
    expect(await screen.findByText(/analitycy regionalni/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Dane regionalne' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.includes('/api/v1/regional/'))).toBe(false);
  });

  it('shows the API’s problem when the figures cannot be read', async () => {
    mockFetch(handlers({ 'GET /api/v1/regional/values': () => problem(503, 'Usługa chwilowo niedostępna') }));
    renderApp('/regional');
    expect(await screen.findByText(/Usługa chwilowo niedostępna|niedostępn/)).toBeInTheDocument();
  });
});
