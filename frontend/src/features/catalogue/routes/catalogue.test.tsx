import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/shared/api/types';
import { i18n } from '@/shared/i18n/i18n';
import { json, mockFetch, type Handler } from '@/test/fetchMock';
import { KIS_ID, legionowo, meEwa, referenceHandlers, services, summary } from '@/test/fixtures';
import { renderApp } from '@/test/renderApp';

const internship2004: Schemas['ServiceResponse'] = {
  code: 'PUP_INTERNSHIP_2004',
  kind: 'INTERNSHIP',
  namePl: 'Staż (2004)',
  nameEn: 'Internship (2004 act)',
  descriptionPl: 'Nabywanie przez bezrobotnego doświadczenia w miejscu pracy.',
  descriptionEn: 'The unemployed person gains experience at a workplace.',
  providerTypes: ['PUP'],
  targetGroups: [{ code: 'UNEMPLOYED', namePl: 'osoby bezrobotne', nameEn: 'unemployed people' }],
  eligibility: [
    { criterion: 'REFERRAL', namePl: 'wymagane skierowanie (kto kieruje)', nameEn: 'referral required (by whom)', value: 'PUP' },
    { criterion: 'REGISTERED_UNEMPLOYED', namePl: 'zarejestrowana w PUP jako osoba bezrobotna', nameEn: 'registered as unemployed', value: null },
  ],
  durationMinDays: 90,
  durationMaxDays: 180,
  extensionMaxDays: null,
  benefitPl: 'stypendium w wysokości 120% zasiłku dla bezrobotnych',
  benefitEn: 'stipend of 120% of the unemployment benefit',
  legalRegime: {
    code: 'EMPLOYMENT_ACT_2004',
    namePl: 'Ustawa o promocji zatrudnienia i instytucjach rynku pracy',
    nameEn: 'Act on Employment Promotion and Labour Market Institutions',
    actPl: 'ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy',
    validFrom: '2004-06-01',
    validTo: '2025-05-31',
  },
  legalBasisPl: 'ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy',
  validFrom: null,
  validTo: '2025-05-31',
  historical: false,
  otherVersions: [services[2]!],
  source: 'seed 002',
};

const internship2025: Schemas['ServiceResponse'] = {
  ...internship2004,
  code: 'PUP_INTERNSHIP_2025',
  namePl: 'Staż (2025)',
  nameEn: 'Internship (2025 act)',
  durationMinDays: null,
  durationMaxDays: null,
  legalRegime: {
    code: 'LABOUR_MARKET_ACT_2025',
    namePl: 'Ustawa o rynku pracy i służbach zatrudnienia',
    nameEn: 'Labour Market and Employment Services Act',
    actPl: null,
    validFrom: '2025-06-01',
    validTo: null,
  },
  validFrom: '2025-06-01',
  validTo: null,
  otherVersions: [services[1]!],
};

