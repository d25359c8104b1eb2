import type { Schemas } from '@/shared/api/types';
import { meEwa, OPS_ID, PUP_ID } from './fixtures';

export const CLIENT_ID = 'c1000000-0000-4000-8000-000000000001';
export const PLAN_ID = 'b1000000-0000-4000-8000-000000000001';
export const STEP_OWN_ID = 'd1000000-0000-4000-8000-000000000001';
export const STEP_PUP_ID = 'd1000000-0000-4000-8000-000000000002';

export const meEwaPlans: Schemas['MeResponse'] = { ...meEwa, permissions: ['DIRECTORY_READ', 'PLAN_WORK'] };
export const meDpo: Schemas['MeResponse'] = {
  ...meEwa,
  username: 'katarzyna.dabrowska',
  displayName: 'Katarzyna Dąbrowska',
  roles: ['dpo'],
  permissions: ['AUDIT_REVIEW', 'DATA_SUBJECT_EXPORT', 'DATA_SUBJECT_REQUESTS'],
};

export const opsRef: Schemas['InstitutionRef'] = { id: OPS_ID, name: 'Miejski Ośrodek Pomocy Społecznej w Legionowie', type: 'OPS' };
export const pupRef: Schemas['InstitutionRef'] = { id: PUP_ID, name: 'Powiatowy Urząd Pracy w Legionowie', type: 'PUP' };

