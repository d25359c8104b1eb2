import { useTranslation } from 'react-i18next';
import type { RpwMember } from '../model';

/** A member as the attendance lists name them: the person, whom they represent, who delegated them. */
export function useRpwMemberLabel(): (member: RpwMember) => string {
  const { t } = useTranslation();
  return (member) => `${member.personName} (${t(`rpw.representativeRole.${member.representativeRole}`)}${member.chair ? `, ${t('rpw.chair')}` : ''}, ${member.institution.name})`;
}
