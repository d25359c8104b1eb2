import type { Schemas } from '@/shared/api/types';

export type Partnership = Schemas['PartnershipResponse'];
export type PartnershipSummary = Schemas['PartnershipSummary'];
export type PartnershipStatus = Schemas['PartnershipStatus'];
export type PartnershipKind = Schemas['PartnershipKind'];
export type Signatory = Schemas['SignatoryResponse'];
export type SignatoryStatus = Schemas['SignatoryStatus'];
export type VersionSummary = Schemas['PartnershipVersionSummary'];
export type Version = Schemas['PartnershipVersion'];
export type VersionDiff = Schemas['PartnershipVersionDiff'];
export type SectionChange = Schemas['PartnershipSectionChange'];
export type PartnershipEvent = Schemas['PartnershipEventResponse'];
export type Stakeholder = Schemas['StakeholderResponse'];
export type StakeholderCode = Schemas['StakeholderCode'];
export type StakeholderSector = Schemas['StakeholderSector'];
export type ScenarioOutcome = Schemas['ScenarioOutcome'];
export type Zsl = Schemas['ZslResponse'];
export type ZslMember = Schemas['ZslMember'];
export type ZslRole = Schemas['ZslRole'];
export type ZslInitiator = Schemas['ZslInitiator'];
export type ZslMeeting = Schemas['ZslMeetingResponse'];
export type Variant = Schemas['PartnershipVariant'];
export type VariantStatus = Schemas['VariantStatus'];
export type KisFounder = Schemas['KisFounder'];
export type PublicPartnership = Schemas['PublicPartnership'];

export const PARTNERSHIP_STATUSES: readonly PartnershipStatus[] = ['DRAFT', 'CONSULTATION', 'ACTIVE', 'DISSOLVED'];
export const PARTNERSHIP_KINDS: readonly PartnershipKind[] = ['PACT', 'COOPERATION_AGREEMENT'];
export const STAKEHOLDER_CODES: readonly StakeholderCode[] = ['SUPPORTER', 'NEUTRAL'];
export const STAKEHOLDER_SECTORS: readonly StakeholderSector[] = [
  'PUBLIC_ADMINISTRATION',
  'SOCIAL_ASSISTANCE',
  'LABOUR_MARKET',
  'EDUCATION',
  'CULTURE',
  'HEALTH',
  'SPORT',
  'CIVIL_SOCIETY',
  'BUSINESS',
  'SOCIAL_LEADER',
];
export const SCENARIO_OUTCOMES: readonly ScenarioOutcome[] = ['PENDING', 'WON_OVER', 'REMAINS_NEUTRAL'];
export const ZSL_ROLES: readonly ZslRole[] = ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY', 'MEMBER'];
export const ZSL_INITIATORS: readonly ZslInitiator[] = ['MAYOR', 'GMINA_COUNCIL', 'DESIGNATED_REPRESENTATIVE'];
export const VARIANT_STATUSES: readonly VariantStatus[] = ['CONSIDERED', 'CHOSEN', 'IN_PROGRESS', 'DONE', 'ABANDONED'];
export const KIS_FOUNDERS: readonly KisFounder[] = ['OPS', 'NGO'];

/** Variant codes with a detail of their own (seed 004, organisational variants). */
export const JOIN_NEIGHBOUR = 'JOIN_NEIGHBOURING_GMINA_CIS_KIS';
export const NEW_KIS = 'KIS_NEW_BY_OPS_OR_NGO';

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isPartnershipStatus = oneOf(PARTNERSHIP_STATUSES);
export const isPartnershipKind = oneOf(PARTNERSHIP_KINDS);
export const isStakeholderCode = oneOf(STAKEHOLDER_CODES);
export const isStakeholderSector = oneOf(STAKEHOLDER_SECTORS);
/** The generated types of some enum fields (nullable ones) are plain strings. */
export const isScenarioOutcome = oneOf(SCENARIO_OUTCOMES);
export const isKisFounder = oneOf(KIS_FOUNDERS);

/**
 * Query keys. Everything about one partnership sits under `['partnership', id]`, so one
 * invalidation after a change refreshes its detail, signatories, versions, history and the rest.
 */
export const partnershipKeys = {
  lists: ['partnerships', 'list'] as const,
  one: (id: string) => ['partnership', id] as const,
  detail: (id: string) => ['partnership', id, 'detail'] as const,
  signatories: (id: string) => ['partnership', id, 'signatories'] as const,
  versions: (id: string) => ['partnership', id, 'versions'] as const,
  version: (id: string, number: number) => ['partnership', id, 'version', number] as const,
  diff: (id: string, from: number, to: number) => ['partnership', id, 'diff', from, to] as const,
  history: (id: string) => ['partnership', id, 'history'] as const,
  stakeholders: (id: string) => ['partnership', id, 'stakeholders'] as const,
  stakeholder: (id: string, stakeholderId: string) => ['partnership', id, 'stakeholder', stakeholderId] as const,
  zsl: (id: string) => ['partnership', id, 'zsl'] as const,
  meeting: (id: string, meetingId: string) => ['partnership', id, 'meeting', meetingId] as const,
  variants: (id: string) => ['partnership', id, 'variants'] as const,
  variantCatalogue: ['catalogue', 'organisational-variants'] as const,
  institution: (id: string) => ['partnerships', 'institution', id] as const,
  publicList: (query: object) => ['public-partnerships', 'list', query] as const,
  publicDetail: (id: string) => ['public-partnerships', 'detail', id] as const,
};

/** The If-Match value for a version read from the API (the ETag is the quoted version). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}

/** How a signatory is named: an institution by its name, a private person by name and function. */
export function signatoryLabel(signatory: Signatory): string {
  return signatory.person ? `${signatory.person.name} (${signatory.person.function})` : signatory.displayName;
}
