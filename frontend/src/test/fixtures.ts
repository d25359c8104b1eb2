import type { Schemas } from '@/shared/api/types';

export const OPS_ID = 'a1000000-0000-4000-8000-000000000001';

const legionowo: Schemas['GminaRef'] = {
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
  permissions: ['DIRECTORY_READ'],
};

export const meWithoutPermissions: Schemas['MeResponse'] = {
  ...meEwa,
  username: 'integration',
  displayName: 'System',
  roles: ['integration'],
  institution: null,
  permissions: [],
};

export const institutionSummaries: Schemas['InstitutionSummary'][] = [
  { id: OPS_ID, type: 'OPS', name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie', gmina: legionowo },
  {
    id: 'a1000000-0000-4000-8000-000000000002',
    type: 'PUP',
    name: 'Powiatowy Urząd Pracy w Legionowie',
    gmina: legionowo,
  },
  { id: 'a1000000-0000-4000-8000-000000000003', type: 'NGO', name: 'Stowarzyszenie „Wspólna Droga”', gmina: legionowo },
];

export function institutionPage(
  items: Schemas['InstitutionSummary'][],
  overrides: Partial<Schemas['InstitutionPage']> = {},
): Schemas['InstitutionPage'] {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length > 0 ? 1 : 0, ...overrides };
}

export const opsDetail: Schemas['InstitutionResponse'] = {
  id: OPS_ID,
  type: 'OPS',
  name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie',
  gmina: legionowo,
  address: { street: 'ul. Piłsudskiego 41', postalCode: '05-120', city: 'Legionowo' },
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  version: 0,
};