export function clientSummary(index: number): Schemas['ClientSummary'] {
  return {
    id: `c1000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    firstName: `Osoba${index}`,
    lastName: 'Testowa',
    birthDate: '1985-03-14',
    gminaTeryt: '1408011',
    anonymised: false,
    planStatus: null,
    nextDue: null,
  };
}

export function clientPage(items: Schemas['ClientSummary'][], overrides: Partial<Schemas['ClientPage']> = {}): Schemas['ClientPage'] {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length > 0 ? 1 : 0, totalCapped: false, ...overrides };
}

export const jan: Schemas['PlanClient'] = { id: CLIENT_ID, firstName: 'Jan', lastName: 'Wiśniewski', anonymised: false };

export const dueItems: Schemas['DueItem'][] = [
  { kind: 'PUP_MEETING', planId: PLAN_ID, client: jan, stepId: null, stepTitle: null, institution: pupRef, dueOn: '2025-05-01', overdue: true },
  { kind: 'STEP_END', planId: PLAN_ID, client: jan, stepId: STEP_OWN_ID, stepTitle: 'Kontrakt socjalny', institution: opsRef, dueOn: '2099-01-10', overdue: false },
];

export const DUE_REFERRAL_ID = 'a2000000-0000-4000-8000-000000000001';

/** A referral to the caller's institution awaiting its answer: only the minimum about the person, no client. */
export const referralDueItem: Schemas['DueItem'] = {
  kind: 'REFERRAL_RESPONSE',
  planId: PLAN_ID,
  client: null,
  stepId: null,
  stepTitle: null,
  institution: pupRef,
  dueOn: '2025-04-20',
  overdue: true,
  referral: {
    id: DUE_REFERRAL_ID,
    from: opsRef,
    service: null,
    person: { firstName: 'Jan', lastName: 'W.', birthYear: 1985, gminaTeryt: '1408011', full: false, anonymised: false },
  },
};

export const clientJan: Schemas['ClientResponse'] = {
  id: CLIENT_ID,
  firstName: 'Jan',
  lastName: 'Wiśniewski',
  pesel: '85031412347',
  birthDate: '1985-03-14',
  phone: '+48 600 100 200',
  email: null,
  gminaTeryt: '1408011',
  registeredBy: opsRef,
  sensitiveVisible: true,
  sensitive: { disabilityLevel: 'MODERATE', addiction: false, homeless: true, socialAssistanceSince: '2023-02-01', notes: 'Potrzebuje wsparcia mieszkaniowego.' },
  canManageSharing: true,
  anonymised: false,
  canRectify: true,
  restricted: false,
  plans: [
    { id: PLAN_ID, number: 'OPS-2025/0007', title: 'Powrót do pracy 2025', lead: opsRef, status: 'ACTIVE', periodFrom: '2025-03-01', periodTo: '2025-12-31', visible: true },
  ],
  version: 1,
};

export const planJan: Schemas['PlanResponse'] = {
  id: PLAN_ID,
  number: 'OPS-2025/0007',
  client: jan,
  lead: opsRef,
  title: 'Powrót do pracy 2025',
  periodFrom: '2025-03-01',
  periodTo: '2025-12-31',
  status: 'ACTIVE',
  allowedTransitions: ['COMPLETED', 'CLOSED'],
  finishedOn: null,
  regime: { code: 'LABOUR_MARKET_ACT_2025', agreementSignedOn: null, pupContactIntervalDays: 30 },
  referents: [],
  diagnoses: [],
  followUps: [],
  specialCategoryVisible: true,
  restricted: false,
  team: [
    { institution: opsRef, addedAt: '2025-03-01T09:00:00Z', sharingActive: true },
    { institution: pupRef, addedAt: '2025-03-01T09:00:00Z', sharingActive: true },
  ],
  goals: [{ id: 'e1000000-0000-4000-8000-000000000001', position: 0, description: 'Podjęcie zatrudnienia', needs: [] }],
  steps: [
    {
      id: STEP_OWN_ID,
      goalId: null,
      owner: opsRef,
      service: { code: 'KONTRAKT_SOCJALNY', kind: 'SERVICE', namePl: 'Kontrakt socjalny', nameEn: 'Social contract' },
      offeringId: null,
      title: 'Kontrakt socjalny',
      plannedStart: '2025-03-10',
      plannedEnd: '2025-09-10',
      actualStart: '2025-03-12',
      actualEnd: null,
      status: 'IN_PROGRESS',
      notes: 'Spotkania co dwa tygodnie.',
      ownedByPerson: false,
      needs: [],
      editable: true,
      version: 3,
    },
    {
      id: STEP_PUP_ID,
      goalId: null,
      owner: pupRef,
      service: { code: 'STAZ', kind: 'SERVICE', namePl: 'Staż', nameEn: 'Internship' },
      offeringId: null,
      title: 'Staż w urzędzie gminy',
      plannedStart: '2025-05-01',
      plannedEnd: '2025-10-31',
      actualStart: null,
      actualEnd: null,
      status: 'PLANNED',
      notes: null,
      ownedByPerson: false,
      needs: [],
      editable: false,
      version: 1,
    },
  ],
  meetings: [],
  outcomes: [],
  due: dueItems,
  canEdit: true,
  canManageTeam: false,
  version: 5,
};

export const NGO_REF: Schemas['InstitutionRef'] = { id: 'a1000000-0000-4000-8000-000000000003', name: 'Stowarzyszenie „Wspólna Droga”', type: 'NGO' };

export const sharingPup: Schemas['SharingResponse'] = {
  id: 'f1000000-0000-4000-8000-000000000001',
  institution: pupRef,
  purpose: 'Przygotowanie stażu',
  legalBasis: 'CONSENT_ART_6_1_A',
  statutoryTask: null,
  includesSensitive: false,
  givenOn: '2025-03-01',
  active: true,
  recordedBy: 'ewa.nowak',
  recordedAt: '2025-03-01T09:00:00Z',
  withdrawnAt: null,
  withdrawnBy: null,
};

export const sharingNgoWithdrawn: Schemas['SharingResponse'] = {
  ...sharingPup,
  id: 'f1000000-0000-4000-8000-000000000002',
  institution: NGO_REF,
  purpose: 'Zajęcia w KIS',
  legalBasis: 'EXPLICIT_CONSENT_ART_9_2_A',
  includesSensitive: true,
  active: false,
  withdrawnAt: '2025-04-02T10:00:00Z',
  withdrawnBy: 'ewa.nowak',
};

export const CIS_REF: Schemas['InstitutionRef'] = { id: 'a1000000-0000-4000-8000-000000000006', name: 'Centrum Integracji Społecznej w Wieliszewie', type: 'CIS' };
export const meAnnaCis: Schemas['MeResponse'] = {
  ...meEwa,
  subject: '7f8d4c1e-0000-4000-8000-000000000005',
  username: 'anna.lewandowska',
  displayName: 'Anna Lewandowska',
  roles: ['staff'],
  institution: CIS_REF,
  permissions: ['DIRECTORY_READ', 'PLAN_WORK'],
};
export const meJanPlans: Schemas['MeResponse'] = {
  ...meEwa,
  subject: '7f8d4c1e-0000-4000-8000-000000000002',
  username: 'jan.kowalski',
  displayName: 'Jan Kowalski',
  roles: ['staff', 'coordinator'],
  permissions: ['DIRECTORY_READ', 'DIRECTORY_MANAGE_OWN', 'PLAN_WORK'],
};

export const REFERRAL_ID = 'f2000000-0000-4000-8000-000000000001';

/** A referral as the receiving institution sees it before accepting: only the minimum about the person. */
export function referralToCis(overrides: Partial<Schemas['ReferralResponse']> = {}): Schemas['ReferralResponse'] {
  return {
    id: REFERRAL_ID,
    planId: PLAN_ID,
    person: { firstName: 'Jan', lastName: 'W.', birthYear: 1985, gminaTeryt: '1408011', full: false, anonymised: false },
    from: opsRef,
    to: CIS_REF,
    service: { code: 'CIS_REINTEGRACJA', kind: 'SERVICE', namePl: 'Reintegracja społeczna i zawodowa w CIS', nameEn: 'Social and vocational reintegration in a CIS' },
    message: 'Prosimy o przyjęcie na zajęcia reintegracyjne.',
    responseDue: '2099-06-30',
    overdue: false,
    status: 'SENT',
    rejectionReason: null,
    sentBy: 'Ewa Nowak',
    sentAt: '2025-05-02T08:30:00Z',
    respondedBy: null,
    respondedAt: null,
    actions: ['ACCEPT', 'REJECT'],
    updatedAt: '2025-05-02T08:30:00Z',
    ...overrides,
  };
}

/** The referral after acceptance: the person in full, the plan visible. */
export function acceptedReferral(overrides: Partial<Schemas['ReferralResponse']> = {}): Schemas['ReferralResponse'] {
  return referralToCis({
    person: { firstName: 'Jan', lastName: 'Wiśniewski', birthYear: 1985, gminaTeryt: '1408011', full: true, anonymised: false },
    status: 'ACCEPTED',
    respondedBy: 'Anna Lewandowska',
    respondedAt: '2025-05-03T09:00:00Z',
    actions: ['COMPLETE'],
    ...overrides,
  });
}

/** `count` referrals with distinct ids, people and sending dates (newest first). */
export function manyReferrals(count: number, overrides: Partial<Schemas['ReferralResponse']> = {}): Schemas['ReferralResponse'][] {
  return Array.from({ length: count }, (_, index) =>
    referralToCis({
      id: `f2000000-0000-4000-8000-${String(index + 100).padStart(12, '0')}`,
      person: { firstName: `Osoba${index + 1}`, lastName: 'T.', birthYear: 1980 + index, gminaTeryt: '1408011', full: false, anonymised: false },
      sentAt: `2025-05-${String(28 - index).padStart(2, '0')}T08:00:00Z`,
      ...overrides,
    }),
  );
}

export const sharingNgo: Schemas['SharingResponse'] = { ...sharingPup, id: 'f1000000-0000-4000-8000-000000000003', institution: NGO_REF, purpose: 'Wsparcie w stowarzyszeniu' };
export const sharingCis: Schemas['SharingResponse'] = { ...sharingPup, id: 'f1000000-0000-4000-8000-000000000004', institution: CIS_REF, purpose: 'Reintegracja w CIS' };
