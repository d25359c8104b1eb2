import { useTranslation } from 'react-i18next';
import { Tag, type TagVariant } from '@/shared/components/Tag';
import { isOfficialStatusState, useLabels, type OfficialStatusState } from '@/shared/i18n/labels';

const STATE_VARIANTS: Record<OfficialStatusState, TagVariant> = {
  VALID: 'green',
  EXPIRING_SOON: 'orange',
  EXPIRED: 'red',
  NOT_YET_VALID: 'yellow',
};

/** Tags of an entry that need attention: deactivated, official status expiring, expired or not yet valid. */
export function InstitutionTags({ active, officialStatusState }: { active: boolean; officialStatusState?: string | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const state = isOfficialStatusState(officialStatusState) ? officialStatusState : undefined;
  if (active && (!state || state === 'VALID')) return null;
  return (
    <span className="tag-group">
      {!active && <Tag variant="grey">{t('institution.inactiveTag')}</Tag>}
      {state && state !== 'VALID' && <Tag variant={STATE_VARIANTS[state]}>{labels.officialStatusState(state)}</Tag>}
    </span>
  );
}

export function stateVariant(state: OfficialStatusState): TagVariant {
  return STATE_VARIANTS[state];
}
