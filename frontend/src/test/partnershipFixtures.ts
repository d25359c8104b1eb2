import type { Schemas } from '@/shared/api/types';
import { institutionPage, institutionSummaries, legionowo, meEwa, meJan, NGO_ID, OPS_ID, opsDetail, PUP_ID, summary } from './fixtures';
import { json, type Handler } from './fetchMock';

export const PARTNERSHIP_ID = 'e1000000-0000-4000-8000-000000000001';
export const SIG_OPS = 'f1000000-0000-4000-8000-000000000001';
export const SIG_PUP = 'f1000000-0000-4000-8000-000000000002';
export const SIG_NGO = 'f1000000-0000-4000-8000-000000000003';
export const SIG_LEADER = 'f1000000-0000-4000-8000-000000000004';
export const STAKEHOLDER_ID = 'a2000000-0000-4000-8000-000000000001';
export const MEMBER_ID = 'a3000000-0000-4000-8000-000000000001';
export const MEETING_ID = 'a4000000-0000-4000-8000-000000000001';

export const OPS_NAME = 'Miejski Ośrodek Pomocy Społecznej w Legionowie';
export const PUP_NAME = 'Powiatowy Urząd Pracy w Legionowie';
export const NGO_NAME = 'Stowarzyszenie „Wspólna Droga”';

export const opsRef: Schemas['InstitutionRef'] = { id: OPS_ID, name: OPS_NAME, type: 'OPS' };
export const pupRef: Schemas['InstitutionRef'] = { id: PUP_ID, name: PUP_NAME, type: 'PUP' };
export const ngoRef: Schemas['InstitutionRef'] = { id: NGO_ID, name: NGO_NAME, type: 'NGO' };

/** The OPS coordinator: starts partnerships. */
export const meJanPartnerships: Schemas['MeResponse'] = { ...meJan, permissions: [...meJan.permissions, 'PLAN_WORK', 'PARTNERSHIP_CREATE'] };
/** The PUP coordinator. */
export const mePawel: Schemas['MeResponse'] = {
  ...meJanPartnerships,
  subject: '7f8d4c1e-0000-4000-8000-000000000004',
  username: 'pawel.kaminski',
  displayName: 'Paweł Kamiński',
  institution: pupRef,
};
/** OPS staff: reads, changes nothing. */
export const meEwaStaff: Schemas['MeResponse'] = { ...meEwa, permissions: ['DIRECTORY_READ', 'PLAN_WORK'] };

const NONE: Schemas['PartnershipPermissions'] = { edit: false, addVersion: false, manage: false, transition: false };
export const COORDINATOR_OF_INITIATOR: Schemas['PartnershipPermissions'] = { edit: true, addVersion: true, manage: true, transition: true };

export function partnership(overrides: Partial<Schemas['PartnershipResponse']> = {}): Schemas['PartnershipResponse'] {
  return {
    id: PARTNERSHIP_ID,
    gmina: legionowo,
    kind: 'PACT',
    title: 'Pakt na rzecz Modelu Lokalnej Współpracy w Gminie Legionowo',
    goals: 'Uzyskanie w gminie synergii działań instytucji.',
    legalCharacter: 'Przystąpienie do Paktu oraz udział w nim nie powodują powstania zobowiązań finansowych (§ 5 ust. 1).',
    separateAgreements: null,
    period: 'INDEFINITE',
    status: 'DRAFT',
    allowedTransitions: ['CONSULTATION'],
    activation: {
      requirement: 'At least three joined signatories (Pakt § 5 ust. 3)',
      met: false,
      missing: [
        { field: 'signatories', code: 'too-few-signatories', message: 'at least three joined signatories are needed; 2 joined', params: { required: 3, joined: 2 } },
      ],
    },
    initiator: opsRef,
    createdBy: 'Jan Kowalski',
    createdAt: '2025-03-01T09:00:00Z',
    updatedAt: '2025-03-02T09:00:00Z',
    activatedAt: null,
    dissolution: null,
    latestVersion: 1,
    signedVersion: null,
    joinedSignatories: 2,
    permissions: COORDINATOR_OF_INITIATOR,
    version: 5,
    ...overrides,
  };
}

export const readOnly = (p: Schemas['PartnershipResponse']): Schemas['PartnershipResponse'] => ({ ...p, permissions: NONE });

export function signatory(overrides: Partial<Schemas['SignatoryResponse']> & Pick<Schemas['SignatoryResponse'], 'id' | 'displayName'>): Schemas['SignatoryResponse'] {
  return {
    institution: null,
    person: null,
    representative: null,
    status: 'INVITED',
    initiator: false,
    invitedBy: 'Jan Kowalski',
    invitedAt: '2025-03-01T10:00:00Z',
    joinedOn: null,
    joinedRecordedBy: null,
    withdrawnOn: null,
    withdrawalReason: null,
    closedAt: null,
    actions: [],
    version: 0,
    ...overrides,
  };
}