function handlers(extra: Record<string, Handler>): Record<string, Handler> {
  return { ...referenceHandlers(), 'GET /api/v1/me': () => json(meEwa), ...extra };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('service catalogue', () => {
  it('searches with filters kept in the URL and marks instruments of a repealed act', async () => {
    const user = userEvent.setup();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-09-01T10:00:00Z'));
    const { requests } = mockFetch(handlers({}));
    const { router } = renderApp('/catalogue/services');

    const table = await screen.findByRole('table', { name: 'Katalog usług i narzędzi' });
    expect(screen.getByText('Znaleziono 4 usługi')).toHaveAttribute('role', 'status');
    const internshipRow = within(table).getByRole('link', { name: 'Staż (2004)' }).closest('tr')!;
    expect(internshipRow).toHaveTextContent('obowiązywała do 31 maja 2025');
    expect(within(table).getByRole('link', { name: 'Staż (2025)' }).closest('tr')).not.toHaveTextContent('obowiązywała');
    expect(within(table).getByRole('link', { name: 'III profil pomocy' }).closest('tr')).toHaveTextContent('Już nie istnieje');

    const form = screen.getByRole('search', { name: 'Wyszukiwanie usług' });
    await user.type(within(form).getByLabelText('Szukaj usługi'), 'staz');
    await user.selectOptions(within(form).getByLabelText('Ustawa'), 'Ustawa o rynku pracy i służbach zatrudnienia');
    await user.selectOptions(within(form).getByLabelText('Realizuje'), 'Powiatowy Urząd Pracy (PUP)');
    await user.selectOptions(within(form).getByLabelText('Grupa docelowa'), 'osoby bezrobotne');
    await user.click(within(form).getByRole('checkbox', { name: 'Pokaż także formy wsparcia, które już nie istnieją' }));
    await user.click(within(form).getByRole('button', { name: 'Szukaj' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?q=staz&regime=LABOUR_MARKET_ACT_2025&providerType=PUP&targetGroup=UNEMPLOYED&includeHistorical=true',
      ),
    );
    await waitFor(() => {
      const last = requests.map((request) => new URL(request.url)).findLast((url) => url.pathname === '/api/v1/catalogue/services')!;
      expect(last.searchParams.get('q')).toBe('staz');
      expect(last.searchParams.get('regime')).toBe('LABOUR_MARKET_ACT_2025');
      expect(last.searchParams.get('providerType')).toBe('PUP');
      expect(last.searchParams.get('targetGroup')).toBe('UNEMPLOYED');
      expect(last.searchParams.get('includeHistorical')).toBe('true');
    });
  });

  it('shows a service of the repealed 2004 act clearly, with the 2025 version linked', async () => {
    mockFetch(handlers({ 'GET /api/v1/catalogue/services/PUP_INTERNSHIP_2004': () => json(internship2004) }));
    renderApp('/catalogue/services/PUP_INTERNSHIP_2004');

    expect(await screen.findByRole('heading', { level: 1, name: 'Staż (2004)' })).toBeInTheDocument();
    expect(document.title).toBe('Staż (2004) – Synergia');
    expect(
      screen.getByText(
        'Ta usługa opiera się na uchylonej ustawie: Ustawa o promocji zatrudnienia i instytucjach rynku pracy (obowiązywała do 31 maja 2025). Nowych spraw nie prowadzi się już według tych zasad.',
      ),
    ).toBeVisible();
    const law = screen.getByRole('region', { name: 'Podstawa prawna' });
    expect(within(law).getByText('uchylona')).toBeInTheDocument();
    expect(within(law).getByText('od 1 czerwca 2004 do 31 maja 2025')).toBeInTheDocument();
    expect(within(law).getAllByRole('link', { name: 'Staż (2025)' })[0]).toHaveAttribute('href', '/catalogue/services/PUP_INTERNSHIP_2025');

    const who = screen.getByRole('region', { name: 'Kto realizuje i dla kogo' });
    expect(within(who).getByRole('link', { name: 'Powiatowy Urząd Pracy (PUP)' })).toHaveAttribute('href', '/catalogue/institution-types/PUP');
    expect(within(who).getByText('osoby bezrobotne')).toBeInTheDocument();
    expect(within(who).getByText(/wymagane skierowanie/).closest('li')).toHaveTextContent('wymagane skierowanie (kto kieruje): PUP');
    const terms = screen.getByRole('region', { name: 'Warunki' });
    expect(within(terms).getByText('od 3 miesięcy do 6 miesięcy')).toBeInTheDocument();
    expect(within(terms).getByText('stypendium w wysokości 120% zasiłku dla bezrobotnych')).toBeInTheDocument();
  });

  it('shows a service of the 2025 act as in force, without a repeal notice', async () => {
    mockFetch(handlers({ 'GET /api/v1/catalogue/services/PUP_INTERNSHIP_2025': () => json(internship2025) }));
    renderApp('/catalogue/services/PUP_INTERNSHIP_2025');
    const law = await screen.findByRole('region', { name: 'Podstawa prawna' });
    expect(within(law).getByText('obowiązuje')).toBeInTheDocument();
    expect(screen.queryByText(/uchylonej ustawie/)).not.toBeInTheDocument();
    // the act and the rules of the service both apply from that day
    expect(within(law).getAllByText('od 1 czerwca 2025')).toHaveLength(2);
  });

  it('finds who offers the service in a gmina chosen with the cascading selects', async () => {
    const user = userEvent.setup();
    const listing: Schemas['OfferingListing'] = {
      id: 'b1',
      service: { code: 'PUP_INTERNSHIP_2004', kind: 'INTERNSHIP', namePl: 'Staż (2004)', nameEn: 'Internship (2004 act)' },
      institution: summary({ id: KIS_ID, type: 'KIS', name: 'Klub Integracji Społecznej „Wspólna Droga”', gmina: legionowo }),
      places: 12,
      schedule: 'pon.–pt. 9:00–15:00',
      contact: 'tel. 22 111 22 33',
      status: 'ACTIVE',
      removed: false,
      updatedAt: '2026-12-01T10:00:00Z',
    };
    const { requests } = mockFetch(
      handlers({
        'GET /api/v1/catalogue/services/PUP_INTERNSHIP_2004': () => json(internship2004),
        'GET /api/v1/offerings': () => json({ items: [listing], page: 0, size: 50, totalItems: 1, totalPages: 1 }),
      }),
    );
    const { router } = renderApp('/catalogue/services/PUP_INTERNSHIP_2004');
    const section = await screen.findByRole('region', { name: 'Kto to oferuje w pobliżu' });
    // nothing is asked before the user chooses
    expect(requests.some((request) => request.url.includes('/api/v1/offerings'))).toBe(false);
    // "near me": the picker starts on the gmina of the user's institution
    await waitFor(() => expect(within(section).getByLabelText('Gmina')).toHaveValue('1408011'));

    await within(section).findByRole('option', { name: 'mazowieckie' });
    await user.selectOptions(within(section).getByLabelText('Województwo'), 'mazowieckie');
    await within(section).findByRole('option', { name: 'legionowski' });
    await user.selectOptions(within(section).getByLabelText('Powiat'), 'legionowski');
    await within(section).findByRole('option', { name: 'Legionowo (gmina miejska)' });
    await user.selectOptions(within(section).getByLabelText('Gmina'), 'Legionowo (gmina miejska)');
    await user.click(within(section).getByRole('button', { name: 'Pokaż, kto oferuje' }));

    const table = await within(section).findByRole('table', { name: 'Kto oferuje: Staż (2004)' });
    expect(within(section).getByText('Znaleziono 1 ofertę')).toHaveAttribute('role', 'status');
    // the area went into the URL without redrawing the form: the focus stays on the button
    expect(within(section).getByRole('button', { name: 'Pokaż, kto oferuje' })).toHaveFocus();
    expect(within(table).getByRole('link', { name: 'Klub Integracji Społecznej „Wspólna Droga”' })).toHaveAttribute(
      'href',
      `/institutions/${KIS_ID}`,
    );
    expect(within(table).getByText('pon.–pt. 9:00–15:00')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?teryt=1408011');
    const asked = new URL(requests.find((request) => request.url.includes('/api/v1/offerings'))!.url);
    expect(asked.searchParams.get('service')).toBe('PUP_INTERNSHIP_2004');
    expect(asked.searchParams.get('teryt')).toBe('1408011');
  });

  it('speaks English when switched, marking text the catalogue has only in Polish', async () => {
    await i18n.changeLanguage('en');
    mockFetch(handlers({ 'GET /api/v1/catalogue/services/PUP_INTERNSHIP_2004': () => json({ ...internship2004, benefitEn: null }) }));
    renderApp('/catalogue/services/PUP_INTERNSHIP_2004');
    expect(await screen.findByRole('heading', { level: 1, name: 'Internship (2004 act)' })).toBeInTheDocument();
    expect(screen.getByText('The unemployed person gains experience at a workplace.')).toBeInTheDocument();
    expect(screen.getByText('3 months to 6 months')).toBeInTheDocument();
    expect(screen.getByText('stypendium w wysokości 120% zasiłku dla bezrobotnych')).toHaveAttribute('lang', 'pl');
    expect(screen.getByText(/This service is based on a repealed act/)).toBeInTheDocument();
  });
});

describe('institution types', () => {
  const kisType: Schemas['InstitutionTypeResponse'] = {
    code: 'KIS',
    abbreviationPl: 'KIS',
    namePl: 'Klub Integracji Społecznej',
    nameEn: 'Social Integration Club',
    stakeholderRole: 'KEY',
    legalBasisPl: 'ustawa o zatrudnieniu socjalnym z dnia 13 czerwca 2003 r.',
    descriptionPl: 'Jednostka pomagająca osobom w odbudowywaniu umiejętności uczestnictwa w życiu społeczności lokalnej.',
    descriptionEn: 'A unit that helps people rebuild the ability to take part in local community life.',
    statutoryTasksPl: ['pomoc w powrocie do pełnienia ról społecznych'],
    toolsPl: ['poradnictwo', 'działania zatrudnieniowe'],
    cooperationAreasPl: ['zatrudnienie subsydiowane organizowane w porozumieniu z PUP'],
    officialStatusPl: 'wpis do rejestru klubów integracji społecznej prowadzonego przez wojewodę',
    legalRegimes: [{ code: 'SOCIAL_EMPLOYMENT_ACT_2003', namePl: 'Ustawa o zatrudnieniu socjalnym', nameEn: 'Social Employment Act' }],
    services: [services[0]!],
  };

  it('describes a type, links its services and the directory filtered by it', async () => {
    mockFetch(handlers({ 'GET /api/v1/catalogue/institution-types/KIS': () => json(kisType) }));
    renderApp('/catalogue/institution-types/KIS');
    expect(await screen.findByRole('heading', { level: 1, name: 'Klub Integracji Społecznej' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Znajdź w katalogu: Klub Integracji Społecznej' })).toHaveAttribute(
      'href',
      '/institutions?type=KIS',
    );
    expect(screen.getByRole('link', { name: 'Poradnictwo w KIS' })).toHaveAttribute('href', '/catalogue/services/KIS_COUNSELLING');
    expect(screen.getByText('działania zatrudnieniowe')).toBeInTheDocument();
    expect(screen.getByText('interesariusz kluczowy')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ustawa o zatrudnieniu socjalnym' })).toHaveAttribute(
      'href',
      '/catalogue/services?regime=SOCIAL_EMPLOYMENT_ACT_2003',
    );
  });

  it('lists the types with their role', async () => {
    mockFetch(handlers({ 'GET /api/v1/catalogue/institution-types': () => json([kisType]) }));
    renderApp('/catalogue/institution-types');
    const table = await screen.findByRole('table', { name: 'Rodzaje instytucji' });
    const row = within(table).getByRole('link', { name: 'Klub Integracji Społecznej' }).closest('tr')!;
    expect(row).toHaveTextContent('interesariusz kluczowy');
    expect(row).toHaveTextContent('1');
  });

  it('shows the social-cooperative models of seed 003 on the cooperative type page only', async () => {
    const cooperative = {
      ...kisType,
      code: 'SPOLDZIELNIA' as const,
      abbreviationPl: null,
      namePl: 'Spółdzielnia socjalna',
      nameEn: 'Social cooperative',
      services: [],
    };
    mockFetch(
      handlers({
        'GET /api/v1/catalogue/institution-types/SPOLDZIELNIA': () => json(cooperative),
        'GET /api/v1/catalogue/cooperative-models': () =>
          json([
            {
              code: 'PROFILE_INTEGRATION',
              category: 'PROFILE',
              namePl: 'Profil integracyjny',
              nameEn: 'Integration profile',
              descriptionPl: 'Reintegracja członków.',
              descriptionEn: 'Reintegration of members.',
            },
            {
              code: 'FOUNDERS_LEGAL_PERSONS',
              category: 'FOUNDERS',
              namePl: 'Założona przez osoby prawne',
              nameEn: 'Founded by legal persons',
              descriptionPl: 'Np. gmina i NGO.',
              descriptionEn: 'E.g. a gmina and an NGO.',
            },
          ]),
      }),
    );
    renderApp('/catalogue/institution-types/SPOLDZIELNIA');
    const section = await screen.findByRole('region', { name: 'Modele spółdzielni socjalnej' });
    expect(await within(section).findByText('Profil integracyjny')).toBeInTheDocument();
    expect(within(section).getByRole('heading', { level: 3, name: 'Profile działalności' })).toBeInTheDocument();
    expect(within(section).getByText('Np. gmina i NGO.')).toBeInTheDocument();
    expect(within(section).queryByRole('heading', { name: 'Narzędzia wsparcia' })).not.toBeInTheDocument();
  });
});
