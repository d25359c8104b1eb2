import type { Schemas } from '@/shared/api/types';
import { legionowo, OPS_ID } from './fixtures';

type Indicator = Schemas['IndicatorResponse'];

const ROPS_ID = 'a1000000-0000-4000-8000-000000000007';

export const meAnalyst: Schemas['MeResponse'] = {
  subject: '7f8d4c1e-0000-4000-8000-000000000007',
  username: 'tomasz.wojcik',
  displayName: 'Tomasz Wójcik',
  email: 'tomasz.wojcik@synergia.example',
  roles: ['regional-analyst'],
  institution: { id: ROPS_ID, name: 'Mazowieckie Centrum Polityki Społecznej', type: 'ROPS' },
  gmina: { teryt: '1465011', name: 'Warszawa', type: 'gmina miejska, miasto stołeczne', powiatName: 'Warszawa', voivodeshipName: 'mazowieckie' },
  permissions: ['DIRECTORY_READ', 'REGIONAL_READ'],
};

export const meOpsCoordinator: Schemas['MeResponse'] = {
  subject: '7f8d4c1e-0000-4000-8000-000000000003',
  username: 'jan.kowalski',
  displayName: 'Jan Kowalski',
  email: null,
  roles: ['staff', 'coordinator'],
  institution: { id: OPS_ID, name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie', type: 'OPS' },
  gmina: legionowo,
  permissions: ['DIRECTORY_READ', 'PLAN_WORK'],
};

function indicator(fields: Pick<Indicator, 'code' | 'namePl' | 'nameEn' | 'unit' | 'source'> & Partial<Indicator>): Indicator {
  return {
    definitionPl: `Definicja: ${fields.namePl}`,
    definitionEn: `Definition: ${fields.nameEn}`,
    unitPl: 'na 10 tys. mieszkańców',
    unitEn: 'per 10,000 inhabitants',
    sourcePl: 'rejestr',
    sourceEn: 'register',
    measure: 'STOCK',
    levels: ['VOIVODESHIP', 'POWIAT', 'GMINA'],
    periodicity: ['MONTH', 'YEAR'],
    suppressed: false,
    publicRegister: true,
    breakdown: 'NONE',
    numerator: null,
    denominator: null,
    latestPeriod: '2026-11',
    asOf: '2026-11-30',
    computedAt: '2026-12-01T02:40:00Z',
    ...fields,
  };
}

export const indicators: Indicator[] = [
  indicator({ code: 'CIS_PLACES', namePl: 'Centra integracji społecznej (CIS): liczba miejsc', nameEn: 'Social integration centres (CIS): places', unit: 'PLACES', source: 'DIRECTORY', unitPl: 'miejsca', unitEn: 'places' }),
  indicator({ code: 'CIS_KIS_PLACES_PER_10K', namePl: 'CIS i KIS razem: miejsca na 10 tys. mieszkańców', nameEn: 'CIS and KIS: places per 10,000 inhabitants', unit: 'PER_10K', source: 'DIRECTORY', measure: 'RATIO' }),
  indicator({
    code: 'NEED_SA_UNEMPLOYMENT',
    namePl: 'Osoby w rodzinach objętych pomocą społeczną z powodu bezrobocia',
    nameEn: 'People in families receiving social assistance because of unemployment',
    unit: 'PEOPLE',
    source: 'NEED_IMPORT',
    unitPl: 'osoby',
    unitEn: 'people',
    measure: 'FLOW',
    periodicity: ['YEAR'],
    suppressed: true,
    publicRegister: false,
    latestPeriod: '2026',
    asOf: '2026-12-07',
  }),
  indicator({ code: 'MLW_PACT_ACTIVE', namePl: 'Gminy z Paktem na rzecz MLW: zawarty (aktywny)', nameEn: 'Gminas with an MLW Pact: concluded (active)', unit: 'GMINAS', source: 'PARTNERSHIP', unitPl: 'gminy', unitEn: 'gminas' }),
  indicator({ code: 'PEOPLE_ACTIVE_PLAN', namePl: 'Osoby z aktywnym planem działania', nameEn: 'People with an active action plan', unit: 'PEOPLE', source: 'PLAN', unitPl: 'osoby', unitEn: 'people', suppressed: true, publicRegister: false }),
];

export function unitValue(unit: string, name: string, value: number | null, suppressed = false, powiatName: string | null = null): Schemas['UnitValue'] {
  return { unit, level: unit.length === 7 ? 'GMINA' : unit.length === 4 ? 'POWIAT' : 'VOIVODESHIP', name, powiatName, value: suppressed ? null : value, suppressed };
}

export function valuePage(indicatorCode: string, level: Schemas['TerritorialLevel'], items: Schemas['UnitValue'][], period = '2026-11'): Schemas['ValuePage'] {
  return {
    indicator: indicatorCode,
    level,
    period,
    breakdown: null,
    asOf: '2026-11-30',
    computedAt: '2026-12-01T02:40:00Z',
    suppressionThreshold: 5,
    items,
    page: 0,
    size: 2500,
    totalItems: items.length,
    totalPages: 1,
  };
}

/** the gminas of powiat legionowski, one hidden, one without data */
export const legionowskiGminas = [
  unitValue('1408011', 'Legionowo', 4.2, false, 'legionowski'),
  unitValue('1408022', 'Jabłonna', null, true, 'legionowski'),
  unitValue('1408032', 'Nieporęt', 0, false, 'legionowski'),
  unitValue('1408043', 'Serock', null, false, 'legionowski'),
  unitValue('1408052', 'Wieliszew', 12.5, false, 'legionowski'),
];

export const publicSummary: Schemas['PublicRegionalSummary'] = {
  period: '2026-11',
  asOf: '2026-11-30',
  computedAt: '2026-12-01T02:40:00Z',
  voivodeships: [
    { code: '14', name: 'mazowieckie', entities: { CIS: 12, KIS: 30, WTZ: 45, ZAZ: 6, OWES: 5, COOP: 120 }, places: { CIS: 600, KIS: 900, WTZ: 1400, ZAZ: 300 }, mlwGminas: 3 },
    { code: '02', name: 'dolnośląskie', entities: { CIS: 9, KIS: 20, WTZ: 30, ZAZ: 4, OWES: 4, COOP: 80 }, places: { CIS: 400, KIS: 500, WTZ: 900, ZAZ: 200 }, mlwGminas: 0 },
  ],
};

export function series(unit: string, name: string, values: (number | null | 'hidden')[], periodicity: Schemas['Periodicity'] = 'MONTH'): Schemas['SeriesResponse'] {
  return {
    indicator: 'CIS_KIS_PLACES_PER_10K',
    unit,
    name,
    breakdown: null,
    periodicity,
    suppressionThreshold: 5,
    points: values.map((value, index) => ({
      period: periodicity === 'MONTH' ? `2026-${String(index + 1).padStart(2, '0')}` : String(2024 + index),
      asOf: '2026-11-30',
      computedAt: '2026-12-01T02:40:00Z',
      value: value === 'hidden' ? null : value,
      suppressed: value === 'hidden',
    })),
  };
}
