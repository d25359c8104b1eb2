import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SUPPRESSED, type IndicatorFormat } from '@/shared/format/cells';
import { i18n } from '@/shared/i18n/i18n';
import { ComparisonBarChart, type ComparisonBar } from './ComparisonBarChart';
import { TimeSeriesChart, type TimeSeries } from './TimeSeriesChart';

const indicator: IndicatorFormat = {
  label: 'Miejsca w CIS i KIS na 10 tys. mieszkańców',
  unit: 'miejsca na 10 tys. mieszkańców',
  fractionDigits: 1,
};

const series: TimeSeries[] = [
  {
    key: '1408011',
    label: 'Legionowo, gmina miejska',
    points: [
      { period: '2025-01', cell: 12.34 },
      { period: '2025-02', cell: SUPPRESSED },
      { period: '2025-03', cell: 14.05 },
      { period: '2025-04', cell: 1234.5 },
    ],
  },
  {
    key: '1408',
    label: 'powiat legionowski',
    points: [
      { period: '2025-01', cell: 8 },
      { period: '2025-02', cell: 8.5 },
      { period: '2025-03', cell: 9.25 },
      // April: no figure yet
    ],
  },
];

/** The y of a Plot dot: a circle's cy, or the translate of a symbol's path. */
function yOf(element: Element): number {
  const cy = element.getAttribute('cy');
  if (cy !== null) return Number(cy);
  const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.getAttribute('transform') ?? '');
  return Number(match?.[2]);
}

function chartTable() {
  return screen.getByRole('table', { name: /^Dane wykresu:/ });
}

function tableCells(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent ?? ''));
}