export const opsSignatory = signatory({
  id: SIG_OPS,
  displayName: OPS_NAME,
  institution: opsRef,
  representative: { name: 'Jan Kowalski', function: 'Dyrektor' },
  status: 'JOINED',
  initiator: true,
  joinedOn: '2025-03-01',
  actions: ['WITHDRAW'],
  version: 1,
});
export const pupInvited = signatory({ id: SIG_PUP, displayName: PUP_NAME, institution: pupRef, actions: ['CANCEL'], version: 0 });
export const ngoJoined = signatory({
  id: SIG_NGO,
  displayName: NGO_NAME,
  institution: ngoRef,
  representative: { name: 'Piotr Zieliński', function: 'Prezes Zarządu' },
  status: 'JOINED',
  joinedOn: '2025-03-03',
  version: 1,
});
export const leaderInvited = signatory({
  id: SIG_LEADER,
  displayName: 'Maria Sołtysiak',
  person: { name: 'Maria Sołtysiak', function: 'Sołtys sołectwa Michałów' },
  actions: ['ACCEPT', 'DECLINE', 'CANCEL'],
  version: 0,
});

export const versionSummaries: Schemas['PartnershipVersionSummary'][] = [
  { number: 2, note: 'Uzupełnienie § 1', author: 'Jan Kowalski', authorInstitution: opsRef, createdAt: '2025-03-05T10:00:00Z', signed: false, signedAt: null, amendment: false },
  { number: 1, note: 'Wersja wygenerowana z tekstu modelowego (seed 004)', author: 'Jan Kowalski', authorInstitution: opsRef, createdAt: '2025-03-01T09:00:00Z', signed: false, signedAt: null, amendment: false },
];

export function version(number: number, overrides: Partial<Schemas['PartnershipVersion']> = {}): Schemas['PartnershipVersion'] {
  return {
    number,
    note: null,
    author: 'Jan Kowalski',
    authorInstitution: opsRef,
    createdAt: '2025-03-01T09:00:00Z',
    signed: false,
    signedAt: null,
    amendment: false,
    documentTitle: 'PAKT NA RZECZ MODELU LOKALNEJ WSPÓŁPRACY',
    documentSubtitle: '„Wspieranie i rozwój usług reintegracji społecznej i zawodowej”',
    sections: [
      { number: null, heading: 'Preambuła', body: 'Mając na uwadze postanowienia strategii.' },
      { number: '§ 1.', heading: null, body: 'Sygnatariusze Paktu wspólnie uzgadniają cel.' },
      { number: '§ 5.', heading: null, body: '2. Pakt zostaje zawarty na czas nieokreślony.' },
    ],
    ...overrides,
  };
}

export const diff12: Schemas['PartnershipVersionDiff'] = {
  from: 1,
  to: 2,
  sections: [
    { number: null, heading: 'Preambuła', headingBefore: 'Preambuła', change: 'UNCHANGED', before: 'Mając na uwadze postanowienia strategii.', after: 'Mając na uwadze postanowienia strategii.' },
    { number: '§ 1.', heading: null, headingBefore: null, change: 'CHANGED', before: 'Sygnatariusze Paktu wspólnie uzgadniają cel.', after: 'Sygnatariusze Paktu wspólnie i jednomyślnie uzgadniają cel.' },
    { number: '§ 2.', heading: 'Zadania i zakres', headingBefore: 'Zadania', change: 'CHANGED', before: 'Strony realizują zadania.', after: 'Strony realizują zadania.' },
    { number: '§ 8.', heading: null, headingBefore: null, change: 'ADDED', before: null, after: 'Pakt wchodzi w życie z dniem podpisania.' },
    { number: '§ 7.', heading: null, headingBefore: null, change: 'REMOVED', before: 'Pakt sporządzono w egzemplarzach.', after: null },
  ],
};

export function stakeholder(overrides: Partial<Schemas['StakeholderResponse']> & Pick<Schemas['StakeholderResponse'], 'id' | 'name'>): Schemas['StakeholderResponse'] {
  return {
    institution: null,
    sector: 'BUSINESS',
    outsideGmina: false,
    usefulness: null,
    resources: { technical: null, personnel: null, financial: null },
    code: 'SUPPORTER',
    influenceScenario: null,
    createdAt: '2025-03-02T10:00:00Z',
    updatedAt: '2025-03-02T10:00:00Z',
    version: 0,
    ...overrides,
  };
}

