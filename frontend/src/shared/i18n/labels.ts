import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/types';
import { useLanguage } from './i18n';

export type InstitutionType = Schemas['InstitutionType'];
export type Permission = Schemas['Permission'];
export type StakeholderRole = Schemas['StakeholderRole'];
export type OfferingStatus = Schemas['OfferingStatus'];
export type OfficialStatusKind = Schemas['OfficialStatusKind'];
export type OfficialStatusState = Schemas['OfficialStatusState'];
export type ChangeAction = Schemas['Action'];
export type CooperativeProfile = Schemas['CooperativeProfile'];

export const INSTITUTION_TYPES: readonly InstitutionType[] = [
  'OPS', 'PCPR', 'WCPR', 'PUP', 'CIS', 'KIS', 'WTZ', 'ZAZ', 'OWES', 'NGO', 'SPOLDZIELNIA', 'ROPS',
  'EMPLOYMENT_AGENCY', 'CUS', 'CWR', 'OHP', 'FAMILY_CLUB', 'LSW', 'ZGN',
];
export const STAKEHOLDER_ROLES: readonly StakeholderRole[] = ['KEY', 'SUPPORTING', 'REGIONAL'];
export const OFFERING_STATUSES: readonly OfferingStatus[] = ['ACTIVE', 'SUSPENDED', 'ENDED'];
export const OFFICIAL_STATUS_KINDS: readonly OfficialStatusKind[] = [
  'CIS_STATUS', 'KIS_REGISTER', 'ZAZ_STATUS', 'WTZ_APPROVAL', 'OWES_ACCREDITATION', 'KRAZ_ENTRY',
];
export const COOPERATIVE_PROFILES: readonly CooperativeProfile[] = ['INTEGRATION', 'SERVICE', 'MIXED'];
const OFFICIAL_STATUS_STATES: readonly OfficialStatusState[] = ['VALID', 'EXPIRING_SOON', 'EXPIRED', 'NOT_YET_VALID'];
const CHANGE_ACTIONS: readonly ChangeAction[] = [
  'CREATED', 'UPDATED', 'DEACTIVATED', 'REACTIVATED', 'IMPORTED', 'OFFERING_ADDED', 'OFFERING_UPDATED', 'OFFERING_REMOVED',
];

export const KNOWN_ROLES = ['staff', 'coordinator', 'regional-analyst', 'admin', 'integration'] as const;
export type KnownRole = (typeof KNOWN_ROLES)[number];

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (values as readonly string[]).includes(value);
}

export const isInstitutionType = oneOf(INSTITUTION_TYPES);
export const isStakeholderRole = oneOf(STAKEHOLDER_ROLES);
export const isOfferingStatus = oneOf(OFFERING_STATUSES);
export const isOfficialStatusKind = oneOf(OFFICIAL_STATUS_KINDS);
/** The generated type of InstitutionSummary.officialStatusState is wider than the enum. */
export const isOfficialStatusState = oneOf(OFFICIAL_STATUS_STATES);
export const isChangeAction = oneOf(CHANGE_ACTIONS);
export const isCooperativeProfile = oneOf(COOPERATIVE_PROFILES);
const isKnownRole = oneOf(KNOWN_ROLES);

/** Anything the API names in both languages (catalogue entries, dictionaries). */
export interface Bilingual {
  namePl: string;
  nameEn: string;
}

/** Human-readable labels for the API's enum values, in the current language. */
export function useLabels() {
  const { t } = useTranslation();
  const language = useLanguage();
  return {
    institutionType: (type: InstitutionType | undefined): string => (type ? t(`institutionType.${type}`) : ''),
    role: (role: string): string => (isKnownRole(role) ? t(`role.${role}`) : role),
    permission: (permission: Permission): string => t(`permission.${permission}`),
    stakeholderRole: (role: StakeholderRole): string => t(`stakeholderRole.${role}`),
    offeringStatus: (status: OfferingStatus): string => t(`offeringStatus.${status}`),
    officialStatusKind: (kind: OfficialStatusKind): string => t(`officialStatusKind.${kind}`),
    officialStatusState: (state: OfficialStatusState): string => t(`officialStatusState.${state}`),
    action: (action: ChangeAction): string => t(`changeAction.${action}`),
    cooperativeProfile: (profile: CooperativeProfile): string => t(`cooperativeProfile.${profile}`),
    /** the name in the current language */
    name: (entry: Bilingual): string => (language === 'en' ? entry.nameEn : entry.namePl),
  };
}