describe('TimeSeriesChart', () => {
  it('draws a line per series and a table of the same numbers, in Polish', () => {
    const { container } = render(<TimeSeriesChart title="Miejsca w CIS i KIS, 2025" indicator={indicator} series={series} />);

    expect(screen.getByRole('figure', { name: 'Miejsca w CIS i KIS, 2025' })).toBeInTheDocument();
    expect(container.querySelector('.chart__canvas')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('.chart__canvas svg')).not.toBeNull();

    const table = chartTable();
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Okres', 'Legionowo, gmina miejska', 'powiat legionowski']);
    expect(tableCells(table)).toEqual([
      ['styczeń 2025', '12,3', '8,0'],
      ['luty 2025', 'utajnione', '8,5'],
      ['marzec 2025', '14,1', '9,3'],
      ['kwiecień 2025', '1234,5', 'brak danych'],
    ]);
    expect(within(table.parentElement!).getByText(/^Utajnione:/)).toBeInTheDocument();

    // every figure of the table is a point of the chart, named with the same number, and no other
    const points = [...container.querySelectorAll('.chart__canvas [class^="series-"] > *')];
    const titles = points.map((point) => point.querySelector('title')?.textContent);
    expect(titles).toEqual([
      'Legionowo, gmina miejska, styczeń 2025: 12,3 miejsca na 10 tys. mieszkańców',
      'Legionowo, gmina miejska, marzec 2025: 14,1 miejsca na 10 tys. mieszkańców',
      'Legionowo, gmina miejska, kwiecień 2025: 1234,5 miejsca na 10 tys. mieszkańców',
      'powiat legionowski, styczeń 2025: 8,0 miejsca na 10 tys. mieszkańców',
      'powiat legionowski, luty 2025: 8,5 miejsca na 10 tys. mieszkańców',
      'powiat legionowski, marzec 2025: 9,3 miejsca na 10 tys. mieszkańców',
    ]);
    const tableFigures = tableCells(table).flatMap(([period, ...cells]) =>
      cells.flatMap((cell, i) => (/^-?\d/.test(cell) ? [`${series[i]!.label}, ${period}: ${cell} miejsca na 10 tys. mieszkańców`] : [])),
    );
    expect(titles.toSorted()).toEqual(tableFigures.toSorted());

    // and drawn at heights that follow the numbers: y is a linear function of the value
    const values = [12.34, 14.05, 1234.5, 8, 8.5, 9.25];
    const ys = points.map(yOf);
    const slope = (ys[2]! - ys[0]!) / (values[2]! - values[0]!);
    expect(slope).toBeLessThan(0);
    values.forEach((value, i) => expect(ys[i]!).toBeCloseTo(ys[0]! + slope * (value - values[0]!), 3));
  });

  it('keeps the table for screen readers and shows it on request', async () => {
    const user = userEvent.setup();
    render(<TimeSeriesChart title="Seria" indicator={indicator} series={series} />);
    const toggle = screen.getByRole('button', { name: 'Pokaż dane wykresu w tabeli' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(chartTable().parentElement).toHaveClass('visually-hidden');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Ukryj tabelę z danymi wykresu' })).toHaveAttribute('aria-expanded', 'true');
    expect(chartTable().parentElement).not.toHaveClass('visually-hidden');
  });

  it('writes years as years and numbers in English when the user switches', async () => {
    await act(() => i18n.changeLanguage('en'));
    const { container } = render(
      <TimeSeriesChart
        title="Yearly"
        indicator={{ ...indicator, unit: 'places per 10,000 inhabitants' }}
        series={[{ key: '14', label: 'Mazowieckie voivodeship', points: [{ period: '2024', cell: 1500.25 }, { period: '2025', cell: 1600 }] }]}
      />,
    );
    expect(tableCells(screen.getByRole('table', { name: /^Chart data:/ }))).toEqual([
      ['2024', '1,500.3'],
      ['2025', '1,600.0'],
    ]);
    expect([...container.querySelectorAll('.chart__canvas title')].map((title) => title.textContent)).toEqual([
      'Mazowieckie voivodeship, 2024: 1,500.3 places per 10,000 inhabitants',
      'Mazowieckie voivodeship, 2025: 1,600.0 places per 10,000 inhabitants',
    ]);
  });
});

describe('ComparisonBarChart', () => {
  const bars: ComparisonBar[] = [
    { key: '1408011', label: 'Legionowo, gmina miejska', cell: 12.34 },
    { key: '1408', label: 'powiat legionowski', cell: 6.17 },
    { key: '14', label: 'województwo mazowieckie', cell: 3.5 },
    { key: '1408052', label: 'Wieliszew, gmina wiejska', cell: SUPPRESSED },
    { key: '1408022', label: 'Jabłonna, gmina wiejska', cell: null },
  ];

  it('draws a bar per figure, labelled with it, as long as the number, and a table of the same numbers', () => {
    const { container } = render(<ComparisonBarChart title="Legionowo na tle powiatu i województwa" indicator={indicator} bars={bars} />);

    const table = chartTable();
    expect(tableCells(table)).toEqual([
      ['Legionowo, gmina miejska', '12,3'],
      ['powiat legionowski', '6,2'],
      ['województwo mazowieckie', '3,5'],
      ['Wieliszew, gmina wiejska', 'utajnione'],
      ['Jabłonna, gmina wiejska', 'brak danych'],
    ]);

    const rects = [...container.querySelectorAll('.chart__canvas rect')].filter((rect) => rect.querySelector('title'));
    expect(rects.map((rect) => rect.querySelector('title')!.textContent)).toEqual([
      'Legionowo, gmina miejska: 12,3 miejsca na 10 tys. mieszkańców',
      'powiat legionowski: 6,2 miejsca na 10 tys. mieszkańców',
      'województwo mazowieckie: 3,5 miejsca na 10 tys. mieszkańców',
    ]);
    // widths proportional to the figures (the bars start at 0)
    const widths = rects.map((rect) => Number(rect.getAttribute('width')));
    const perUnit = widths[0]! / 12.34;
    expect(widths[1]! / 6.17).toBeCloseTo(perUnit, 3);
    expect(widths[2]! / 3.5).toBeCloseTo(perUnit, 3);

    // the labels by the bars are the table's numbers; suppressed and missing say so in the chart too
    const labels = [...container.querySelectorAll('.chart__canvas text')].map((text) => text.textContent);
    for (const [, figure] of tableCells(table).slice(0, 3)) expect(labels).toContain(figure);
    expect(labels).toContain('utajnione (mała liczebność)');
    expect(labels).toContain('brak danych');
  });
});
