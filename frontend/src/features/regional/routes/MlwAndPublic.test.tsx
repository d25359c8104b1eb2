import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch } from '@/test/fetchMock';
import { waitForMap } from '@/test/mapHelpers';
import { fakeSession, renderApp } from '@/test/renderApp';
import { meAnalyst, publicSummary } from '@/test/regionalFixtures';

function mlwGmina(teryt: string, name: string, stage: Schemas['MlwStage']): Schemas['MlwGmina'] {
  return {
    teryt,
    name,
    powiatName: 'legionowski',
    stage,
    stageSince: '2026-03-02',
    partnershipId: null,
    stakeholders: 3,
    zslEstablishedOn: null,
    zslMembers: 0,
    variantCode: null,
    variantStatus: null,
    signatories: 4,
    signatoriesBySector: {},
  };
}

describe('MLW gminas', () => {
  it('lists the gminas with their stage, filters by stage and powiat in the URL, and pages through the API', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meAnalyst),
      'GET /api/v1/regional/mlw-gminas': (url) =>
        json({
          computedAt: '2026-12-01T02:40:00Z',
          items: [mlwGmina('1408011', 'Legionowo', 'ACTIVE'), mlwGmina('1408052', 'Wieliszew', 'CONSULTATION')],
          page: Number(url.searchParams.get('page')),
          size: 20,
          totalItems: 42,
          totalPages: 3,
        }),
    });
    const { router } = renderApp('/regional/mlw');
    const table = await screen.findByRole('table', { name: 'Gminy w MLW' });
    expect(screen.getByText('42 gminy')).toBeInTheDocument();
    const legionowo = within(table).getByRole('rowheader', { name: 'Legionowo' }).closest('tr')!;
    expect(legionowo).toHaveTextContent('zawarty (aktywny)');
    expect(legionowo).toHaveTextContent('od 2 marca 2026');
    expect(within(legionowo).getByRole('link', { name: 'Legionowo' })).toHaveAttribute('href', '/regional/gminas/1408011');

    await user.selectOptions(screen.getByLabelText('Etap Paktu'), 'ACTIVE');
    await user.type(screen.getByLabelText('Kod TERYT powiatu (4 cyfry)'), '1408');
    await user.click(screen.getByRole('button', { name: 'Zastosuj filtry' }));
    await waitFor(() => expect(router.state.location.search).toBe('?unit=1408&stage=ACTIVE'));
    await waitFor(() => expect(requests.some((r) => r.url.includes('stage=ACTIVE') && r.url.includes('unit=1408'))).toBe(true));

    await user.click(screen.getByRole('link', { name: /Następna/ }));
    await waitFor(() => expect(requests.some((r) => r.url.includes('page=1'))).toBe(true));
  });

  it('names a powiat code that is not one, and asks nothing', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch({
      'GET /api/v1/me': () => json(meAnalyst),
      'GET /api/v1/regional/mlw-gminas': () => json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
    });
    renderApp('/regional/mlw');
    expect(await screen.findByText('Żadna gmina nie spełnia tych warunków.')).toBeInTheDocument();
    const before = requests.length;
    await user.type(screen.getByLabelText('Kod TERYT powiatu (4 cyfry)'), '14x');
    await user.click(screen.getByRole('button', { name: 'Zastosuj filtry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wpisz 4 cyfry kodu powiatu');
    expect(requests.length).toBe(before);
  });
});

describe('public regional page', () => {
  it('shows every voivodeship’s entities, places and MLW gminas without login, the map and the table with the same numbers', async () => {
    const { requests } = mockFetch({ 'GET /api/v1/public/regional/voivodeships': () => json(publicSummary) });
    renderApp('/public/regional', fakeSession(false));
    expect(await screen.findByRole('heading', { level: 1, name: /Podmioty ekonomii społecznej/ })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Województwa: podmioty, miejsca i gminy w MLW' });
    const mazowieckie = within(table).getByRole('rowheader', { name: 'mazowieckie' }).closest('tr')!;
    expect(within(mazowieckie).getByRole('link', { name: 'mazowieckie' })).toHaveAttribute('href', '/public/regional/14');
    expect(mazowieckie).toHaveTextContent('600');
    // the map shows CIS + KIS places: 600 + 900, the same as its own table
    const svg = await waitForMap();
    expect(svg.querySelector('[data-teryt="14"]')).toHaveAttribute('aria-label', expect.stringMatching(/mazowieckie: 1500 miejsca/));
    const mapTable = screen.getByRole('table', { name: 'miejsca w CIS i KIS w województwach' });
    expect(within(within(mapTable).getByRole('rowheader', { name: /mazowieckie/ }).closest('tr')!).getByText("1500")).toBeInTheDocument();
    // no token, and no call of /me
    expect(requests.every((r) => !r.headers.has('Authorization'))).toBe(true);
    expect(requests.some((r) => r.url.includes('/api/v1/me'))).toBe(false);
  });
});
