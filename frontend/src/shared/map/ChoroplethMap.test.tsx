import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SUPPRESSED, type Cell, type IndicatorFormat } from '@/shared/format/cells';
import { i18n } from '@/shared/i18n/i18n';
import { ChoroplethMap } from './ChoroplethMap';
import { loadTopology, type RegionTopology } from './topology';

const placesPer10k: IndicatorFormat = {
  label: 'Miejsca w CIS i KIS na 10 tys. mieszkańców',
  unit: 'miejsca na 10 tys. mieszkańców',
  fractionDigits: 1,
};

// the five gminas of powiat legionowski, with figures made up for the test
const legionowski = new Map<string, Cell>([
  ['1408011', 12.345], // Legionowo, gmina miejska
  ['1408022', 3.2], // Jabłonna
  ['1408032', 0], // Nieporęt
  ['1408043', SUPPRESSED], // Serock
  // 1408052 Wieliszew: no figure
]);

let mazowieckie: RegionTopology;
let poland: RegionTopology;
beforeAll(async () => {
  [mazowieckie, poland] = await Promise.all([loadTopology('14'), loadTopology('pl')]);
});

const tooltip = () => document.querySelector('.choropleth__tooltip');

function areas() {
  return screen.getAllByRole('button').filter((element) => element.hasAttribute('data-teryt'));
}

