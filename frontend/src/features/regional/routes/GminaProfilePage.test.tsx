import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { json, mockFetch, problem, type Handler } from '@/test/fetchMock';
import { renderApp } from '@/test/renderApp';
import { meAnalyst, meOpsCoordinator } from '@/test/regionalFixtures';

const cell = (value: number | null, suppressed = false) => ({ value: suppressed ? null : value, suppressed });

function row(code: string, namePl: string, unit: Schemas['IndicatorUnit'], gmina: ReturnType<typeof cell> | null, powiat: ReturnType<typeof cell>, voivodeship: ReturnType<typeof cell>): Schemas['GminaProfileRow'] {
  return { code, namePl, nameEn: code, unit, period: '2026-11', gmina, powiat, voivodeship };
}

const profile: Schemas['GminaProfile'] = {
  teryt: '1408011',
  name: 'Legionowo',
  powiatCode: '1408',
  powiatName: 'legionowski',
  voivodeshipCode: '14',
  voivodeshipName: 'mazowieckie',
  period: '2026-11',
  asOf: '2026-11-30',
  computedAt: '2026-12-01T02:40:00Z',
  suppressionThreshold: 5,
  recommendations: [],
  mlw: {
    teryt: '1408011',
    name: 'Legionowo',
    powiatName: 'legionowski',
    stage: 'ACTIVE',
    stageSince: '2026-03-02',
    partnershipId: 'b1000000-0000-4000-8000-000000000001',
    stakeholders: 12,
    zslEstablishedOn: '2026-04-10',
    zslMembers: 5,
    variantCode: 'KIS_NEW_BY_OPS_OR_NGO',
    variantStatus: 'IN_PROGRESS',
    signatories: 4,
    signatoriesBySector: { SOCIAL_ASSISTANCE: 1, LABOUR_MARKET: 1, CIVIL_SOCIETY: 2 },
  },
  indicators: [
    row('CIS_ENTITIES', 'Centra integracji społecznej (CIS): liczba podmiotów', 'ENTITIES', cell(1), cell(2), cell(40)),
    row('CIS_PLACES', 'Centra integracji społecznej (CIS): liczba miejsc', 'PLACES', cell(30), cell(55), cell(1800)),
    row('KIS_ENTITIES', 'Kluby integracji społecznej (KIS): liczba podmiotów', 'ENTITIES', cell(1), cell(1), cell(60)),
    row('KIS_PLACES', 'Kluby integracji społecznej (KIS): liczba miejsc', 'PLACES', cell(20), cell(20), cell(900)),
    row('CIS_KIS_PLACES_PER_10K', 'CIS i KIS razem: miejsca na 10 tys. mieszkańców', 'PER_10K', cell(9.25), cell(6.1), cell(4.9)),
    row('NEED_SA_UNEMPLOYMENT', 'Osoby w rodzinach objętych pomocą społeczną z powodu bezrobocia', 'PEOPLE', cell(null, true), cell(310), cell(41000)),
    row('PEOPLE_ACTIVE_PLAN', 'Osoby z aktywnym planem działania', 'PEOPLE', cell(null, true), cell(null, true), cell(88)),
    row('MLW_ACTIVE_SHARE', 'Odsetek gmin z zawartym Paktem na rzecz MLW', 'PERCENT', null, cell(20), cell(1.5)),
  ],
};

  const summary = (id: string, level: 'GMINA' | 'POWIAT', status: Schemas['RecommendationStatus'], issuedAt: string, excerpt: string): Schemas['RecommendationSummary'] => ({
    id,
    territory: level === 'GMINA' ? { teryt: '1408011', level, name: 'Legionowo', powiatName: 'legionowski' } : { teryt: '1408', level, name: 'legionowski', powiatName: 'legionowski' },
    excerpt,
    indicators: ['CIS_PLACES'],
    status,
    issuedAt,
    updatedAt: issuedAt,
    version: 1,
  });

function handlers(extra: Record<string, Handler> = {}, me = meAnalyst): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(me),
    'GET /api/v1/regional/gminas/1408011/profile': () => json(profile),
    ...extra,
  };
}

