import type { Schemas } from '@/shared/api/types';
import { json } from './fetchMock';

export const OPS_ID = 'a1000000-0000-4000-8000-000000000001';
export const PUP_ID = 'a1000000-0000-4000-8000-000000000002';
export const NGO_ID = 'a1000000-0000-4000-8000-000000000003';
export const KIS_ID = 'a1000000-0000-4000-8000-000000000004';

export const legionowo: Schemas['GminaRef'] = {
  teryt: '1408011',
  name: 'Legionowo',
  type: 'gmina miejska',
  powiatName: 'legionowski',
  voivodeshipName: 'mazowieckie',
};

export const meEwa: Schemas['MeResponse'] = {
  subject: '7f8d4c1e-0000-4000-8000-000000000001',
  username: 'ewa.nowak',
  displayName: 'Ewa Nowak',
  email: 'ewa.nowak@example.org',
  roles: ['staff'],
  institution: { id: OPS_ID, name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie', type: 'OPS' },
  gmina: legionowo,
  permissions: ['DIRECTORY_READ'],
};

export const meJan: Schemas['MeResponse'] = {
  ...meEwa,
  subject: '7f8d4c1e-0000-4000-8000-000000000002',
  username: 'jan.kowalski',
  displayName: 'Jan Kowalski',
  email: 'jan.kowalski@example.org',
  roles: ['staff', 'coordinator'],
  permissions: ['DIRECTORY_READ', 'DIRECTORY_MANAGE_OWN'],
};

export const meAdmin: Schemas['MeResponse'] = {
  subject: '7f8d4c1e-0000-4000-8000-000000000099',
  username: 'admin',
  displayName: 'Administrator Platformy',
  email: null,
  roles: ['admin'],
  institution: null,
  gmina: null,
  permissions: ['DIRECTORY_READ', 'DIRECTORY_MANAGE_ALL', 'RETENTION_RUN'],
};

export const meWithoutPermissions: Schemas['MeResponse'] = {
  ...meEwa,
  username: 'integration',
  displayName: 'System',
  roles: ['integration'],
  institution: null,
  gmina: null,
  permissions: [],
};

export function summary(
  fields: Pick<Schemas['InstitutionSummary'], 'id' | 'type' | 'name'> & Partial<Schemas['InstitutionSummary']>,
): Schemas['InstitutionSummary'] {
  return {
    stakeholderRole: 'KEY',
    gmina: legionowo,
    city: 'Legionowo',
    active: true,
    officialStatusState: null,
    updatedAt: '2026-12-01T10:00:00Z',
    ...fields,
  };
}

export const institutionSummaries: Schemas['InstitutionSummary'][] = [
  summary({ id: OPS_ID, type: 'OPS', name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie' }),
  summary({ id: PUP_ID, type: 'PUP', name: 'Powiatowy Urząd Pracy w Legionowie' }),
  summary({ id: NGO_ID, type: 'NGO', name: 'Stowarzyszenie „Wspólna Droga”' }),
];

export function institutionPage(
  items: Schemas['InstitutionSummary'][],
  overrides: Partial<Schemas['InstitutionPage']> = {},
): Schemas['InstitutionPage'] {
  return {
    items,
    page: 0,
    size: 20,
    totalItems: items.length,
    totalPages: items.length > 0 ? 1 : 0,
    totalCapped: false,
    similarWords: false,
    ...overrides,
  };
}

export const opsDetail: Schemas['InstitutionResponse'] = {
  id: OPS_ID,
  externalId: null,
  type: 'OPS',
  stakeholderRole: 'KEY',
  name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie',
  gmina: legionowo,
  address: { street: 'ul. Piłsudskiego 41', postalCode: '05-120', city: 'Legionowo' },
  legalForm: 'jednostka budżetowa gminy',
  legalBasis: 'ustawa z dnia 12 marca 2004 r. o pomocy społecznej',
  statutoryTasks: 'Praca socjalna, zasiłki, kontrakt socjalny.',
  operator: null,
  operatorName: 'Gmina Miejska Legionowo',
  operates: [],
  contacts: { phone: '22 774 20 00', email: 'mops@example.org', website: 'https://mops.legionowo.example' },
  identifiers: { krs: null, regon: '012345678', nip: '5360000000', registerEntry: null },
  officialStatus: null,
  officialStatusState: null,
  places: null,
  cooperationAreas: ['aktywizacja zawodowa', 'praca socjalna'],
  offerings: [],
  active: true,
  editable: false,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  version: 3,
};

export const kisService: Schemas['ServiceRef'] = {
  code: 'KIS_COUNSELLING',
  kind: 'KIS_COUNSELLING',
  namePl: 'Poradnictwo w KIS',
  nameEn: 'Counselling in a social integration club',
};

export const kisDetail: Schemas['InstitutionResponse'] = {
  ...opsDetail,
  id: KIS_ID,
  type: 'KIS',
  name: 'Klub Integracji Społecznej „Wspólna Droga”',
  operator: { id: NGO_ID, name: 'Stowarzyszenie „Wspólna Droga”', type: 'NGO' },
  operatorName: null,
  officialStatus: { kind: 'KIS_REGISTER', grantedBy: 'Wojewoda Mazowiecki', validFrom: '2020-01-01', validTo: '2026-01-31' },
  officialStatusState: 'EXPIRING_SOON',
  places: 25,
  offerings: [
    {
      id: 'b1000000-0000-4000-8000-000000000001',
      service: kisService,
      places: 12,
      schedule: 'pon.–pt. 9:00–15:00',
      contact: 'Anna Kowalczyk, tel. 22 111 22 33',
      status: 'ACTIVE',
      version: 0,
    },
  ],
};

export const services: Schemas['ServiceSummary'][] = [
  {
    code: 'KIS_COUNSELLING',
    kind: 'KIS_COUNSELLING',
    namePl: 'Poradnictwo w KIS',
    nameEn: 'Counselling in a social integration club',
    legalRegime: { code: 'SOCIAL_EMPLOYMENT_ACT_2003', namePl: 'Ustawa o zatrudnieniu socjalnym', nameEn: 'Social Employment Act' },
    validFrom: null,
    validTo: null,
    historical: false,
    providerTypes: ['KIS'],
  },
  {
    code: 'PUP_INTERNSHIP_2004',
    kind: 'INTERNSHIP',
    namePl: 'Staż (2004)',
    nameEn: 'Internship (2004 act)',
    legalRegime: {
      code: 'EMPLOYMENT_ACT_2004',
      namePl: 'Ustawa o promocji zatrudnienia i instytucjach rynku pracy',
      nameEn: 'Act on Employment Promotion and Labour Market Institutions',
    },
    validFrom: null,
    validTo: '2025-05-31',
    historical: false,
    providerTypes: ['PUP'],
  },
  {
    code: 'PUP_INTERNSHIP_2025',
    kind: 'INTERNSHIP',
    namePl: 'Staż (2025)',
    nameEn: 'Internship (2025 act)',
    legalRegime: {
      code: 'LABOUR_MARKET_ACT_2025',
      namePl: 'Ustawa o rynku pracy i służbach zatrudnienia',
      nameEn: 'Labour Market and Employment Services Act',
    },
    validFrom: '2025-06-01',
    validTo: null,
    historical: false,
    providerTypes: ['PUP'],
  },
  {
    code: 'PUP_ASSISTANCE_PROFILE_III',
    kind: 'ASSISTANCE_PROFILE_III',
    namePl: 'III profil pomocy',
    nameEn: 'Assistance profile III',
    legalRegime: null,
    validFrom: null,
    validTo: '2019-06-30',
    historical: true,
    providerTypes: ['PUP'],
  },
];

export const legalRegimes: Schemas['LegalRegimeResponse'][] = [
  {
    code: 'EMPLOYMENT_ACT_2004',
    namePl: 'Ustawa o promocji zatrudnienia i instytucjach rynku pracy',
    nameEn: 'Act on Employment Promotion and Labour Market Institutions',
    actPl: 'ustawa z dnia 20 kwietnia 2004 r. o promocji zatrudnienia i instytucjach rynku pracy',
    validFrom: '2004-06-01',
    validTo: '2025-05-31',
  },
  {
    code: 'LABOUR_MARKET_ACT_2025',
    namePl: 'Ustawa o rynku pracy i służbach zatrudnienia',
    nameEn: 'Labour Market and Employment Services Act',
    actPl: 'ustawa z dnia 20 marca 2025 r. o rynku pracy i służbach zatrudnienia',
    validFrom: '2025-06-01',
    validTo: null,
  },
];

export const targetGroups: Schemas['CodeLabel'][] = [
  { code: 'UNEMPLOYED', namePl: 'osoby bezrobotne', nameEn: 'unemployed people' },
  { code: 'PEOPLE_WITH_DISABILITIES', namePl: 'osoby z niepełnosprawnościami', nameEn: 'people with disabilities' },
];

/**
 * The reference data every directory and catalogue page may ask for (territory, services,
 * target groups, legal acts), as fetch-level handlers; spread them into `mockFetch`.
 */
export function referenceHandlers(): Record<string, () => Response> {
  return {
    'GET /api/v1/territory/voivodeships': () =>
      json([
        { code: '10', name: 'łódzkie', type: null },
        { code: '14', name: 'mazowieckie', type: null },
      ]),
    'GET /api/v1/territory/voivodeships/14/powiats': () =>
      json([
        { code: '1408', name: 'legionowski', type: 'powiat' },
        { code: '1465', name: 'Warszawa', type: 'miasto stołeczne, na prawach powiatu' },
      ]),
    'GET /api/v1/territory/powiats/1408/gminas': () =>
      json([
        { code: '1408011', name: 'Legionowo', type: 'gmina miejska' },
        { code: '1408052', name: 'Wieliszew', type: 'gmina wiejska' },
      ]),
    'GET /api/v1/catalogue/services': () =>
      json({ items: services, page: 0, size: 100, totalItems: services.length, totalPages: 1 }),
    'GET /api/v1/catalogue/target-groups': () => json(targetGroups),
    'GET /api/v1/catalogue/legal-regimes': () => json(legalRegimes),
  };
}