describe('ChoroplethMap', () => {
  it('draws one named area per unit, each with its figure in Polish', () => {
    render(<ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={legionowski} indicator={placesPer10k} onSelect={vi.fn<(teryt: string) => void>()} title="Gminy powiatu legionowskiego" />);

    expect(screen.getByRole('group', { name: 'Gminy powiatu legionowskiego' })).toBeInTheDocument();
    expect(areas().map((area) => area.getAttribute('aria-label'))).toEqual([
      'Legionowo, gmina miejska: 12,3 miejsca na 10 tys. mieszkańców',
      'Jabłonna, gmina wiejska: 3,2 miejsca na 10 tys. mieszkańców',
      'Nieporęt, gmina wiejska: 0,0 miejsca na 10 tys. mieszkańców',
      'Serock, gmina miejsko-wiejska: utajnione (mała liczebność)',
      'Wieliszew, gmina wiejska: brak danych',
    ]);
    for (const area of areas()) expect(area.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('draws every gmina of a voivodeship, and the powiats or voivodeships of Poland', () => {
    const { unmount } = render(<ChoroplethMap topology={mazowieckie} level="gminy" values={new Map()} indicator={placesPer10k} onSelect={vi.fn<(teryt: string) => void>()} title="Mazowieckie" />);
    expect(areas()).toHaveLength(314);
    expect(screen.getByText(/^Kartogram: .*, 314 gmin\. Te same liczby są w tabeli\.$/)).toBeInTheDocument();
    expect(screen.getByText("brak danych – 314 gmin")).toBeInTheDocument();
    unmount();

    render(<ChoroplethMap topology={poland} level="wojewodztwa" values={new Map([['14', 7]])} indicator={placesPer10k} onSelect={vi.fn<(teryt: string) => void>()} title="Polska" />);
    expect(areas()).toHaveLength(16);
    expect(screen.getByRole('button', { name: 'województwo mazowieckie: 7,0 miejsca na 10 tys. mieszkańców' })).toBeInTheDocument();
  });

  it('tells apart units that share a name by their powiat', () => {
    render(<ChoroplethMap topology={mazowieckie} level="gminy" values={new Map()} indicator={placesPer10k} onSelect={vi.fn<(teryt: string) => void>()} title="Mazowieckie" />);
    const radzanow = areas().filter((area) => area.getAttribute('aria-label')!.startsWith('Radzanów'));
    expect(radzanow.map((area) => area.getAttribute('aria-label'))).toEqual([
      'Radzanów, gmina wiejska (powiat białobrzeski): brak danych',
      'Radzanów, gmina wiejska (powiat mławski): brak danych',
    ]);
  });

  it('is one tab stop; arrow keys move between areas; Enter and Space choose', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(teryt: string) => void>();
    render(
      <>
        <button type="button">przed mapą</button>
        <ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={legionowski} indicator={placesPer10k} onSelect={onSelect} title="Gminy" />
        <button type="button">po mapie</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'przed mapą' }));
    await user.tab();
    expect(document.activeElement).toBe(areas()[0]);
    expect(areas().filter((area) => area.tabIndex === 0)).toEqual([areas()[0]]);

    // Legionowo lies west of Nieporęt and south-west of Serock (powiat legionowski)
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^(Nieporęt|Serock)/);
    expect(areas().filter((area) => area.tabIndex === 0)).toEqual([document.activeElement]);
    await user.keyboard('{End}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Wieliszew/);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('1408052');
    await user.keyboard('{Home}');
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('1408011');
    expect(onSelect).toHaveBeenCalledTimes(2);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'po mapie' }));
  });

  it('selects with a click, and marks the chosen area as current (it is then the tab stop)', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(teryt: string) => void>();
    const { rerender } = render(<ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={legionowski} indicator={placesPer10k} onSelect={onSelect} title="Gminy" />);
    await user.click(screen.getByRole('button', { name: /^Jabłonna/ }));
    expect(onSelect).toHaveBeenCalledWith('1408022');

    rerender(<ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={legionowski} indicator={placesPer10k} onSelect={onSelect} selected="1408022" title="Gminy" />);
    const jablonna = screen.getByRole('button', { name: /^Jabłonna/ });
    expect(jablonna).toHaveAttribute('aria-current', 'true');
    expect(areas().filter((area) => area.hasAttribute('aria-current'))).toEqual([jablonna]);
  });

  it('shows a tooltip on hover and on focus, which Escape hides', async () => {
    const user = userEvent.setup();
    render(<ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={legionowski} indicator={placesPer10k} onSelect={vi.fn<(teryt: string) => void>()} title="Gminy" />);

    await user.hover(screen.getByRole('button', { name: /^Legionowo/ }));
    expect(tooltip()).toHaveTextContent('Legionowo, gmina miejska12,3 miejsca na 10 tys. mieszkańców');
    expect(tooltip()).toHaveAttribute('aria-hidden', 'true');
    await user.unhover(screen.getByRole('button', { name: /^Legionowo/ }));
    expect(tooltip()).toBeNull();

    act(() => screen.getByRole('button', { name: /^Serock/ }).focus());
    expect(tooltip()).toHaveTextContent('Serock, gmina miejsko-wiejskautajnione (mała liczebność)');
    fireEvent.keyDown(screen.getByRole('button', { name: /^Serock/ }), { key: 'Escape' });
    expect(tooltip()).toBeNull();
  });

  it('has a legend with each class, its range and the number of areas, and the patterns for suppressed and missing', () => {
    const values = new Map<string, Cell>([
      ['1408011', 12.345],
      ['1408022', 3.2],
      ['1408032', 0],
      ['1408043', SUPPRESSED],
      ['1408052', 1.5],
    ]);
    render(<ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={values} indicator={placesPer10k} onSelect={vi.fn<(teryt: string) => void>()} title="Gminy" />);
    const legend = screen.getByRole('list', { name: 'Legenda: Miejsca w CIS i KIS na 10 tys. mieszkańców (miejsca na 10 tys. mieszkańców)' });
    // four figures, five classes asked for: each figure its own class
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '0,0 – 1 gmina',
      'powyżej 0,0 do 1,5 – 1 gmina',
      'powyżej 1,5 do 3,2 – 1 gmina',
      'powyżej 3,2 do 12,3 – 1 gmina',
      'utajnione (mała liczebność) – 1 gmina',
    ]);
    expect(screen.getByText('Klasy kwantylowe: w każdej klasie podobna liczba obszarów.')).toBeInTheDocument();
    // suppressed is hatched, not a colour of the scale
    const serock = screen.getByRole('button', { name: /^Serock/ });
    expect(serock.getAttribute('fill')).toMatch(/^url\(#choropleth-.*-suppressed\)$/);
    expect(document.getElementById(serock.getAttribute('fill')!.slice(5, -1))?.tagName).toBe('pattern');
    const fills = new Set(areas().filter((area) => area !== serock).map((area) => area.getAttribute('fill')));
    expect(fills.size).toBe(4);
  });

  it('counts classes with Polish plurals and offers Jenks breaks', () => {
    const many = new Map<string, Cell>([
      ['1408011', 1],
      ['1408022', 1],
      ['1408032', 30],
      ['1408043', 41],
      ['1408052', 42],
    ]);
    render(<ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={many} indicator={{ ...placesPer10k, fractionDigits: 0 }} method="jenks" classes={3} onSelect={vi.fn<(teryt: string) => void>()} title="Gminy" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['1 – 2 gminy', 'powyżej 1 do 30 – 1 gmina', 'powyżej 30 do 42 – 2 gminy']);
    expect(screen.getByText(/metoda Jenksa/)).toBeInTheDocument();
  });

  it('keeps classes the page fixed, whatever the figures drawn', () => {
    const fixed = { method: 'quantile' as const, min: 0, upper: [5, 10, 50] };
    render(<ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={legionowski} indicator={placesPer10k} breaks={fixed} onSelect={vi.fn<(teryt: string) => void>()} title="Gminy" />);
    expect(within(screen.getByRole('list')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'od 0,0 do 5,0 – 2 gminy',
      'powyżej 5,0 do 10,0 – 0 gmin',
      'powyżej 10,0 do 50,0 – 1 gmina',
      'utajnione (mała liczebność) – 1 gmina',
      'brak danych – 1 gmina',
    ]);
  });

  it('speaks English when the user switches', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(<ChoroplethMap topology={mazowieckie} level="gminy" within="1408" values={legionowski} indicator={{ ...placesPer10k, unit: 'places per 10,000 inhabitants' }} onSelect={vi.fn<(teryt: string) => void>()} title="Gminas" />);
    expect(screen.getByRole('button', { name: 'Legionowo, urban gmina: 12.3 places per 10,000 inhabitants' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Serock, urban-rural gmina: suppressed (small count)' })).toBeInTheDocument();
  });
});