export const stakeholders: Schemas['StakeholderResponse'][] = [
  stakeholder({ id: 'a2000000-0000-4000-8000-000000000002', name: OPS_NAME, institution: opsRef, sector: 'SOCIAL_ASSISTANCE', usefulness: 'Praca socjalna, kontrakty socjalne' }),
  stakeholder({ id: 'a2000000-0000-4000-8000-000000000003', name: 'Piekarnia „Pod Lipą”', sector: 'BUSINESS', resources: { technical: 'Pracownia', personnel: null, financial: null } }),
  stakeholder({
    id: STAKEHOLDER_ID,
    name: 'Spółdzielnia Mieszkaniowa „Jagiellońska”',
    sector: 'BUSINESS',
    code: 'NEUTRAL',
    usefulness: 'Lokale na zajęcia',
    influenceScenario: { notes: 'Spotkanie z zarządem w kwietniu', outcome: 'PENDING' },
    version: 2,
  }),
];

export const member: Schemas['ZslMember'] = {
  id: MEMBER_ID,
  personName: 'Anna Nowicka',
  signatoryId: SIG_OPS,
  delegatedBy: OPS_NAME,
  role: 'CHAIR',
  fromDate: '2025-03-01',
  toDate: null,
  active: true,
  version: 0,
};

export const zsl: Schemas['ZslResponse'] = {
  initiatorKind: 'MAYOR',
  initiatorName: 'Burmistrz Legionowa',
  initiatorInstitution: null,
  establishedOn: '2025-03-01',
  members: [member, { ...member, id: 'a3000000-0000-4000-8000-000000000002', personName: 'Tomasz Zając', role: 'MEMBER', fromDate: '2025-01-01', toDate: '2025-02-01', active: false }],
  meetings: [{ id: MEETING_ID, heldOn: '2025-03-10', place: 'MOPS Legionowo, sala 12', present: 1, decisions: 2, recordedAt: '2025-03-10T12:00:00Z', version: 0 }],
  canManage: true,
  version: 3,
};

export const meeting: Schemas['ZslMeetingResponse'] = {
  id: MEETING_ID,
  heldOn: '2025-03-10',
  place: 'MOPS Legionowo, sala 12',
  agenda: 'Wybór wariantu',
  attendance: [member],
  minutes: 'Zespół omówił warianty.',
  decisions: ['Rekomendacja: KIS tworzy NGO', 'Kolejne posiedzenie za miesiąc'],
  recordedBy: 'Jan Kowalski',
  recordedAt: '2025-03-10T12:00:00Z',
  version: 4,
};

export const variantCatalogue: Schemas['OrganisationalVariantResponse'][] = [
  { code: 'KIS_RECREATED_IN_OPS', namePl: 'Odtworzenie klubu integracji społecznej w strukturach OPS', nameEn: 'Re-establishing a KIS in the OPS', descriptionPl: 'Odtworzenie KIS.', descriptionEn: 'Re-establishing.', source: null },
  { code: 'KIS_NEW_BY_OPS_OR_NGO', namePl: 'Utworzenie klubu integracji społecznej przez OPS lub organizację pozarządową', nameEn: 'New KIS by the OPS or an NGO', descriptionPl: 'Nowy KIS.', descriptionEn: 'New KIS.', source: null },
  { code: 'JOIN_NEIGHBOURING_GMINA_CIS_KIS', namePl: 'Współpraca z podmiotem zatrudnienia socjalnego sąsiedniej gminy', nameEn: 'Joining a neighbouring gmina’s CIS/KIS', descriptionPl: 'Sąsiednia gmina.', descriptionEn: 'Neighbour.', source: null },
];

export const CIS_ID = 'a1000000-0000-4000-8000-000000000006';
export const cisSummary = summary({ id: CIS_ID, type: 'CIS', name: 'Centrum Integracji Społecznej w Wieliszewie' });

export function pageOf<T>(items: T[], overrides: { page?: number; size?: number; totalItems?: number; totalPages?: number } = {}) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length > 0 ? 1 : 0, ...overrides };
}

/** What every partnership page asks for: the caller, the partnership and its signatories. */
export function partnershipHandlers(
  me: Schemas['MeResponse'] = meJanPartnerships,
  p: Schemas['PartnershipResponse'] = partnership(),
  signatories: Schemas['SignatoryResponse'][] = [opsSignatory, ngoJoined, pupInvited],
): Record<string, Handler> {
  return {
    'GET /api/v1/me': () => json(me),
    [`GET /api/v1/partnerships/${PARTNERSHIP_ID}`]: () => json(p),
    [`GET /api/v1/partnerships/${PARTNERSHIP_ID}/signatories`]: () => json(signatories),
    [`GET /api/v1/partnerships/${PARTNERSHIP_ID}/history`]: () => json(pageOf([])),
    [`GET /api/v1/institutions/${OPS_ID}`]: () => json(opsDetail),
    'GET /api/v1/institutions': () => json(institutionPage(institutionSummaries)),
  };
}