describe('gmina profile', () => {
  it('shows the CIS/KIS places, the active Pakt since when, and every indicator beside the powiat and voivodeship', async () => {
    mockFetch(handlers());
    renderApp('/regional/gminas/1408011');
    expect(await screen.findByRole('heading', { level: 1, name: 'Profil gminy Legionowo' })).toBeInTheDocument();
    const places = screen.getByRole('region', { name: 'Miejsca w CIS i KIS' });
    expect(within(places).getByText('Miejsca w CIS').nextElementSibling).toHaveTextContent('30');
    expect(within(places).getByText('Miejsca w KIS').nextElementSibling).toHaveTextContent('20');

    const mlw = screen.getByRole('region', { name: 'Model Lokalnej Współpracy' });
    expect(within(mlw).getByText('zawarty (aktywny)')).toBeInTheDocument();
    expect(within(mlw).getByText(/od 2 marca 2026/)).toBeInTheDocument();
    expect(within(mlw).getByText('12 interesariuszy')).toBeInTheDocument();
    expect(within(mlw).getByText('powołany 10 kwietnia 2026, 5 członków')).toBeInTheDocument();
    expect(within(mlw).getByText(/Utworzenie klubu integracji społecznej przez OPS/)).toBeInTheDocument();
    expect(within(mlw).getByText('4 sygnatariuszy')).toBeInTheDocument();
    expect(within(mlw).getByText('Organizacje obywatelskie: 2')).toBeInTheDocument();
    expect(within(mlw).getByRole('link', { name: 'Pakt w rejestrze publicznym' })).toHaveAttribute('href', '/public/partnerships/b1000000-0000-4000-8000-000000000001');

    // each row in its own unit: ratios with a decimal, counts whole; hidden cells say so
    const supply = screen.getByRole('table', { name: /Podaż: podmioty i miejsca: gmina, powiat i województwo/ });
    const ratio = within(supply).getByRole('rowheader', { name: /miejsca na 10 tys/ }).closest('tr')!;
    expect([...ratio.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['9,3', '6,1', '4,9']);
    const need = screen.getByRole('table', { name: /Potrzeby/ });
    const unemployment = within(need).getByRole('rowheader', { name: /bezrobocia/ }).closest('tr')!;
    expect([...unemployment.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['utajnione', '310', '41\u00a0000']);
    const mlwTable = screen.getByRole('table', { name: /Model Lokalnej Współpracy: gmina/ });
    expect(within(mlwTable).getByRole('rowheader', { name: /Odsetek gmin/ }).closest('tr')!.querySelector('td')).toHaveTextContent('brak danych');
    expect(screen.getByText(/Liczby osób od 1 do 4 są ukryte/)).toBeInTheDocument();

    // no recommendations yet: it says so, and the analyst may issue one for this gmina
    const recommendations = screen.getByRole('region', { name: 'Rekomendacje' });
    expect(recommendations).toHaveAttribute('data-slot', 'recommendations');
    expect(within(recommendations).getByText('Regionalna Platforma Współpracy nie wydała jeszcze rekomendacji dla gminy Legionowo ani jej powiatu.')).toBeInTheDocument();
    expect(within(recommendations).queryByRole('listitem')).not.toBeInTheDocument();
    expect(within(recommendations).getByRole('link', { name: 'Wydaj rekomendację dla gminy' })).toHaveAttribute('href', '/recommendations/new?territory=1408011');

    const crumbs = screen.getByRole('navigation', { name: 'Ścieżka' });
    expect(within(crumbs).getByRole('link', { name: 'powiat legionowski' })).toHaveAttribute('href', '/regional?level=GMINA&unit=1408');
  });

  it('lists the recommendations to the gmina and its powiat with status, date and excerpt, each linked to the whole', async () => {
    const withRecommendations = {
      ...profile,
      recommendations: [
        summary('c1000000-0000-4000-8000-000000000002', 'GMINA', 'ACKNOWLEDGED', '2026-11-30T23:30:00Z', 'Rozważyć utworzenie drugiego klubu integracji społecznej'),
        summary('c1000000-0000-4000-8000-000000000001', 'POWIAT', 'DECLINED', '2026-10-05T08:00:00Z', 'Zwiększyć liczbę miejsc w CIS w powiecie'),
      ],
    };
    const { requests } = mockFetch(handlers({ 'GET /api/v1/regional/gminas/1408011/profile': () => json(withRecommendations) }));
    renderApp('/regional/gminas/1408011');
    const recommendations = await screen.findByRole('region', { name: 'Rekomendacje' });
    expect(within(recommendations).getByText('2 rekomendacje dla gminy i jej powiatu, od najnowszej')).toBeInTheDocument();
    const items = within(recommendations).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // the day in Poland: 23:30 UTC on 30 November is already 1 December in Warsaw
    expect(items[0]).toHaveTextContent('przyjęta do wiadomości');
    expect(items[0]).toHaveTextContent('wydana 1 grudnia 2026');
    expect(items[0]).not.toHaveTextContent('dla powiatu');
    expect(within(items[0]!).getByText('Rozważyć utworzenie drugiego klubu integracji społecznej')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Cała rekomendacja z 1 grudnia 2026' })).toHaveAttribute('href', '/recommendations/c1000000-0000-4000-8000-000000000002');
    expect(items[1]).toHaveTextContent('odrzucona');
    expect(items[1]).toHaveTextContent('wydana 5 października 2026 · dla powiatu legionowski');
    expect(within(items[1]!).getByRole('link', { name: 'Cała rekomendacja z 5 października 2026' })).toHaveAttribute('href', '/recommendations/c1000000-0000-4000-8000-000000000001');
    expect(within(recommendations).queryByText(/nie wydała jeszcze/)).not.toBeInTheDocument();
    // revalidated every time (not kept for the figures' max-age): a new recommendation shows at once
    expect(requests.find((r) => r.url.includes('/profile'))?.cache).toBe('no-cache');
  });

  it('offers issuing a recommendation only to the analyst, not to an administrator reading the profile', async () => {
    const admin: Schemas['MeResponse'] = { ...meAnalyst, roles: ['admin'] };
    mockFetch(handlers({}, admin));
    renderApp('/regional/gminas/1408011');
    const recommendations = await screen.findByRole('region', { name: 'Rekomendacje' });
    expect(within(recommendations).getByText(/nie wydała jeszcze rekomendacji/)).toBeInTheDocument();
    expect(within(recommendations).queryByRole('link', { name: 'Wydaj rekomendację dla gminy' })).not.toBeInTheDocument();
  });

  it('says a gmina of another voivodeship is not there', async () => {
    mockFetch(handlers({ 'GET /api/v1/regional/gminas/0264011/profile': () => problem(404, 'Not Found') }));
    renderApp('/regional/gminas/0264011');
    expect(await screen.findByRole('heading', { level: 1, name: /Nie ma takiej gminy/ })).toBeInTheDocument();
  });

  it('is not offered to the gmina’s own staff, whom the API does not give profiles', async () => {
    const { requests } = mockFetch(handlers({}, meOpsCoordinator));
    renderApp('/regional/gminas/1408011');
    expect(await screen.findByText(/analitycy regionalni/)).toBeInTheDocument();
    expect(requests.some((r) => r.url.includes('/profile'))).toBe(false);
  });
});
