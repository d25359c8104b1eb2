import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/types';

export type InstitutionType = Schemas['InstitutionType'];
export type Permission = Schemas['Permission'];

export const KNOWN_ROLES = ['staff', 'coordinator', 'regional-analyst', 'admin', 'integration'] as const;
export type KnownRole = (typeof KNOWN_ROLES)[number];

function isKnownRole(role: string): role is KnownRole {
  return (KNOWN_ROLES as readonly string[]).includes(role);
}

/** Human-readable labels for the API's enum values, in the current language. */
export function useLabels() {
  const { t } = useTranslation();
  return {
    institutionType: (type: InstitutionType | undefined): string => (type ? t(`institutionType.${type}`) : ''),
    role: (role: string): string => (isKnownRole(role) ? t(`role.${role}`) : role),
    permission: (permission: Permission): string => t(`permission.${permission}`),
  };
}
